-- Priorities (phase 1): local problems with their proposer, the secretariat's scores (1 to 5, one
-- per member and priority) and the commitment drafts they became. Evidence files and links live
-- in the attachment table (owner PRIORITY).

CREATE TABLE priority (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id        BIGINT       NOT NULL,
  state_id       BIGINT       NOT NULL,
  title          VARCHAR(300) NOT NULL,
  description    TEXT         NOT NULL,
  proposed_by_id BIGINT       NULL,
  proposer_note  VARCHAR(300) NULL,
  created_at     DATETIME(6)  NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_priority_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_priority_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_priority_proposer FOREIGN KEY (proposed_by_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_priority_plan ON priority (plan_id, created_at);
CREATE INDEX ix_priority_state ON priority (state_id);
CREATE INDEX ix_priority_proposer ON priority (proposed_by_id);

CREATE TABLE priority_score (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  priority_id BIGINT      NOT NULL,
  account_id  BIGINT      NOT NULL,
  score       TINYINT     NOT NULL,
  scored_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_pscore_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
  CONSTRAINT fk_pscore_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_pscore_priority_account UNIQUE (priority_id, account_id),
  CONSTRAINT ck_pscore_range CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pscore_account ON priority_score (account_id);

CREATE TABLE priority_commitment (
  priority_id   BIGINT NOT NULL,
  commitment_id BIGINT NOT NULL,
  PRIMARY KEY (priority_id, commitment_id),
  CONSTRAINT fk_pcommit_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
  CONSTRAINT fk_pcommit_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pcommit_commitment ON priority_commitment (commitment_id);
