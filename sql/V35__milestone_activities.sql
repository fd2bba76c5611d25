-- Issue 13 (activities): a milestone may have activities, as the national action plan dashboards track
-- them: a title, dates within the milestone's, an actor of the state responsible for it, and a status
-- (PENDING, IN_PROGRESS, DONE). Who added it and who last changed it, and when. The state's secretariat
-- and the milestone's responsible actors keep them; a done activity changes only by being reopened.
CREATE TABLE milestone_activity (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  milestone_id   BIGINT       NOT NULL,
  title          VARCHAR(300) NOT NULL,
  start_date     DATE         NOT NULL,
  end_date       DATE         NOT NULL,
  responsible_id BIGINT       NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  created_by     BIGINT       NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  updated_by     BIGINT       NULL,
  updated_at     DATETIME(6)  NULL,
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_activity_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  CONSTRAINT fk_activity_responsible FOREIGN KEY (responsible_id) REFERENCES actor (id),
  CONSTRAINT fk_activity_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_activity_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT ck_activity_dates CHECK (end_date >= start_date),
  INDEX ix_activity_milestone (milestone_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which progress report ticked which activity: the report marked it done. Never updated, never deleted:
-- an activity reopened and ticked again by a later report has two rows.
CREATE TABLE milestone_activity_tick (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT      NOT NULL,
  report_id   BIGINT      NOT NULL,
  ticked_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_tick_activity FOREIGN KEY (activity_id) REFERENCES milestone_activity (id),
  CONSTRAINT fk_tick_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
  CONSTRAINT uq_tick_activity_report UNIQUE (activity_id, report_id),
  INDEX ix_tick_report (report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
