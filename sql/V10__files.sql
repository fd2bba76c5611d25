-- Version 10: one place for the bytes of every stored file. Evidence (of progress reports) and
-- attachments (of priorities, sessions and the toolbox) keep their own rows, ids and SHA-256, so
-- every /evidence/{id} and /file/{id} ever given out still works; their bytes move from
-- evidence_content and attachment_content into file_content, which each file row points at by
-- content_id. Links have no bytes (content_id null). Nothing is deleted before it is copied.

CREATE TABLE file_content (
  id      BIGINT   AUTO_INCREMENT PRIMARY KEY,
  content LONGBLOB NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE attachment ADD COLUMN content_id BIGINT NULL AFTER sha256;
ALTER TABLE evidence ADD COLUMN content_id BIGINT NULL AFTER sha256;

-- The bytes of an attachment keep its id; those of evidence come after the highest of them.
INSERT INTO file_content (id, content)
  SELECT attachment_id, content FROM attachment_content;
UPDATE attachment a JOIN attachment_content c ON c.attachment_id = a.id
  SET a.content_id = c.attachment_id;

INSERT INTO file_content (id, content)
  SELECT c.evidence_id + (SELECT COALESCE(MAX(attachment_id), 0) FROM attachment_content), c.content
  FROM evidence_content c;
UPDATE evidence e JOIN evidence_content c ON c.evidence_id = e.id
  SET e.content_id = c.evidence_id + (SELECT COALESCE(MAX(attachment_id), 0) FROM attachment_content);

-- A file has its bytes and a link has none; each piece of bytes belongs to one record. These fail
-- (and stop the migration before anything is dropped) if a file's bytes were not copied.
ALTER TABLE attachment
  ADD CONSTRAINT fk_attachment_content FOREIGN KEY (content_id) REFERENCES file_content (id),
  ADD CONSTRAINT uq_attachment_content UNIQUE (content_id),
  ADD CONSTRAINT ck_attachment_content CHECK ((kind = 'FILE') = (content_id IS NOT NULL));
ALTER TABLE evidence
  ADD CONSTRAINT fk_evidence_content FOREIGN KEY (content_id) REFERENCES file_content (id),
  ADD CONSTRAINT uq_evidence_content UNIQUE (content_id),
  ADD CONSTRAINT ck_evidence_content CHECK ((kind = 'FILE') = (content_id IS NOT NULL));

DROP TABLE attachment_content;
DROP TABLE evidence_content;
