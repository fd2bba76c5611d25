-- Issue 13 (signoffs), slice 2: a report filed on an overdue milestone explains the delay and gives a
-- new expected date; both are public with the report. Null on reports filed on time.
ALTER TABLE progress_report
  ADD COLUMN delay_explanation VARCHAR(2000) NULL,
  ADD COLUMN expected_date     DATE          NULL;
