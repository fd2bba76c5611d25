-- Version 11: the transparency log (issue 16, docs/transparency.md). An append-only RFC 6962
-- Merkle tree of the public facts of evidence and verdicts, its signed tree heads, the keys that
-- signed them, the witnesses that receive each new head and the self-audit's findings.
-- Nothing here is ever updated but transparency_log (the one row appends lock and advance),
-- witness deliveries (their attempts) and witnesses (switched off).

-- The one row every append locks (SELECT ... FOR UPDATE): the tree's size and the roots of its
-- perfect subtrees along the right edge (32 bytes each, largest first), enough to sign the next head.
CREATE TABLE transparency_log (
  id        TINYINT        PRIMARY KEY,
  tree_size BIGINT         NOT NULL,
  peaks     VARBINARY(2048) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO transparency_log (id, tree_size, peaks) VALUES (1, 0, '');

-- The leaves: leaf_index is dense, 0..n-1; content is the canonical JSON (the leaf's data);
-- leaf_hash = SHA-256(0x00 || content in UTF-8), hex. subject_id, commitment_id and content_id
-- only find entries (a commitment's entries, the bytes an evidence entry vouches for).
CREATE TABLE transparency_entry (
  leaf_index    BIGINT      PRIMARY KEY,
  kind          VARCHAR(40) NOT NULL,
  subject_id    BIGINT      NOT NULL,
  commitment_id BIGINT      NULL,
  content_id    BIGINT      NULL,
  content       MEDIUMTEXT  NOT NULL,
  leaf_hash     CHAR(64)    NOT NULL,
  logged_at     DATETIME(6) NOT NULL,
  INDEX ix_transparency_entry_subject (kind, subject_id),
  INDEX ix_transparency_entry_commitment (commitment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A signed tree head for every size the tree has had: Ed25519 over the lines of TreeHead.message().
CREATE TABLE transparency_head (
  tree_size  BIGINT       PRIMARY KEY,
  root_hash  CHAR(64)     NOT NULL,
  signed_at  BIGINT       NOT NULL,
  key_id     CHAR(16)     NOT NULL,
  signature  VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every key that ever signed a head (X.509 SubjectPublicKeyInfo, base64): rotation keeps old heads checkable.
CREATE TABLE transparency_key (
  key_id      CHAR(16)     PRIMARY KEY,
  public_key  VARCHAR(200) NOT NULL,
  first_used  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE transparency_witness (
  id         BIGINT        AUTO_INCREMENT PRIMARY KEY,
  url        VARCHAR(1000) NULL,
  email      VARCHAR(254)  NULL,
  active     BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at DATETIME(6)   NOT NULL,
  CONSTRAINT ck_transparency_witness_address CHECK (url IS NOT NULL OR email IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per head sent (or waiting to be sent) to a witness, with its attempts.
CREATE TABLE transparency_delivery (
  id              BIGINT       AUTO_INCREMENT PRIMARY KEY,
  witness_id      BIGINT       NOT NULL,
  tree_size       BIGINT       NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  last_attempt_at DATETIME(6)  NULL,
  delivered_at    DATETIME(6)  NULL,
  last_error      VARCHAR(500) NULL,
  CONSTRAINT fk_transparency_delivery_witness FOREIGN KEY (witness_id) REFERENCES transparency_witness (id),
  INDEX ix_transparency_delivery_pending (delivered_at, witness_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each self-audit found: ok, or one finding per line naming the entry or head.
CREATE TABLE transparency_audit (
  id        BIGINT      AUTO_INCREMENT PRIMARY KEY,
  ran_at    DATETIME(6) NOT NULL,
  tree_size BIGINT      NOT NULL,
  ok        BOOLEAN     NOT NULL,
  findings  MEDIUMTEXT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
