-- A determination is explained to the child, can be appealed or reviewed, and names the residence
-- status and the steps its durable solution needs. Tracing requests get their results.
ALTER TABLE bestinterests_determination ADD COLUMN residence_status TEXT;
ALTER TABLE bestinterests_determination ADD COLUMN steps TEXT;
ALTER TABLE bestinterests_determination ADD COLUMN child_informed_on DATE;
ALTER TABLE bestinterests_determination ADD COLUMN child_informed_language TEXT;
ALTER TABLE bestinterests_determination ADD COLUMN child_informed_how TEXT;

CREATE TABLE bestinterests_appeal
(
  id            UUID PRIMARY KEY,
  determination UUID NOT NULL REFERENCES bestinterests_determination (id),
  lodged_on     DATE NOT NULL,
  lodged_by     TEXT NOT NULL,
  grounds       TEXT NOT NULL,
  outcome       TEXT NOT NULL,
  outcome_on    DATE,
  outcome_note  TEXT,
  version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX bestinterests_appeal_determination_idx ON bestinterests_appeal (determination);

ALTER TABLE bestinterests_origin_contact ADD COLUMN result_on DATE;

-- The order in which determinations were recorded: the latest one is the one that stands.
ALTER TABLE bestinterests_determination ADD COLUMN recorded_order BIGINT GENERATED ALWAYS AS IDENTITY;
