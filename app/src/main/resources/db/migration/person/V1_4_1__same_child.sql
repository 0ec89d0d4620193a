-- Two identity records found to be one child. A merge links and never deletes; an unmerge sets
-- undone_* and keeps the row, so the identity history is complete.
CREATE TABLE person_same_child
(
  id          UUID PRIMARY KEY,
  kept        UUID NOT NULL REFERENCES person_child (id),
  linked      UUID NOT NULL REFERENCES person_child (id),
  note        TEXT,
  linked_by   UUID NOT NULL,
  linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  undone_by   UUID,
  undone_at   TIMESTAMP WITH TIME ZONE,
  undo_reason TEXT,
  CHECK (kept <> linked)
);
CREATE INDEX person_same_child_kept ON person_same_child (kept);
CREATE INDEX person_same_child_linked ON person_same_child (linked);
-- one merge in force per pair of records
CREATE UNIQUE INDEX person_same_child_in_force ON person_same_child (LEAST(kept, linked), GREATEST(kept, linked))
  WHERE undone_at IS NULL;
