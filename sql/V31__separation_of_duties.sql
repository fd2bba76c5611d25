-- Issue 13 (signoffs), slice 3: separation of duties. Who sent a commitment to review, and whether the
-- state requires a second approver (then that account may not approve it alone).
ALTER TABLE commitment
  ADD COLUMN submitted_by BIGINT NULL,
  ADD CONSTRAINT fk_commitment_submitted_by FOREIGN KEY (submitted_by) REFERENCES account (id);
ALTER TABLE state
  ADD COLUMN second_approver BOOLEAN NOT NULL DEFAULT FALSE;
