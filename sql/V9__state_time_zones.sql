-- Each state has its own time zone (IANA name): "today", overdue and at-risk milestones, report
-- dates and agreement due dates are computed in it, and its people read times in it. Mexico is not
-- one zone: Sonora keeps no daylight saving (UTC-7 all year), Baja California follows the Pacific,
-- Quintana Roo is an hour ahead of the centre. The administrator chooses among Mexico's zones
-- (shared.Dates.ZONES); a state nobody chose one for keeps Mexico City's.

ALTER TABLE state ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'America/Mexico_City' AFTER secretariat_name;

-- States already recorded under the usual codes get their zone; the administrator can change it.
UPDATE state SET time_zone = 'America/Hermosillo' WHERE code IN ('SON', 'SONORA');
UPDATE state SET time_zone = 'America/Tijuana' WHERE code IN ('BC', 'BCN');
UPDATE state SET time_zone = 'America/Mazatlan' WHERE code IN ('BCS', 'SIN', 'NAY');
UPDATE state SET time_zone = 'America/Cancun' WHERE code IN ('QR', 'QROO', 'ROO');
UPDATE state SET time_zone = 'America/Chihuahua' WHERE code IN ('CHIH', 'CHH');
