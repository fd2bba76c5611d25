-- Version 2: attachments, the files and links that back priorities, session materials and the
-- toolbox. Like evidence, an attachment is never replaced: a correction is a new row.

CREATE TABLE attachment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  owner_type  VARCHAR(20)   NOT NULL,
  owner_id    BIGINT        NOT NULL,
  state_id    BIGINT        NULL,
  kind        VARCHAR(10)   NOT NULL,
  url         VARCHAR(1000) NULL,
  file_name   VARCHAR(255)  NULL,
  media_type  VARCHAR(150)  NULL,
  size_bytes  BIGINT        NULL,
  sha256      CHAR(64)      NULL,
  account_id  BIGINT        NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_attachment_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_attachment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id, created_at);

CREATE TABLE attachment_content (
  attachment_id BIGINT   NOT NULL PRIMARY KEY,
  content       LONGBLOB NOT NULL,
  CONSTRAINT fk_acontent_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
