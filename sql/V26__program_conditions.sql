-- Issue 15, complaints part, slice 1: the basic institutional conditions of a social program as a
-- checklist with evidence. The administrator keeps the list of conditions (seeded with the six of
-- the issue; renamed or retired, never deleted, so old checks keep their meaning); the secretariat
-- of the program's state records for each condition whether the program meets it, with a note and
-- evidence (files and links in `attachment`, owner_type PROGRAM_CONDITION, owner_id = the check).

CREATE TABLE program_condition (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name_es     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  position    INT          NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(6)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pcondition_position ON program_condition (active, position, id);

INSERT INTO program_condition (name_es, name_en, position, active, created_at) VALUES
  ('Reglas de operación publicadas', 'Published rules of operation', 1, TRUE, UTC_TIMESTAMP(6)),
  ('Padrón de beneficiarios publicado', 'Published beneficiary registry', 2, TRUE, UTC_TIMESTAMP(6)),
  ('Presupuesto publicado', 'Published budget', 3, TRUE, UTC_TIMESTAMP(6)),
  ('Mecanismo de quejas y denuncias', 'Complaint mechanism', 4, TRUE, UTC_TIMESTAMP(6)),
  ('Existe una evaluación', 'An evaluation exists', 5, TRUE, UTC_TIMESTAMP(6)),
  ('Mecanismo de participación ciudadana', 'Citizen participation mechanism', 6, TRUE, UTC_TIMESTAMP(6));

CREATE TABLE program_condition_check (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id    BIGINT       NOT NULL,
  condition_id  BIGINT       NOT NULL,
  state_id      BIGINT       NOT NULL,
  met           BOOLEAN      NOT NULL,
  note          TEXT         NULL,
  checked_on    DATE         NOT NULL,
  checked_by    VARCHAR(60)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_pccheck_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_pccheck_condition FOREIGN KEY (condition_id) REFERENCES program_condition (id),
  CONSTRAINT fk_pccheck_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT uq_pccheck_program_condition UNIQUE (program_id, condition_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pccheck_condition ON program_condition_check (condition_id);
