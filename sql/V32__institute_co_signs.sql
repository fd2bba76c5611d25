-- Issue 13 (signoffs), slice 4: where the state's secretariat says so, the information institute is a
-- third required signer of a milestone's verification. Off by default.
ALTER TABLE state
  ADD COLUMN institute_co_signs BOOLEAN NOT NULL DEFAULT FALSE;
