-- Issue 9 (sys2): how the program accompanies a state (Follow the Money: Sonora, Veracruz and
-- Zacatecas in person, Chihuahua and Durango remotely). Set by the administrator; NULL while not said.
-- The program report compares the two modes.
ALTER TABLE state ADD COLUMN support_mode VARCHAR(16) NULL;
