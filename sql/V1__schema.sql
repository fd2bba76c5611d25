-- Cocrea schema, version 1: states and their secretariats, accounts, actors, local action plans,
-- commitments that follow the money, milestones, progress reports, evidence and the audit trail.
-- Migrations only move forward: never edit this file once it has shipped; add V2__... instead.

CREATE TABLE state (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(10)  NOT NULL,
  name             VARCHAR(120) NOT NULL,
  secretariat_name VARCHAR(200) NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_state_code UNIQUE (code),
  CONSTRAINT uq_state_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE actor (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_id   BIGINT       NOT NULL,
  name       VARCHAR(200) NOT NULL,
  type       VARCHAR(30)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_actor_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT uq_actor_state_name UNIQUE (state_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(60)  NOT NULL,
  full_name     VARCHAR(150) NOT NULL,
  email         VARCHAR(200) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  role          VARCHAR(30)  NOT NULL,
  state_id      BIGINT       NULL,
  actor_id      BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  demo          BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at    DATETIME(6)  NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_account_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_plan (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_id          BIGINT       NOT NULL,
  title             VARCHAR(300) NOT NULL,
  cycle_start       DATE         NOT NULL,
  cycle_end         DATE         NOT NULL,
  phase             VARCHAR(20)  NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  theory_activities TEXT         NULL,
  theory_products   TEXT         NULL,
  theory_results    TEXT         NULL,
  theory_impact     TEXT         NULL,
  created_at        DATETIME(6)  NOT NULL,
  published_at      DATETIME(6)  NULL,
  version           INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_plan_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_plan_state_status ON action_plan (state_id, status);

CREATE TABLE commitment (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id               BIGINT        NOT NULL,
  state_id              BIGINT        NOT NULL,
  title                 VARCHAR(300)  NOT NULL,
  problem               TEXT          NULL,
  status_quo            TEXT          NULL,
  objective             TEXT          NULL,
  description           TEXT          NULL,
  how_it_solves         TEXT          NULL,
  value_transparency    BOOLEAN       NOT NULL DEFAULT FALSE,
  value_participation   BOOLEAN       NOT NULL DEFAULT FALSE,
  value_accountability  BOOLEAN       NOT NULL DEFAULT FALSE,
  value_technology      BOOLEAN       NOT NULL DEFAULT FALSE,
  value_inclusion       BOOLEAN       NOT NULL DEFAULT FALSE,
  values_explanation    TEXT          NULL,
  sdg_alignment         TEXT          NULL,
  gender_alignment      TEXT          NULL,
  risk_analysis         TEXT          NULL,
  lead_institution_id   BIGINT        NULL,
  start_date            DATE          NULL,
  end_date              DATE          NULL,
  budget_program_key    VARCHAR(40)   NULL,
  budget_program_name   VARCHAR(300)  NULL,
  funding_source        VARCHAR(200)  NULL,
  data_sources          TEXT          NULL,
  status                VARCHAR(20)   NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  published_at          DATETIME(6)   NULL,
  version               INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_commitment_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_commitment_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_commitment_lead FOREIGN KEY (lead_institution_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_commitment_plan_status ON commitment (plan_id, status);
CREATE INDEX ix_commitment_state ON commitment (state_id);

CREATE TABLE commitment_co_responsible (
  commitment_id BIGINT NOT NULL,
  actor_id      BIGINT NOT NULL,
  PRIMARY KEY (commitment_id, actor_id),
  CONSTRAINT fk_coresp_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_coresp_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_coresp_actor ON commitment_co_responsible (actor_id);

CREATE TABLE budget_line (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id BIGINT         NOT NULL,
  fiscal_year   INT            NOT NULL,
  approved      DECIMAL(18, 2) NULL,
  modified      DECIMAL(18, 2) NULL,
  spent         DECIMAL(18, 2) NULL,
  CONSTRAINT fk_budget_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT uq_budget_year UNIQUE (commitment_id, fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE milestone (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id    BIGINT        NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  deliverable      TEXT          NULL,
  start_date       DATE          NOT NULL,
  end_date         DATE          NOT NULL,
  weight           DECIMAL(7, 2) NULL,
  status           VARCHAR(20)   NOT NULL,
  reported_percent INT           NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_milestone_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_milestone_commitment ON milestone (commitment_id);
CREATE INDEX ix_milestone_status_end ON milestone (status, end_date);

CREATE TABLE milestone_responsible (
  milestone_id BIGINT NOT NULL,
  actor_id     BIGINT NOT NULL,
  PRIMARY KEY (milestone_id, actor_id),
  CONSTRAINT fk_mresp_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_mresp_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mresp_actor ON milestone_responsible (actor_id);

CREATE TABLE sign_off (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  milestone_id BIGINT      NOT NULL,
  party        VARCHAR(30) NOT NULL,
  account_id   BIGINT      NOT NULL,
  signed_at    DATETIME(6) NOT NULL,
  CONSTRAINT fk_signoff_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_signoff_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_signoff_party UNIQUE (milestone_id, party)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE progress_report (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  milestone_id BIGINT      NOT NULL,
  account_id   BIGINT      NOT NULL,
  reported_on  DATE        NOT NULL,
  narrative    TEXT        NOT NULL,
  percent      INT         NOT NULL,
  label        VARCHAR(30) NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_report_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_report_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_report_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_milestone ON progress_report (milestone_id, created_at);

-- Evidence is never replaced or deleted: a correction is a new row.
CREATE TABLE evidence (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT        NOT NULL,
  kind        VARCHAR(10)   NOT NULL,
  url         VARCHAR(1000) NULL,
  file_name   VARCHAR(255)  NULL,
  media_type  VARCHAR(150)  NULL,
  size_bytes  BIGINT        NULL,
  sha256      CHAR(64)      NULL,
  account_id  BIGINT        NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
  CONSTRAINT fk_evidence_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_report ON evidence (report_id);

-- File bytes live in the database, apart from their metadata, so that every instance of a
-- cluster sees them and a mariadb-dump backup includes them.
CREATE TABLE evidence_content (
  evidence_id BIGINT   NOT NULL PRIMARY KEY,
  content     LONGBLOB NOT NULL,
  CONSTRAINT fk_content_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  recorded_at   DATETIME(6)  NOT NULL,
  username      VARCHAR(60)  NOT NULL,
  state_id      BIGINT       NULL,
  commitment_id BIGINT       NULL,
  entity_type   VARCHAR(40)  NOT NULL,
  entity_id     BIGINT       NOT NULL,
  action        VARCHAR(40)  NOT NULL,
  before_json   MEDIUMTEXT   NULL,
  after_json    MEDIUMTEXT   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_commitment ON audit_entry (commitment_id, recorded_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_state ON audit_entry (state_id, recorded_at);
