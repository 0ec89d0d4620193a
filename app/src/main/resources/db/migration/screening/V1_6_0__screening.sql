-- The indicator catalogue, versioned: a screening names the version it was done against.
CREATE TABLE screening_catalogue
(
  version      INT PRIMARY KEY,
  status       TEXT NOT NULL,          -- DRAFT, PUBLISHED, RETIRED
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   UUID,                   -- owned by access
  published_at TIMESTAMP WITH TIME ZONE,
  published_by UUID
);
CREATE UNIQUE INDEX screening_catalogue_one_draft ON screening_catalogue (status) WHERE status = 'DRAFT';

CREATE TABLE screening_indicator
(
  catalogue_version INT  NOT NULL REFERENCES screening_catalogue (version),
  code              TEXT NOT NULL,
  position          INT  NOT NULL,
  kind              TEXT NOT NULL,     -- INDICATOR, RISK_FACTOR, CONTEXT
  form              TEXT,              -- ExploitationForm; null for general indicators
  severity          TEXT NOT NULL,
  urgency           TEXT NOT NULL,
  PRIMARY KEY (catalogue_version, code)
);

CREATE TABLE screening_indicator_text
(
  catalogue_version INT  NOT NULL,
  code              TEXT NOT NULL,
  language          TEXT NOT NULL,
  text              TEXT NOT NULL,
  PRIMARY KEY (catalogue_version, code, language),
  FOREIGN KEY (catalogue_version, code) REFERENCES screening_indicator (catalogue_version, code) ON DELETE CASCADE
);

CREATE TABLE screening_screening
(
  id                   UUID PRIMARY KEY,
  case_id              UUID NOT NULL,  -- owned by casework
  catalogue_version    INT  NOT NULL REFERENCES screening_catalogue (version),
  started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  started_by           UUID NOT NULL,
  decision_status      TEXT,
  decided_on           DATE,
  decision_authority   TEXT,
  decision_legal_basis TEXT,
  decision_reasons     TEXT,
  decided_at           TIMESTAMP WITH TIME ZONE,
  decided_by           UUID,
  version              BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX screening_screening_case_idx ON screening_screening (case_id);

CREATE TABLE screening_observation
(
  screening      UUID NOT NULL REFERENCES screening_screening (id) ON DELETE CASCADE,
  indicator_code TEXT NOT NULL,
  source         TEXT NOT NULL,
  observed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by    UUID NOT NULL,
  note           TEXT,
  PRIMARY KEY (screening, indicator_code)
);

CREATE TABLE screening_decided_form
(
  screening UUID NOT NULL REFERENCES screening_screening (id) ON DELETE CASCADE,
  form      TEXT NOT NULL,
  PRIMARY KEY (screening, form)
);
