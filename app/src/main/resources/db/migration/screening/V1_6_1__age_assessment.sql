-- Age assessments: the only way a person presumed to be a child can be recorded as an adult.
CREATE TABLE screening_age_assessment
(
  id                       UUID PRIMARY KEY,
  case_id                  UUID    NOT NULL, -- owned by casework
  professionals            TEXT    NOT NULL,
  benefit_of_doubt_applied BOOLEAN NOT NULL,
  youngest_age             INT     NOT NULL,
  oldest_age               INT     NOT NULL,
  outcome                  TEXT    NOT NULL,
  decided_on               DATE    NOT NULL,
  decided_by               UUID    NOT NULL,
  recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  reasons                  TEXT,
  appeal_lodged_on         DATE,
  version                  BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX screening_age_assessment_case_idx ON screening_age_assessment (case_id);

CREATE TABLE screening_age_method
(
  age_assessment UUID NOT NULL REFERENCES screening_age_assessment (id) ON DELETE CASCADE,
  method         TEXT NOT NULL,
  PRIMARY KEY (age_assessment, method)
);
