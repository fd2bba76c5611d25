-- Issue 14 (public dashboard): full-text search of published commitments.
-- Every saved version of a commitment keeps its text as plain words (search_text: the template's
-- fields and the parties' names, as CommitmentText.searchText() writes them); the public search reads
-- only the version a commitment is published at. InnoDB FULLTEXT on a utf8mb4_unicode_ci column:
-- accents and case do not matter ("medicacion" finds "medicación").
ALTER TABLE commitment_version ADD COLUMN search_text MEDIUMTEXT NULL AFTER snapshot;

UPDATE commitment_version SET search_text = CONCAT_WS(' ',
    JSON_VALUE(snapshot, '$.title'), JSON_VALUE(snapshot, '$.problem'), JSON_VALUE(snapshot, '$.statusQuo'),
    JSON_VALUE(snapshot, '$.objective'), JSON_VALUE(snapshot, '$.description'), JSON_VALUE(snapshot, '$.howItSolves'),
    JSON_VALUE(snapshot, '$.valuesExplanation'), JSON_VALUE(snapshot, '$.sdgAlignment'),
    JSON_VALUE(snapshot, '$.genderAlignment'), JSON_VALUE(snapshot, '$.riskAnalysis'),
    JSON_VALUE(snapshot, '$.leadInstitution'), JSON_VALUE(snapshot, '$.budgetProgramKey'),
    JSON_VALUE(snapshot, '$.budgetProgramName'), JSON_VALUE(snapshot, '$.fundingSource'),
    JSON_VALUE(snapshot, '$.dataSources'));

CREATE FULLTEXT INDEX ft_commitment_version_search ON commitment_version (search_text);
