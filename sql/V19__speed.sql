-- Issue 12: the version of everything the public pages show. Every transaction that writes through
-- JPA adds one to it (shared.persistence.PageVersionBump, in the same transaction); the public page
-- cache (web.PublicPageCache) reads it once per request, so that every instance of a cluster drops
-- a rendered page as soon as any write is committed. One row; changed_at feeds Last-Modified.

CREATE TABLE page_version (
    id         TINYINT     NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    CONSTRAINT ck_page_version_one_row CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO page_version (id, version, changed_at) VALUES (1, 1, UTC_TIMESTAMP(3));
