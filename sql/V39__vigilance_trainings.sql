-- Issue 15, vigilance groups (version 39): the trainings a group attended. A training is a session of
-- kind TRAINING (work_session) of the group's own state; a group attends each session at most once.
CREATE TABLE vigilance_training (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id    BIGINT      NOT NULL,
  session_id  BIGINT      NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT fk_vtraining_group FOREIGN KEY (group_id) REFERENCES vigilance_group (id),
  CONSTRAINT fk_vtraining_session FOREIGN KEY (session_id) REFERENCES work_session (id),
  CONSTRAINT uq_vtraining UNIQUE (group_id, session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vtraining_session ON vigilance_training (session_id);
