-- Issue 9 (phase 6, systematization): lessons of a plan, the report's foreword and conclusions, and
-- the published editions of the report (frozen bytes in file_content, with their SHA-256).

-- A lesson (aprendizaje): what was tried, what happened, what changed; the phase it belongs to; who
-- wrote or proposed it; whether the public reads it. A responsible actor's proposal waits for the
-- secretariat (PROPOSED → ACCEPTED or DECLINED); a lesson the secretariat writes is ACCEPTED at once.
CREATE TABLE lesson (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id           BIGINT        NOT NULL,
  state_id          BIGINT        NOT NULL,
  phase             VARCHAR(20)   NOT NULL,
  tried             TEXT          NOT NULL,
  happened          TEXT          NOT NULL,
  changed           TEXT          NOT NULL,
  participants      VARCHAR(1000) NULL,
  learned_on        DATE          NOT NULL,
  other_context     VARCHAR(300)  NULL,
  visible_to_public BOOLEAN       NOT NULL DEFAULT FALSE,
  status            VARCHAR(10)   NOT NULL,
  written_by        VARCHAR(60)   NOT NULL,
  proposed_by_id    BIGINT        NULL,
  decided_by        VARCHAR(60)   NULL,
  decided_at        DATETIME(6)   NULL,
  decline_reason    VARCHAR(1000) NULL,
  created_at        DATETIME(6)   NOT NULL,
  version           INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_lesson_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_lesson_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_lesson_proposer FOREIGN KEY (proposed_by_id) REFERENCES actor (id),
  CONSTRAINT ck_lesson_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_lesson_plan ON lesson (plan_id, phase, learned_on);
CREATE INDEX ix_lesson_state ON lesson (state_id);
CREATE INDEX ix_lesson_proposer ON lesson (proposed_by_id);

-- The sources of adaptive learning a lesson drew on (one or more).
CREATE TABLE lesson_source (
  lesson_id BIGINT      NOT NULL,
  source    VARCHAR(20) NOT NULL,
  PRIMARY KEY (lesson_id, source),
  CONSTRAINT fk_lsource_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a lesson is about: a record of the same plan, by kind and id (checked by the service).
CREATE TABLE lesson_link (
  lesson_id BIGINT      NOT NULL,
  kind      VARCHAR(20) NOT NULL,
  record_id BIGINT      NOT NULL,
  PRIMARY KEY (lesson_id, kind, record_id),
  CONSTRAINT fk_llink_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_llink_record ON lesson_link (kind, record_id);

-- The secretariat's foreword and conclusions of a plan's report (sanitized HTML), one row per plan.
CREATE TABLE report_text (
  plan_id     BIGINT      NOT NULL PRIMARY KEY,
  state_id    BIGINT      NOT NULL,
  foreword    MEDIUMTEXT  NULL,
  conclusions MEDIUMTEXT  NULL,
  updated_by  VARCHAR(60) NOT NULL,
  updated_at  DATETIME(6) NOT NULL,
  version     INT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_rtext_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_rtext_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A published edition of a plan's report: numbered per plan, its bytes frozen in file_content.
CREATE TABLE report_edition (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id      BIGINT      NOT NULL,
  state_id     BIGINT      NOT NULL,
  number       INT         NOT NULL,
  language     VARCHAR(5)  NOT NULL,
  content_id   BIGINT      NOT NULL,
  size         BIGINT      NOT NULL,
  sha256       CHAR(64)    NOT NULL,
  published_by VARCHAR(60) NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_redition_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_redition_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_redition_content FOREIGN KEY (content_id) REFERENCES file_content (id),
  CONSTRAINT uq_redition_number UNIQUE (plan_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
