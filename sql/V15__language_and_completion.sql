-- Issue 10 (part a).
-- The language a signed-in person chose ('es' or 'en'); null = never chose (Spanish). The public's
-- choice lives in a cookie, not here.
ALTER TABLE account ADD COLUMN language VARCHAR(2) NULL;

-- Why a milestone was declared complete without a final report at 100 % with evidence: recorded by
-- the secretariat when it moves the milestone to Complete, shown to the signers and the public.
ALTER TABLE milestone ADD COLUMN completion_reason VARCHAR(2000) NULL;
