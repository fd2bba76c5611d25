-- Version 14: evaluation by indicators and treasure hunts (issue 8, part b).
-- The theory of change of a plan as ordered items per level (activities → products → results →
-- impact), each linkable to commitments of the plan; the free texts of action_plan stay for what
-- does not fit. Indicators on a commitment or on a result of the theory of change, with their
-- measurements (an optional evidence file: the same columns as evidence, bytes in file_content).
-- Treasure hunts: exercises per plan, teams, questions, answers with their route, recommendations.

CREATE TABLE theory_item (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT        NOT NULL,
  level       VARCHAR(10)   NOT NULL,
  position    INT           NOT NULL,
  text        VARCHAR(1000) NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_theory_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_theory_plan ON theory_item (plan_id, level, position);

CREATE TABLE theory_item_commitment (
  item_id       BIGINT NOT NULL,
  commitment_id BIGINT NOT NULL,
  PRIMARY KEY (item_id, commitment_id),
  CONSTRAINT fk_ticommit_item FOREIGN KEY (item_id) REFERENCES theory_item (id),
  CONSTRAINT fk_ticommit_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ticommit_commitment ON theory_item_commitment (commitment_id);

CREATE TABLE indicator (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id        BIGINT         NOT NULL,
  commitment_id  BIGINT         NULL,
  theory_item_id BIGINT         NULL,
  name           VARCHAR(300)   NOT NULL,
  unit           VARCHAR(60)    NOT NULL,
  direction      VARCHAR(10)    NOT NULL,
  baseline_value DECIMAL(19,4)  NOT NULL,
  baseline_date  DATE           NOT NULL,
  target_value   DECIMAL(19,4)  NOT NULL,
  target_date    DATE           NOT NULL,
  frequency      VARCHAR(12)    NOT NULL,
  source_url     VARCHAR(1000)  NULL,
  created_at     DATETIME(6)    NOT NULL,
  version        INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_indicator_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_indicator_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_indicator_theory FOREIGN KEY (theory_item_id) REFERENCES theory_item (id),
  CONSTRAINT ck_indicator_owner CHECK ((commitment_id IS NULL) <> (theory_item_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_indicator_plan ON indicator (plan_id);
CREATE INDEX ix_indicator_commitment ON indicator (commitment_id);
CREATE INDEX ix_indicator_theory ON indicator (theory_item_id);

CREATE TABLE measurement (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  indicator_id  BIGINT        NOT NULL,
  measured_on   DATE          NOT NULL,
  value         DECIMAL(19,4) NOT NULL,
  source        VARCHAR(500)  NULL,
  recorded_by   BIGINT        NOT NULL,
  kind          VARCHAR(10)   NULL,
  url           VARCHAR(1000) NULL,
  file_name     VARCHAR(255)  NULL,
  media_type    VARCHAR(150)  NULL,
  size_bytes    BIGINT        NULL,
  sha256        CHAR(64)      NULL,
  content_id    BIGINT        NULL,
  account_id    BIGINT        NULL,
  file_created_at DATETIME(6) NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_measurement_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT fk_measurement_recorder FOREIGN KEY (recorded_by) REFERENCES account (id),
  CONSTRAINT fk_measurement_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_measurement_content FOREIGN KEY (content_id) REFERENCES file_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_measurement_indicator ON measurement (indicator_id, measured_on);

CREATE TABLE treasure_hunt (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT        NOT NULL,
  title       VARCHAR(300)  NOT NULL,
  held_on     DATE          NOT NULL,
  purpose     VARCHAR(10)   NOT NULL,
  baseline_id BIGINT        NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_hunt_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_hunt_baseline FOREIGN KEY (baseline_id) REFERENCES treasure_hunt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_hunt_plan ON treasure_hunt (plan_id, held_on);

CREATE TABLE hunt_team (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  hunt_id     BIGINT        NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  actor_id    BIGINT        NULL,
  people      VARCHAR(1000) NULL,
  CONSTRAINT fk_team_hunt FOREIGN KEY (hunt_id) REFERENCES treasure_hunt (id),
  CONSTRAINT fk_team_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_team_hunt ON hunt_team (hunt_id);

CREATE TABLE hunt_question (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  hunt_id       BIGINT        NOT NULL,
  position      INT           NOT NULL,
  text          VARCHAR(1000) NOT NULL,
  priority_id   BIGINT        NULL,
  commitment_id BIGINT        NULL,
  program_key   VARCHAR(60)   NULL,
  copied_from   BIGINT        NULL,
  CONSTRAINT fk_question_hunt FOREIGN KEY (hunt_id) REFERENCES treasure_hunt (id),
  CONSTRAINT fk_question_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
  CONSTRAINT fk_question_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_question_copied FOREIGN KEY (copied_from) REFERENCES hunt_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_question_hunt ON hunt_question (hunt_id, position);

CREATE TABLE hunt_answer (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  team_id     BIGINT        NOT NULL,
  question_id BIGINT        NOT NULL,
  outcome     VARCHAR(10)   NOT NULL,
  url         VARCHAR(1000) NULL,
  format      VARCHAR(12)   NULL,
  stars       INT           NULL,
  minutes     INT           NULL,
  notes       VARCHAR(2000) NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_answer UNIQUE (team_id, question_id),
  CONSTRAINT fk_answer_team FOREIGN KEY (team_id) REFERENCES hunt_team (id),
  CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES hunt_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_answer_question ON hunt_answer (question_id);

CREATE TABLE hunt_route_step (
  answer_id   BIGINT        NOT NULL,
  position    INT           NOT NULL,
  description VARCHAR(1000) NOT NULL,
  folio       VARCHAR(60)   NULL,
  PRIMARY KEY (answer_id, position),
  CONSTRAINT fk_step_answer FOREIGN KEY (answer_id) REFERENCES hunt_answer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hunt_recommendation (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  hunt_id      BIGINT        NOT NULL,
  authority_id BIGINT        NOT NULL,
  text         VARCHAR(2000) NOT NULL,
  status       VARCHAR(12)   NOT NULL,
  status_on    DATE          NOT NULL,
  version      INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_rec_hunt FOREIGN KEY (hunt_id) REFERENCES treasure_hunt (id),
  CONSTRAINT fk_rec_actor FOREIGN KEY (authority_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rec_hunt ON hunt_recommendation (hunt_id);
