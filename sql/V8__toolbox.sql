-- Toolbox: methodological materials (guides, templates, examples). state_id NULL means shared by
-- all states (added by the platform administrator); otherwise a state's own material. The file
-- or link of a material lives in the attachment table (owner TOOLBOX).

CREATE TABLE toolbox_material (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  state_id    BIGINT        NULL,
  title       VARCHAR(300)  NOT NULL,
  description VARCHAR(2000) NULL,
  phase       VARCHAR(20)   NOT NULL,
  language    VARCHAR(2)    NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  created_by  BIGINT        NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_toolbox_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_toolbox_account FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_toolbox_state ON toolbox_material (state_id, created_at);
CREATE INDEX ix_toolbox_filters ON toolbox_material (phase, language, kind);
CREATE INDEX ix_toolbox_created_by ON toolbox_material (created_by);
