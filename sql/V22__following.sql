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
