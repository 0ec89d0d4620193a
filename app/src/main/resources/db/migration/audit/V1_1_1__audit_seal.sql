-- The hash chain over the audit log. Entries are sealed in the order the sealer sees them committed
-- (not by id: a transaction that started earlier may commit later). Each seal holds the hash of the
-- previous seal, so a changed, removed or reordered entry breaks every hash after it.
CREATE TABLE audit_seal
(
  position      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id      BIGINT NOT NULL UNIQUE, -- audit_event.id
  previous_hash TEXT   NOT NULL,
  entry_hash    TEXT   NOT NULL,
  sealed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
