-- Issue 15, complaints part, slice 3 (version 26.2): complaints (quejas y denuncias) about social
-- programs, from a vigilance group's finding or from a citizen. The folio is unique and random; the
-- complainant's identity is only ever stored encrypted (AES-256-GCM, key outside the database,
-- docs/operations.md) in identity_sealed, NULL when anonymous.

CREATE TABLE complaint (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id       BIGINT        NOT NULL,
  state_id         BIGINT        NOT NULL,
  folio            VARCHAR(30)   NOT NULL,
  source           VARCHAR(10)   NOT NULL,
  finding_id       BIGINT        NULL,
  what             TEXT          NOT NULL,
  identity_sealed  VARCHAR(1200) NULL,
  status           VARCHAR(20)   NOT NULL DEFAULT 'RECEIVED',
  route            VARCHAR(30)   NULL,
  authority        VARCHAR(200)  NULL,
  answer           TEXT          NULL,
  received_on      DATE          NOT NULL,
  channelled_on    DATE          NULL,
  answered_on      DATE          NULL,
  closed_on        DATE          NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_complaint_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_complaint_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_complaint_finding FOREIGN KEY (finding_id) REFERENCES vigilance_finding (id),
  CONSTRAINT uq_complaint_folio UNIQUE (folio)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_complaint_program ON complaint (program_id, status);
CREATE INDEX ix_complaint_state ON complaint (state_id);
CREATE INDEX ix_complaint_finding ON complaint (finding_id);
