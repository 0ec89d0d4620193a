-- Time-limited, reasoned shares of sections of a case with another agency (not on the team). Its
-- staff whose role needs a shared section read it until the share expires or is ended.
CREATE TABLE casework_case_share
(
  id              UUID PRIMARY KEY,
  case_id         UUID NOT NULL REFERENCES casework_case (id),
  organisation_id UUID NOT NULL, -- directory_organisation.id
  sections        TEXT NOT NULL, -- access.Section names, comma-separated
  reason          TEXT NOT NULL, -- encrypted
  shared_by       UUID NOT NULL, -- access_user.id
  shared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_by        UUID,          -- access_user.id
  ended_at        TIMESTAMP WITH TIME ZONE,
  version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX casework_case_share_reader_idx ON casework_case_share (organisation_id, case_id, expires_at);
CREATE INDEX casework_case_share_case_idx ON casework_case_share (case_id, shared_at DESC);
