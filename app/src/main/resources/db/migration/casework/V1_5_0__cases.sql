CREATE SEQUENCE casework_case_number;

CREATE TABLE casework_case
(
  id              UUID PRIMARY KEY,
  reference       TEXT NOT NULL UNIQUE,
  child_id        UUID NOT NULL, -- owned by person; referenced by id only
  lead_agency_id  UUID NOT NULL, -- owned by directory
  status          TEXT NOT NULL,
  summary         TEXT,
  opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  opened_by       UUID NOT NULL,
  last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX casework_case_child_idx ON casework_case (child_id);

CREATE TABLE casework_team_member
(
  casework_case UUID NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
  user_id       UUID NOT NULL, -- owned by access
  team_role     TEXT NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (casework_case, user_id)
);
CREATE INDEX casework_team_member_user_idx ON casework_team_member (user_id);
