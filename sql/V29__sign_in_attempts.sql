-- Issue 13: the sign-in throttle (account.SignInAttempts) lives in the database, so a restart does not
-- forgive and every instance of a cluster counts against the same name. One row per sign-in name:
-- name_hash is the SHA-256 (hex) of the name in its folded form (account.Usernames.folded: NFKC, no
-- spaces, lower case, no accents), never the name typed (an unknown "name" may be a password typed in
-- the wrong field) and never a password. failures counts the failures of the window that opened at
-- window_start; blocked_until is set when they reach the limit (account.FailedSignIns holds the rules).
-- A failure takes the row's lock (INSERT ... ON DUPLICATE KEY UPDATE, then SELECT ... FOR UPDATE), so
-- two instances failing at once both count. A success deletes the row; rows whose window and block
-- are over are deleted as new failures come (ix_sign_in_attempt_window). Not audited: security
-- counters, not records.
CREATE TABLE sign_in_attempt (
  name_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  failures      INT          NOT NULL,
  window_start  DATETIME(6)  NOT NULL,
  blocked_until DATETIME(6)  NULL,
  INDEX ix_sign_in_attempt_window (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
