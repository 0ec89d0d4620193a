-- Best-interests assessments (UN CRC General Comment 14 elements), determinations by a panel,
-- contact with the country of origin, return plans and post-return monitoring. Case ids are owned
-- by casework, user ids by access (no foreign keys across modules). Free text about the child is encrypted.
CREATE TABLE bestinterests_assessment
(
  id               UUID PRIMARY KEY,
  case_id          UUID    NOT NULL,
  status           TEXT    NOT NULL,
  child_views      TEXT,
  heard_language   TEXT,
  interpreter_used BOOLEAN NOT NULL DEFAULT FALSE,
  support_person   TEXT,
  maturity         TEXT,
  started_by       UUID    NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  signed_off_by    UUID,
  signed_off_at    TIMESTAMP WITH TIME ZONE,
  version          BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX bestinterests_assessment_case_idx ON bestinterests_assessment (case_id);

CREATE TABLE bestinterests_finding
(
  id           UUID PRIMARY KEY,
  assessment   UUID NOT NULL REFERENCES bestinterests_assessment (id) ON DELETE CASCADE,
  element      TEXT NOT NULL,
  finding      TEXT NOT NULL,
  source       TEXT NOT NULL,
  professional UUID NOT NULL,
  added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bestinterests_finding_assessment_idx ON bestinterests_finding (assessment, element);

CREATE TABLE bestinterests_determination
(
  id                      UUID PRIMARY KEY,
  case_id                 UUID    NOT NULL,
  assessment              UUID    NOT NULL REFERENCES bestinterests_assessment (id),
  options_considered      TEXT    NOT NULL,
  decision                TEXT    NOT NULL,
  reasons                 TEXT    NOT NULL,
  dissent                 TEXT,
  allows_contact_with_origin BOOLEAN NOT NULL,
  decided_on              DATE    NOT NULL,
  review_on               DATE    NOT NULL,
  recorded_by             UUID    NOT NULL,
  recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bestinterests_determination_case_idx ON bestinterests_determination (case_id, decided_on DESC);

CREATE TABLE bestinterests_panel_member
(
  determination UUID    NOT NULL REFERENCES bestinterests_determination (id) ON DELETE CASCADE,
  user_id       UUID    NOT NULL,
  agency_kind   TEXT    NOT NULL,
  chair         BOOLEAN NOT NULL,
  no_conflict_declared BOOLEAN NOT NULL,
  PRIMARY KEY (determination, user_id)
);

-- The child asked for international protection: the country of origin must not be contacted.
CREATE TABLE bestinterests_protection_claim
(
  case_id    UUID PRIMARY KEY,
  claimed_on DATE NOT NULL,
  recorded_by UUID NOT NULL
);

CREATE TABLE bestinterests_origin_contact
(
  id          UUID PRIMARY KEY,
  case_id     UUID NOT NULL,
  kind        TEXT NOT NULL,
  country     TEXT NOT NULL,
  purpose     TEXT NOT NULL,
  result      TEXT,
  requested_by UUID NOT NULL,
  requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A return plan, its checks, and its monitoring after the child is back.
CREATE TABLE bestinterests_return_plan
(
  id                         UUID PRIMARY KEY,
  case_id                    UUID NOT NULL,
  determination              UUID NOT NULL REFERENCES bestinterests_determination (id),
  risk_assessed_on           DATE,
  risk_assessment            TEXT,
  family_assessment          TEXT,
  care_arranged              TEXT,
  guardian_heard_on          DATE,
  receiving_agency           TEXT,
  receiving_agency_accepted_on DATE,
  travel_escort              TEXT,
  reintegration_plan         TEXT,
  approved_by                UUID,
  approved_at                TIMESTAMP WITH TIME ZONE,
  returned_on                DATE,
  version                    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX bestinterests_return_plan_case_idx ON bestinterests_return_plan (case_id);

CREATE TABLE bestinterests_monitoring_report
(
  id            UUID PRIMARY KEY,
  return_plan   UUID NOT NULL REFERENCES bestinterests_return_plan (id),
  due_on        DATE NOT NULL,
  task_id       UUID NOT NULL,
  received_on   DATE,
  report        TEXT,
  retrafficking_signs BOOLEAN
);
