-- Issue 3, point 1: the actor map. Actors get their kind, acronym, contact details (for the
-- secretariat only, never shown publicly), notes, seat in the secretariat and, for people, gender.
ALTER TABLE actor
  ADD COLUMN kind             VARCHAR(20)   NOT NULL DEFAULT 'ORGANIZATION' AFTER type,
  ADD COLUMN acronym          VARCHAR(30)   NULL AFTER name,
  ADD COLUMN contact_name     VARCHAR(150)  NULL,
  ADD COLUMN email            VARCHAR(200)  NULL,
  ADD COLUMN phone            VARCHAR(40)   NULL,
  ADD COLUMN website          VARCHAR(500)  NULL,
  ADD COLUMN notes            VARCHAR(2000) NULL,
  ADD COLUMN secretariat_role VARCHAR(20)   NULL,
  ADD COLUMN gender           VARCHAR(30)   NULL;

-- At most one lead ally per state, even if two secretariat members save at the same moment:
-- the column holds the state only for the lead ally, and NULLs do not collide in a unique index.
ALTER TABLE actor
  ADD COLUMN lead_ally_state_id BIGINT AS (CASE WHEN secretariat_role = 'LEAD_ALLY' THEN state_id END) PERSISTENT,
  ADD CONSTRAINT uq_actor_lead_ally UNIQUE (lead_ally_state_id);

-- The actor map lists a state's actors by type.
CREATE INDEX ix_actor_state_type ON actor (state_id, type);
-- (Participation lookups use the existing indexes: commitment.lead_institution_id has its
-- foreign key's index; ix_coresp_actor and ix_mresp_actor index the link tables by actor.)
