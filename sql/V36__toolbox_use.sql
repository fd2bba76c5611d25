-- Toolbox use (issue 9, "Closing the loop"): which toolbox material a plan's secretariat used as it is
-- or adapted, in which phase, with a note. The adapted versions are attachments (owner_type TOOLBOX_USE,
-- owner_id = the use), never replaced: a new version is a new attachment and adapted_file_id points to
-- the latest. A withdrawn use keeps its row (who, when, why); the public toolbox shows the uses that are
-- not withdrawn of published plans only.

CREATE TABLE toolbox_use (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id          BIGINT        NOT NULL,
  state_id         BIGINT        NOT NULL,
  material_id      BIGINT        NOT NULL,
  phase            VARCHAR(20)   NOT NULL,
  kind             VARCHAR(10)   NOT NULL,
  note             VARCHAR(2000) NULL,
  adapted_file_id  BIGINT        NULL,
  recorded_by      VARCHAR(60)   NOT NULL,
  withdrawn_by     VARCHAR(60)   NULL,
  withdrawn_at     DATETIME(6)   NULL,
  withdraw_reason  VARCHAR(1000) NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_toolbox_use_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_toolbox_use_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_toolbox_use_material FOREIGN KEY (material_id) REFERENCES toolbox_material (id),
  CONSTRAINT fk_toolbox_use_file FOREIGN KEY (adapted_file_id) REFERENCES attachment (id),
  CONSTRAINT ck_toolbox_use_kind CHECK (kind IN ('USED', 'ADAPTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_toolbox_use_material ON toolbox_use (material_id, withdrawn_at);
CREATE INDEX ix_toolbox_use_plan ON toolbox_use (plan_id, phase);
CREATE INDEX ix_toolbox_use_state ON toolbox_use (state_id);
CREATE INDEX ix_toolbox_use_file ON toolbox_use (adapted_file_id);

-- Remote technical assistance: a state outside the program asks for it on a public form (no account);
-- the platform administrator follows it up. The contact's name and address are shown to the
-- administrator only, never on a public page, in the audit trail or in open data.
CREATE TABLE assistance_request (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_name       VARCHAR(120)  NOT NULL,
  institution      VARCHAR(200)  NOT NULL,
  need             VARCHAR(4000) NOT NULL,
  contact_name     VARCHAR(120)  NOT NULL,
  contact_email    VARCHAR(254)  NOT NULL,
  language         VARCHAR(2)    NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  follow_up_note   VARCHAR(2000) NULL,
  followed_by      VARCHAR(60)   NULL,
  followed_at      DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT ck_assistance_status CHECK (status IN ('NEW', 'IN_CONTACT', 'ASSISTED', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assistance_status ON assistance_request (status, created_at);
