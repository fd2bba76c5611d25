-- Evaluation (phase 5): evaluators assigned to plans, their blind assessments on the IRM scales,
-- the reconciled results (versioned: a change after publication is a new version), the
-- government's right of reply and the publications the information institute co-signs.

CREATE TABLE evaluator_assignment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT      NOT NULL,
  state_id    BIGINT      NOT NULL,
  account_id  BIGINT      NOT NULL,
  starts_on   DATE        NOT NULL,
  ends_on     DATE        NOT NULL,
  lead        BOOLEAN     NOT NULL DEFAULT FALSE,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT fk_eassign_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_eassign_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_eassign_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_eassign UNIQUE (plan_id, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_eassign_account ON evaluator_assignment (account_id);

CREATE TABLE plan_evaluation (
  plan_id     BIGINT NOT NULL PRIMARY KEY,
  state_id    BIGINT NOT NULL,
  reply_from  DATE   NULL,
  reply_until DATE   NULL,
  version     INT    NOT NULL DEFAULT 0,
  CONSTRAINT fk_planeval_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_planeval_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id BIGINT      NOT NULL,
  plan_id       BIGINT      NOT NULL,
  state_id      BIGINT      NOT NULL,
  moment        VARCHAR(10) NOT NULL,
  evaluator_id  BIGINT      NOT NULL,
  submitted_at  DATETIME(6) NULL,
  created_at    DATETIME(6) NOT NULL,
  version       INT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_assessment_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_assessment_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_assessment_evaluator FOREIGN KEY (evaluator_id) REFERENCES account (id),
  CONSTRAINT uq_assessment UNIQUE (commitment_id, moment, evaluator_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assessment_plan ON assessment (plan_id, moment);
CREATE INDEX ix_assessment_evaluator ON assessment (evaluator_id);

CREATE TABLE assessment_item (
  assessment_id BIGINT        NOT NULL,
  item          VARCHAR(40)   NOT NULL,
  level         VARCHAR(30)   NULL,
  justification TEXT          NULL,
  refs          TEXT          NULL,
  note          VARCHAR(2000) NULL,
  PRIMARY KEY (assessment_id, item),
  CONSTRAINT fk_aitem_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE results_publication (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id    BIGINT      NOT NULL,
  state_id   BIGINT      NOT NULL,
  number     INT         NOT NULL,
  signed_by  BIGINT      NOT NULL,
  signed_at  DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_rpub_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_rpub_account FOREIGN KEY (signed_by) REFERENCES account (id),
  CONSTRAINT uq_rpub UNIQUE (plan_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE result_version (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id   BIGINT        NOT NULL,
  plan_id         BIGINT        NOT NULL,
  state_id        BIGINT        NOT NULL,
  moment          VARCHAR(10)   NOT NULL,
  number          INT           NOT NULL,
  recorded_by     BIGINT        NOT NULL,
  correction      VARCHAR(2000) NULL,
  publication_id  BIGINT        NULL,
  created_at      DATETIME(6)   NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_rversion_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_rversion_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_rversion_account FOREIGN KEY (recorded_by) REFERENCES account (id),
  CONSTRAINT fk_rversion_publication FOREIGN KEY (publication_id) REFERENCES results_publication (id),
  CONSTRAINT uq_rversion UNIQUE (commitment_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rversion_plan ON result_version (plan_id, publication_id);

CREATE TABLE result_item (
  result_id     BIGINT        NOT NULL,
  item          VARCHAR(40)   NOT NULL,
  level         VARCHAR(30)   NULL,
  justification TEXT          NULL,
  refs          TEXT          NULL,
  note          VARCHAR(2000) NULL,
  PRIMARY KEY (result_id, item),
  CONSTRAINT fk_ritem_result FOREIGN KEY (result_id) REFERENCES result_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE government_reply (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id BIGINT        NOT NULL,
  state_id      BIGINT        NOT NULL,
  actor_id      BIGINT        NOT NULL,
  account_id    BIGINT        NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_reply_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_reply_actor FOREIGN KEY (actor_id) REFERENCES actor (id),
  CONSTRAINT fk_reply_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT uq_reply UNIQUE (commitment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
