-- Issue 16 (ops): e-mail witnesses receive each new signed head through the mail outbox, after a
-- double opt-in: a witness registered by e-mail is confirmed from a link mailed to it. The link's
-- token is kept only as its SHA-256 (it also stops the witness from the mails it receives).
ALTER TABLE transparency_witness
  ADD COLUMN language     VARCHAR(2)  NOT NULL DEFAULT 'es',
  ADD COLUMN confirmed_at DATETIME(6) NULL,
  ADD COLUMN token_hash   CHAR(64)    NULL;

-- Witnesses registered before this migration were registered by the administrator: confirmed.
UPDATE transparency_witness SET confirmed_at = created_at;

CREATE UNIQUE INDEX ux_transparency_witness_token ON transparency_witness (token_hash);
CREATE INDEX ix_transparency_witness_email ON transparency_witness (email);
