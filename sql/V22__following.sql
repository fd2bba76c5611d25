-- Version 22: following by e-mail (issue 13, the public's voice). docs/architecture.md, "Following".

-- An address that follows a state, a published plan or a public commitment. Double opt-in: only rows
-- with confirmed_at get mail. No account, no name; the address is never shown, exported or audited.
-- Stopping deletes the row. One row per target and address (a second request finds it).
CREATE TABLE follower (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  target       VARCHAR(12)  NOT NULL,
  target_id    BIGINT       NOT NULL,
  state_id     BIGINT       NOT NULL,
  address      VARCHAR(254) NOT NULL,
  language     VARCHAR(2)   NOT NULL,
  confirmed_at DATETIME(6)  NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_follower_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT uq_follower UNIQUE (target, target_id, address),
  INDEX ix_follower_target (target, target_id, confirmed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The requests of the anonymous public forms, for their rate limits (follow.PublicLimits): which limit
-- and an HMAC of what it counts (a network, an address), never the value itself; kept one day.
CREATE TABLE public_request (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  bucket     VARCHAR(40) NOT NULL,
  key_hash   VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  INDEX ix_public_request_key (bucket, key_hash, created_at),
  INDEX ix_public_request_age (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A comment of the public on a public commitment or one of its milestones (follow.PublicComment): held
-- (PENDING) until the state's secretariat approves or rejects it with a reason; only APPROVED ones are
-- shown. address: optional, for the answer's mail only, never shown. One official answer, as an
-- organization.
CREATE TABLE public_comment (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  version             BIGINT        NOT NULL DEFAULT 0,
  commitment_id       BIGINT        NOT NULL,
  milestone_id        BIGINT        NULL,
  state_id            BIGINT        NOT NULL,
  author_name         VARCHAR(80)   NOT NULL,
  body                TEXT          NOT NULL,
  address             VARCHAR(254)  NULL,
  language            VARCHAR(2)    NOT NULL,
  status              VARCHAR(10)   NOT NULL,
  reject_reason       VARCHAR(500)  NULL,
  moderated_by        VARCHAR(100)  NULL,
  moderated_at        DATETIME(6)   NULL,
  answer_text         TEXT          NULL,
  answer_organization VARCHAR(300)  NULL,
  answered_by         VARCHAR(100)  NULL,
  answered_at         DATETIME(6)   NULL,
  created_at          DATETIME(6)   NOT NULL,
  CONSTRAINT fk_public_comment_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT fk_public_comment_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_public_comment_state FOREIGN KEY (state_id) REFERENCES state (id),
  INDEX ix_public_comment_public (commitment_id, status),
  INDEX ix_public_comment_queue (state_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
