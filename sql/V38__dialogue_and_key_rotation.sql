-- Issue 15, dialogue with decision makers and key rotation (version 38).
-- (1) A session of kind DIALOGUE (work_session.kind is a plain VARCHAR: no change there) records the
-- authorities that attended (session_attendance) and agreements tied to a recommendation of a social
-- program of the same state: session_agreement.recommendation_id. The public reads such an agreement
-- once the recommendation's program is published.
-- (2) Complainants' identities may be sealed with one of several keys (rotation, docs/operations.md):
-- the stored value names its key ("v2:<key id>:…"), which makes it a few characters longer; and a
-- name and contact of accented letters already came close to 1200 characters once sealed and Base64'd.

ALTER TABLE session_agreement ADD COLUMN recommendation_id BIGINT NULL AFTER commitment_id;
ALTER TABLE session_agreement ADD CONSTRAINT fk_agreement_recommendation
  FOREIGN KEY (recommendation_id) REFERENCES program_recommendation (id);
CREATE INDEX ix_agreement_recommendation ON session_agreement (recommendation_id);

ALTER TABLE complaint MODIFY identity_sealed VARCHAR(3000) NULL;
