-- Pairs of identity records the matcher found may be one child, waiting for (or with) a person's
-- decision. Names are not copied here: the review screen reads them from person, and the reasons
-- are worked out again when shown, so nothing goes stale.
CREATE TABLE matching_possible_match
(
  id          UUID PRIMARY KEY,
  earlier     UUID NOT NULL,          -- the record already known (owned by person)
  found       UUID NOT NULL,          -- the record whose registration or correction found it
  score       DOUBLE PRECISION NOT NULL,
  engine_says TEXT NOT NULL,          -- MATCH or POSSIBLE
  found_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  status      TEXT NOT NULL,          -- OPEN, SAME, DIFFERENT, UNMERGED
  decided_by  UUID,
  decided_at  TIMESTAMP WITH TIME ZONE,
  note        TEXT,
  same_child  UUID,                   -- the merge (person_same_child) a SAME decision made
  version     BIGINT NOT NULL DEFAULT 0,
  CHECK (earlier <> found)
);
CREATE UNIQUE INDEX matching_possible_match_pair
  ON matching_possible_match (LEAST(earlier, found), GREATEST(earlier, found));
CREATE INDEX matching_possible_match_open ON matching_possible_match (status, score DESC);
