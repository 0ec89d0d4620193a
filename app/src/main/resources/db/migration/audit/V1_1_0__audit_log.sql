-- Append-only record of every read of a child's record and every write.
CREATE TABLE audit_event
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id      UUID,
  actor_name    TEXT        NOT NULL,
  organisation_id UUID,
  action        TEXT        NOT NULL,
  outcome       TEXT        NOT NULL,
  subject_type  TEXT,
  subject_id    TEXT,
  case_id       UUID,
  reason        TEXT,
  source_address TEXT,
  details       TEXT
);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_name, occurred_at DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_id);
CREATE INDEX audit_event_case_idx ON audit_event (case_id, occurred_at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
