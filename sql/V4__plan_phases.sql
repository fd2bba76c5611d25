-- Version 4: the six phases of a plan as records (planned and actual dates) and what each phase's
-- checklist has done. The current phase stays in action_plan.phase; moving it is audited.

CREATE TABLE plan_phase (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id       BIGINT      NOT NULL,
  phase         VARCHAR(20) NOT NULL,
  planned_start DATE        NULL,
  planned_end   DATE        NULL,
  started_on    DATE        NULL,
  finished_on   DATE        NULL,
  version       INT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_phase_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT uq_phase_plan UNIQUE (plan_id, phase)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_phase_check (
  plan_phase_id BIGINT      NOT NULL,
  item          VARCHAR(40) NOT NULL,
  done_by       VARCHAR(60) NOT NULL,
  done_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (plan_phase_id, item),
  CONSTRAINT fk_check_phase FOREIGN KEY (plan_phase_id) REFERENCES plan_phase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Plans that existed before: six phase records each; the phases before the current one count as
-- finished and the current one as started, on the day of this migration (the true dates are unknown).
INSERT INTO plan_phase (plan_id, phase, started_on, finished_on)
SELECT p.id, f.phase,
       CASE WHEN f.ord <= c.ord THEN CURRENT_DATE ELSE NULL END,
       CASE WHEN f.ord < c.ord THEN CURRENT_DATE ELSE NULL END
FROM action_plan p
JOIN (SELECT 'IDENTIFICATION' AS phase, 1 AS ord UNION ALL SELECT 'TRAINING', 2 UNION ALL SELECT 'CO_CREATION', 3
      UNION ALL SELECT 'FOLLOW_UP', 4 UNION ALL SELECT 'EVALUATION', 5 UNION ALL SELECT 'SYSTEMATIZATION', 6) f
JOIN (SELECT 'IDENTIFICATION' AS phase, 1 AS ord UNION ALL SELECT 'TRAINING', 2 UNION ALL SELECT 'CO_CREATION', 3
      UNION ALL SELECT 'FOLLOW_UP', 4 UNION ALL SELECT 'EVALUATION', 5 UNION ALL SELECT 'SYSTEMATIZATION', 6) c
  ON c.phase = p.phase;
