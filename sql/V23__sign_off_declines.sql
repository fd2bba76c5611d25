-- Issue 13 (signoffs), slice 1: a party asked to sign a complete milestone may decline, with a reason.
-- The milestone goes back to In progress; every refusal stays (never updated, never deleted), for the
-- responsible actors, the secretariat and the history.
CREATE TABLE sign_off_decline (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  milestone_id BIGINT        NOT NULL,
  party        VARCHAR(30)   NOT NULL,
  account_id   BIGINT        NOT NULL,
  reason       VARCHAR(2000) NOT NULL,
  declined_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_decline_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_decline_account FOREIGN KEY (account_id) REFERENCES account (id),
  INDEX ix_decline_milestone (milestone_id, declined_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
