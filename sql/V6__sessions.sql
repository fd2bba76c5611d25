-- Cocrea schema, version 6: training, accompaniment and co-creation sessions (phases 2 and 3),
-- who attended them, their agreements (acuerdos) and the commitments they led to.
-- Materials of a session are attachments (attachment.owner = 'SESSION', see V2).

CREATE TABLE work_session (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id    BIGINT        NOT NULL,
  state_id   BIGINT        NOT NULL,
  kind       VARCHAR(20)   NOT NULL,
  mode       VARCHAR(20)   NOT NULL,
  title      VARCHAR(300)  NOT NULL,
  held_on    DATE          NOT NULL,
  start_time TIME          NULL,
  place      VARCHAR(300)  NULL,
  link       VARCHAR(1000) NULL,
  agenda     TEXT          NULL,
  topics     TEXT          NULL,
  minutes    MEDIUMTEXT    NULL,
  created_at DATETIME(6)   NOT NULL,
  version    INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_wsession_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_wsession_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wsession_plan ON work_session (plan_id, held_on);
CREATE INDEX ix_wsession_state ON work_session (state_id);

-- One row per person who came (or per organization, when no name was taken). The same person of
-- the same organization is counted once: attendee_key makes a missing name comparable.
CREATE TABLE session_attendance (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id    BIGINT       NOT NULL,
  actor_id      BIGINT       NOT NULL,
  attendee_name VARCHAR(200) NULL,
  gender        VARCHAR(30)  NULL,
  created_at    DATETIME(6)  NOT NULL,
  attendee_key  VARCHAR(200) AS (COALESCE(attendee_name, '')) PERSISTENT,
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES work_session (id),
  CONSTRAINT fk_attendance_actor FOREIGN KEY (actor_id) REFERENCES actor (id),
  CONSTRAINT uq_attendance_person UNIQUE (session_id, actor_id, attendee_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attendance_actor ON session_attendance (actor_id);

CREATE TABLE session_agreement (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id     BIGINT       NOT NULL,
  state_id       BIGINT       NOT NULL,
  text           TEXT         NOT NULL,
  owner_actor_id BIGINT       NOT NULL,
  due_on         DATE         NOT NULL,
  done_on        DATE         NULL,
  done_by        VARCHAR(60)  NULL,
  done_note      TEXT         NULL,
  commitment_id  BIGINT       NULL,
  created_at     DATETIME(6)  NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_agreement_session FOREIGN KEY (session_id) REFERENCES work_session (id),
  CONSTRAINT fk_agreement_state FOREIGN KEY (state_id) REFERENCES state (id),
  CONSTRAINT fk_agreement_owner FOREIGN KEY (owner_actor_id) REFERENCES actor (id),
  CONSTRAINT fk_agreement_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_agreement_session ON session_agreement (session_id);
CREATE INDEX ix_agreement_state_open ON session_agreement (state_id, done_on, due_on);
CREATE INDEX ix_agreement_owner ON session_agreement (owner_actor_id);
CREATE INDEX ix_agreement_commitment ON session_agreement (commitment_id);

-- The commitments a session worked on (the commitment shows the sessions it came from).
CREATE TABLE session_commitment (
  session_id    BIGINT NOT NULL,
  commitment_id BIGINT NOT NULL,
  PRIMARY KEY (session_id, commitment_id),
  CONSTRAINT fk_scommit_session FOREIGN KEY (session_id) REFERENCES work_session (id),
  CONSTRAINT fk_scommit_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_scommit_commitment ON session_commitment (commitment_id);
