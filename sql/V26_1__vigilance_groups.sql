-- Issue 15, complaints part, slice 2 (version 26.1: the part's one version number, V26, in steps):
-- citizen vigilance groups (contraloría social). A group watches one program in one place; its
-- members are people (optionally linked to an actor of the state) whose contact details only the
-- state's secretariat reads; its visits record the day, the place and what was checked; a visit's
-- findings carry evidence (attachments, owner_type VIGILANCE_FINDING) and are public only once the
-- group publishes them; a finding may be marked for the next risk review.

CREATE TABLE vigilance_group (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  program_id      BIGINT       NOT NULL,
  state_id        BIGINT       NOT NULL,
  name            VARCHAR(300) NOT NULL,
  place           VARCHAR(300) NOT NULL,
  constituted_on  DATE         NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_vgroup_program FOREIGN KEY (program_id) REFERENCES social_program (id),
  CONSTRAINT fk_vgroup_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vgroup_program ON vigilance_group (program_id);
CREATE INDEX ix_vgroup_state ON vigilance_group (state_id);

CREATE TABLE vigilance_member (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id    BIGINT       NOT NULL,
  full_name   VARCHAR(200) NOT NULL,
  actor_id    BIGINT       NULL,
  contact     VARCHAR(300) NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_vmember_group FOREIGN KEY (group_id) REFERENCES vigilance_group (id),
  CONSTRAINT fk_vmember_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vmember_group ON vigilance_member (group_id);
CREATE INDEX ix_vmember_actor ON vigilance_member (actor_id);

CREATE TABLE vigilance_visit (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id      BIGINT       NOT NULL,
  visited_on    DATE         NOT NULL,
  place         VARCHAR(300) NOT NULL,
  checked       VARCHAR(30)  NOT NULL,
  notes         TEXT         NULL,
  recorded_by   VARCHAR(60)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_vvisit_group FOREIGN KEY (group_id) REFERENCES vigilance_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vvisit_group ON vigilance_visit (group_id, visited_on);

CREATE TABLE vigilance_finding (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id         BIGINT       NOT NULL,
  state_id         BIGINT       NOT NULL,
  description      TEXT         NOT NULL,
  published        BOOLEAN      NOT NULL DEFAULT FALSE,
  for_risk_review  BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at       DATETIME(6)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_vfinding_visit FOREIGN KEY (visit_id) REFERENCES vigilance_visit (id),
  CONSTRAINT fk_vfinding_state FOREIGN KEY (state_id) REFERENCES state (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_vfinding_visit ON vigilance_finding (visit_id);
CREATE INDEX ix_vfinding_state ON vigilance_finding (state_id);
