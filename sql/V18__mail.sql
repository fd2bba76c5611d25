-- Version 18: e-mail (issue 13, first half). docs/architecture.md, "Mail".

-- The transactional outbox: a mail is written in the transaction of the event that causes it (a
-- rolled-back event leaves no row) and delivered later by the sender (mail.MailSender), which claims
-- due rows with SELECT ... FOR UPDATE SKIP LOCKED and a lease (claimed_by, claimed_until), so that two
-- instances never send one row twice. status: PENDING (to send, next_attempt_at), SENT (the SMTP server
-- took it), KEPT (no SMTP server configured: demo mode keeps it for the "Correo enviado" page), FAILED
-- (permanent, until the administrator retries it), HELD (waits for the recipient's daily digest),
-- DIGESTED (went out inside a digest). The texts are rendered at enqueue time, in the recipient's
-- language: the row is exactly what is sent.
CREATE TABLE mail_message (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(40)  NOT NULL,
  account_id      BIGINT       NULL,
  state_id        BIGINT       NULL,
  recipient       VARCHAR(254) NOT NULL,
  recipient_name  VARCHAR(150) NULL,
  language        VARCHAR(2)   NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body_text       MEDIUMTEXT   NOT NULL,
  body_html       MEDIUMTEXT   NOT NULL,
  link            VARCHAR(1000) NULL,
  status          VARCHAR(12)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)  NOT NULL,
  claimed_by      CHAR(36)     NULL,
  claimed_until   DATETIME(6)  NULL,
  last_attempt_at DATETIME(6)  NULL,
  sent_at         DATETIME(6)  NULL,
  last_error      VARCHAR(500) NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT fk_mail_message_account FOREIGN KEY (account_id) REFERENCES account (id),
  INDEX ix_mail_message_due (status, next_attempt_at),
  INDEX ix_mail_message_account (account_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How a person wants each kind of mail: AT_ONCE (the default, no row), DIGEST or NEVER.
CREATE TABLE mail_preference (
  account_id BIGINT      NOT NULL,
  kind       VARCHAR(40) NOT NULL,
  delivery   VARCHAR(10) NOT NULL,
  PRIMARY KEY (account_id, kind),
  CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The daily reminders already written (due in 15 days, overdue): one per kind, record, person and
-- day in the record's state zone, so that the daily job may run any number of times a day.
CREATE TABLE mail_reminder (
  kind       VARCHAR(40) NOT NULL,
  subject_id BIGINT      NOT NULL,
  account_id BIGINT      NOT NULL,
  day        DATE        NOT NULL,
  PRIMARY KEY (kind, subject_id, account_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Password reset by e-mail: only the SHA-256 of the token is stored; single use (used_at), expiry.
CREATE TABLE password_reset (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT      NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
  CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
  INDEX ix_password_reset_account (account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
