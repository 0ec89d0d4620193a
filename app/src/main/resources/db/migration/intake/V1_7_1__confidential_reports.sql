-- Anonymous reports and complaints. Nothing identifying is kept: no address, and only the day.
CREATE TABLE intake_confidential_report
(
  id                 UUID PRIMARY KEY,
  lookup_id          TEXT    NOT NULL UNIQUE, -- first part of the receipt code; the rest is only hashed
  secret_hash        TEXT    NOT NULL,        -- Argon2id of the secret part of the receipt code
  kind               TEXT    NOT NULL,        -- REPORT or COMPLAINT
  language           TEXT    NOT NULL,
  created_on         DATE    NOT NULL,
  assigned_agency_id UUID    NOT NULL,        -- owned by directory
  failed_attempts    INT     NOT NULL DEFAULT 0,
  locked_until       TIMESTAMP WITH TIME ZONE,
  version            BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX intake_confidential_report_agency_idx ON intake_confidential_report (assigned_agency_id, created_on DESC);

CREATE TABLE intake_report_message
(
  confidential_report UUID NOT NULL REFERENCES intake_confidential_report (id) ON DELETE CASCADE,
  position            INT  NOT NULL,
  author              TEXT NOT NULL, -- REPORTER or WORKER
  body                TEXT NOT NULL, -- encrypted (AES-GCM, FieldCipher)
  written_on          DATE NOT NULL,
  PRIMARY KEY (confidential_report, position)
);
