-- The national referral mechanism as data: each published version of the procedure, kept as the CSV
-- it was reviewed in. A case keeps the version it started with.
CREATE TABLE casework_procedure
(
  version      INT PRIMARY KEY,
  name         TEXT NOT NULL,
  steps_csv    TEXT NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by TEXT NOT NULL
);

ALTER TABLE casework_case ADD COLUMN procedure_version INT REFERENCES casework_procedure (version);
ALTER TABLE casework_case ADD COLUMN protected_since TIMESTAMP WITH TIME ZONE;

ALTER TABLE casework_task ADD COLUMN step TEXT;
ALTER TABLE casework_task ADD COLUMN milestone TEXT;
ALTER TABLE casework_task ADD COLUMN title TEXT;
ALTER TABLE casework_task ADD COLUMN escalate_to TEXT NOT NULL DEFAULT 'SUPERVISOR';
CREATE INDEX casework_task_escalated_idx ON casework_task (escalate_to, escalated_at) WHERE done_at IS NULL;

-- When each milestone was first reached on a case (guardian appointed, first interview, ...).
CREATE TABLE casework_case_milestone
(
  casework_case UUID NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
  milestone     TEXT NOT NULL,
  reached_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (casework_case, milestone)
);

-- Team members leave with a date instead of disappearing: the team's history stays on the case.
ALTER TABLE casework_team_member ADD COLUMN left_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE casework_team_member DROP CONSTRAINT casework_team_member_pkey;
ALTER TABLE casework_team_member ADD PRIMARY KEY (casework_case, user_id, added_at);

-- When staff rotate, what the leaver hands over stays with the case.
CREATE TABLE casework_handover
(
  id         UUID PRIMARY KEY,
  case_id    UUID NOT NULL REFERENCES casework_case (id),
  from_user  UUID NOT NULL, -- owned by access
  to_user    UUID NOT NULL, -- owned by access
  part       TEXT NOT NULL,
  summary    TEXT NOT NULL,
  handed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  handed_by  UUID NOT NULL
);
CREATE INDEX casework_handover_case_idx ON casework_handover (case_id, handed_at);
