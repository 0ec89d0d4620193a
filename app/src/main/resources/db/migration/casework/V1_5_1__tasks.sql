-- Tasks with deadlines on a case, owned by the lead agency's queue; undone past the deadline they escalate.
CREATE TABLE casework_task
(
  id           UUID PRIMARY KEY,
  case_id      UUID NOT NULL REFERENCES casework_case (id),
  kind         TEXT NOT NULL,
  agency_id    UUID NOT NULL, -- owned by directory
  owner_id     UUID,          -- owned by access
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at      TIMESTAMP WITH TIME ZONE,
  done_by      UUID,
  done_note    TEXT,
  escalated_at TIMESTAMP WITH TIME ZONE,
  version      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX casework_task_case_idx ON casework_task (case_id);
CREATE INDEX casework_task_open_by_agency_idx ON casework_task (agency_id, due_at) WHERE done_at IS NULL;
CREATE INDEX casework_task_overdue_idx ON casework_task (due_at) WHERE done_at IS NULL AND escalated_at IS NULL;
