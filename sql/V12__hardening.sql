-- Version 12 (issue 11, hardening).
--
-- 1. Stored file names as UploadPolicy now stores them: no control characters (replaced by "_"),
--    no bidirectional or invisible format characters (evil<U+202E>gnp.exe read as evilexe.png),
--    and an extension that matches the type detected from the content when the file was checked
--    (PDF bytes named setup.exe become setup.pdf). Bytes, ids and hashes are not touched.

-- Each stored name once (evidence and attachments alike), cleaned, then given the extension of its
-- detected type unless it already has one of that type's extensions.
CREATE TEMPORARY TABLE file_name_fix AS
SELECT f.owner, f.id,
       CASE WHEN m.extensions IS NULL
                 OR (LOCATE('.', f.name) > 0 AND FIND_IN_SET(LOWER(SUBSTRING_INDEX(f.name, '.', -1)), m.extensions) > 0)
            THEN f.name
            ELSE CONCAT(IF(LOCATE('.', f.name) > 1,
                           LEFT(f.name, CHAR_LENGTH(f.name) - CHAR_LENGTH(SUBSTRING_INDEX(f.name, '.', -1)) - 1),
                           f.name),
                        '.', SUBSTRING_INDEX(m.extensions, ',', 1))
       END AS new_name
FROM (
    SELECT owner, id, media_type,
           COALESCE(NULLIF(TRIM(REGEXP_REPLACE(REGEXP_REPLACE(file_name, '[\\x{00}-\\x{1F}\\x{7F}-\\x{9F}"<>|:*?]', '_'),
               '[\\x{AD}\\x{600}-\\x{605}\\x{61C}\\x{6DD}\\x{70F}\\x{180E}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2064}\\x{2066}-\\x{206F}\\x{FEFF}\\x{FFF9}-\\x{FFFB}]', '')), ''),
                    'evidencia') AS name
    FROM (SELECT 'evidence' AS owner, id, file_name, media_type FROM evidence WHERE kind = 'FILE'
          UNION ALL
          SELECT 'attachment', id, file_name, media_type FROM attachment WHERE kind = 'FILE') AS stored
) AS f
LEFT JOIN (
    SELECT 'application/pdf' AS media_type, 'pdf' AS extensions
    UNION ALL SELECT 'image/png', 'png'
    UNION ALL SELECT 'image/jpeg', 'jpg,jpeg'
    UNION ALL SELECT 'image/webp', 'webp'
    UNION ALL SELECT 'text/plain', 'txt,text,md'
    UNION ALL SELECT 'text/csv', 'csv'
    UNION ALL SELECT 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'
    UNION ALL SELECT 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'
    UNION ALL SELECT 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'
    UNION ALL SELECT 'application/vnd.oasis.opendocument.text', 'odt'
    UNION ALL SELECT 'application/vnd.oasis.opendocument.spreadsheet', 'ods'
) AS m ON m.media_type = f.media_type;

UPDATE evidence e JOIN file_name_fix x ON x.owner = 'evidence' AND x.id = e.id SET e.file_name = x.new_name;
UPDATE attachment a JOIN file_name_fix x ON x.owner = 'attachment' AND x.id = a.id SET a.file_name = x.new_name;
DROP TEMPORARY TABLE file_name_fix;

-- 2. What the published version of a commitment says of its structure. A milestone or a fiscal
--    year added while a published commitment is revised stays out of the public's sight until the
--    next publication; the title, deliverable, dates and weight of a milestone and the approved
--    amount of a year are read from these columns by the public (Milestone.asPublished,
--    BudgetLine.asPublished). A year removed during a revision is withdrawn, public until then.
--    Everything of a commitment published so far was published as it is now.
ALTER TABLE milestone
  ADD COLUMN published              BOOLEAN       NOT NULL DEFAULT FALSE AFTER reported_percent,
  ADD COLUMN published_title        VARCHAR(300)  NULL AFTER published,
  ADD COLUMN published_deliverable  TEXT          NULL AFTER published_title,
  ADD COLUMN published_start_date   DATE          NULL AFTER published_deliverable,
  ADD COLUMN published_end_date     DATE          NULL AFTER published_start_date,
  ADD COLUMN published_weight       DECIMAL(7, 2) NULL AFTER published_end_date;

ALTER TABLE budget_line
  ADD COLUMN published          BOOLEAN        NOT NULL DEFAULT FALSE AFTER spent,
  ADD COLUMN published_approved DECIMAL(18, 2) NULL AFTER published,
  ADD COLUMN withdrawn          BOOLEAN        NOT NULL DEFAULT FALSE AFTER published_approved;

UPDATE milestone m JOIN commitment c ON c.id = m.commitment_id
  SET m.published = TRUE, m.published_title = m.title, m.published_deliverable = m.deliverable,
      m.published_start_date = m.start_date, m.published_end_date = m.end_date, m.published_weight = m.weight
  WHERE c.published_version IS NOT NULL;

UPDATE budget_line b JOIN commitment c ON c.id = b.commitment_id
  SET b.published = TRUE, b.published_approved = b.approved
  WHERE c.published_version IS NOT NULL;
