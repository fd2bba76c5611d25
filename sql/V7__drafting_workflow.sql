-- Issue 3, point 5: the commitment drafting workflow (Borrador → En revisión → Cambios solicitados
-- → Aprobado → Publicado), versions of the text and threaded comments on drafts.

-- The working status gains the review steps; whether the public sees the commitment is now
-- published_version (the frozen version), no longer the status.
ALTER TABLE commitment
  ADD COLUMN current_version   INT          NOT NULL DEFAULT 1 AFTER status,
  ADD COLUMN published_version INT          NULL AFTER current_version,
  ADD COLUMN published_title   VARCHAR(300) NULL AFTER published_version;

-- Every commitment that exists gets its version 1; published ones are frozen at it.
UPDATE commitment SET published_version = 1, published_title = title WHERE status = 'PUBLISHED';

CREATE INDEX ix_commitment_plan_published ON commitment (plan_id, published_version);

CREATE TABLE commitment_version (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id  BIGINT       NOT NULL,
  number         INT          NOT NULL,
  snapshot       MEDIUMTEXT   NOT NULL,
  status_at_save VARCHAR(20)  NOT NULL,
  saved_by       VARCHAR(100) NOT NULL,
  saved_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uq_commitment_version UNIQUE (commitment_id, number),
  CONSTRAINT fk_version_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Version 1 of every commitment that exists: its text as it is now (the same JSON as CommitmentText).
INSERT INTO commitment_version (commitment_id, number, snapshot, status_at_save, saved_by, saved_at)
SELECT c.id, 1,
       JSON_OBJECT(
         'title', c.title, 'problem', c.problem, 'statusQuo', c.status_quo, 'objective', c.objective,
         'description', c.description, 'howItSolves', c.how_it_solves,
         'values', JSON_ARRAY(IF(c.value_transparency, 'TRANSPARENCY', NULL),
                              IF(c.value_participation, 'CITIZEN_PARTICIPATION', NULL),
                              IF(c.value_accountability, 'PUBLIC_ACCOUNTABILITY', NULL),
                              IF(c.value_technology, 'TECHNOLOGY_AND_INNOVATION', NULL),
                              IF(c.value_inclusion, 'INCLUSION', NULL)),
         'valuesExplanation', c.values_explanation, 'sdgAlignment', c.sdg_alignment,
         'genderAlignment', c.gender_alignment, 'riskAnalysis', c.risk_analysis,
         'leadInstitution', lead.name,
         'coResponsibles', COALESCE((SELECT JSON_ARRAYAGG(JSON_OBJECT('name', a.name, 'type', a.type) ORDER BY a.name)
                                     FROM commitment_co_responsible cr JOIN actor a ON a.id = cr.actor_id
                                     WHERE cr.commitment_id = c.id), JSON_ARRAY()),
         'startDate', c.start_date, 'endDate', c.end_date,
         'budgetProgramKey', c.budget_program_key, 'budgetProgramName', c.budget_program_name,
         'fundingSource', c.funding_source, 'dataSources', c.data_sources),
       c.status, 'system', COALESCE(c.published_at, c.created_at)
FROM commitment c LEFT JOIN actor lead ON lead.id = c.lead_institution_id;

CREATE TABLE commitment_comment (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id  BIGINT      NOT NULL,
  parent_id      BIGINT      NULL,
  version_number INT         NOT NULL,
  account_id     BIGINT      NOT NULL,
  body           TEXT        NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  CONSTRAINT fk_comment_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES commitment_comment (id),
  CONSTRAINT fk_comment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_comment_commitment ON commitment_comment (commitment_id, created_at);
CREATE INDEX ix_comment_parent ON commitment_comment (parent_id);
