-- Social programs (issue 15): a state's prioritized local social programs with their money per
-- fiscal year and the secretariat's scores; their corruption risks by dimension with a monitoring
-- history (the current level is the latest review); recommendations to authorities with the
-- decision maker's answer and the follow-up of their implementation; and the state's roadmap
-- (hoja de ruta) per period with its three parts.

CREATE TABLE social_program (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_id              BIGINT        NOT NULL,
  name                  VARCHAR(300)  NOT NULL,
  agency_id             BIGINT        NOT NULL,
  budget_program_key    VARCHAR(50)   NULL,
  funding_source        VARCHAR(300)  NULL,
  target_population     TEXT          NULL,
  beneficiaries_planned INT           NULL,
  beneficiaries_reached INT           NULL,
  rules_url             VARCHAR(1000) NULL,
  open_data             TEXT          NULL,
  published             BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at            DATETIME(6)   NOT NULL,
  version               INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_sprogram_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_sprogram_agency FOREIGN KEY (agency_id) REFERENCES actor (id),
  CONSTRAINT ck_sprogram_beneficiaries CHECK (beneficiaries_planned >= 0 AND beneficiaries_reached >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sprogram_state ON social_program (state_id, published);
CREATE INDEX ix_sprogram_agency ON social_program (agency_id);

CREATE TABLE social_program_year (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id  BIGINT        NOT NULL,
  fiscal_year INT           NOT NULL,
  approved    DECIMAL(18,2) NULL,
  modified    DECIMAL(18,2) NULL,
  spent       DECIMAL(18,2) NULL,
  CONSTRAINT fk_spyear_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT uq_spyear_program_year UNIQUE (program_id, fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_program_score (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id BIGINT      NOT NULL,
  account_id BIGINT      NOT NULL,
  score      TINYINT     NOT NULL,
  scored_at  DATETIME(6) NOT NULL,
  CONSTRAINT fk_spscore_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_spscore_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_spscore_program_account UNIQUE (program_id, account_id),
  CONSTRAINT ck_spscore_range CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_spscore_account ON social_program_score (account_id);

CREATE TABLE program_risk (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id         BIGINT       NOT NULL,
  state_id           BIGINT       NOT NULL,
  dimension          VARCHAR(30)  NOT NULL,
  description        TEXT         NOT NULL,
  description_public BOOLEAN      NOT NULL DEFAULT FALSE,
  likelihood         TINYINT      NOT NULL,
  impact             TINYINT      NOT NULL,
  controls           TEXT         NULL,
  evidence           TEXT         NULL,
  identified_on      DATE         NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  version            INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_prisk_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_prisk_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT ck_prisk_levels CHECK (likelihood BETWEEN 1 AND 5 AND impact BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_prisk_program ON program_risk (program_id);
CREATE INDEX ix_prisk_state ON program_risk (state_id);

CREATE TABLE risk_review (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  risk_id       BIGINT       NOT NULL,
  reviewed_on   DATE         NOT NULL,
  likelihood    TINYINT      NOT NULL,
  impact        TINYINT      NOT NULL,
  what_changed  TEXT         NOT NULL,
  reviewed_by   VARCHAR(60)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_rreview_risk FOREIGN KEY (risk_id) REFERENCES program_risk (id),
  CONSTRAINT ck_rreview_levels CHECK (likelihood BETWEEN 1 AND 5 AND impact BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rreview_risk ON risk_review (risk_id, reviewed_on, id);

CREATE TABLE program_recommendation (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id       BIGINT        NOT NULL,
  state_id         BIGINT        NOT NULL,
  authority_id     BIGINT        NOT NULL,
  what             TEXT          NOT NULL,
  answer_due_on    DATE          NOT NULL,
  answer           VARCHAR(20)   NULL,
  answer_text      TEXT          NULL,
  answered_on      DATE          NULL,
  follow_up_status VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED',
  follow_up_note   TEXT          NULL,
  follow_up_on     DATE          NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_prec_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_prec_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_prec_authority FOREIGN KEY (authority_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_prec_program ON program_recommendation (program_id);
CREATE INDEX ix_prec_state ON program_recommendation (state_id, answer_due_on);
CREATE INDEX ix_prec_authority ON program_recommendation (authority_id);

CREATE TABLE recommendation_risk (
  recommendation_id BIGINT NOT NULL,
  risk_id           BIGINT NOT NULL,
  PRIMARY KEY (recommendation_id, risk_id),
  CONSTRAINT fk_recrisk_rec FOREIGN KEY (recommendation_id) REFERENCES program_recommendation (id),
  CONSTRAINT fk_recrisk_risk FOREIGN KEY (risk_id) REFERENCES program_risk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_recrisk_risk ON recommendation_risk (risk_id);

CREATE TABLE social_roadmap (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_id               BIGINT       NOT NULL,
  title                  VARCHAR(300) NOT NULL,
  period_start           DATE         NOT NULL,
  period_end             DATE         NOT NULL,
  risks_status           VARCHAR(20)  NOT NULL DEFAULT 'NOT_STARTED',
  recommendations_status VARCHAR(20)  NOT NULL DEFAULT 'NOT_STARTED',
  dialogue_status        VARCHAR(20)  NOT NULL DEFAULT 'NOT_STARTED',
  dialogue_note          TEXT         NULL,
  published              BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at             DATETIME(6)  NOT NULL,
  version                INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_sroadmap_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT ck_sroadmap_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sroadmap_state ON social_roadmap (state_id, period_start);
