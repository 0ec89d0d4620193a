-- Referrals from any agency about a child who may be exploited.
CREATE TABLE intake_referral
(
  id                  UUID PRIMARY KEY,
  referrer_id         UUID    NOT NULL, -- owned by access
  referrer_agency_id  UUID    NOT NULL, -- owned by directory
  status              TEXT    NOT NULL,
  given_names         TEXT,
  family_name         TEXT,
  estimated_age       INT,
  sex                 TEXT,
  language            TEXT,
  place               TEXT,
  region              TEXT,
  observed_when       TEXT,
  observations        TEXT,
  accompanying_adults TEXT,
  immediate_danger    BOOLEAN NOT NULL DEFAULT FALSE,
  already_known       BOOLEAN NOT NULL DEFAULT FALSE,
  target_agency_id    UUID,             -- owned by directory
  question            TEXT,
  transfer_reason     TEXT,
  case_id             UUID,             -- owned by casework
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at        TIMESTAMP WITH TIME ZONE,
  version             BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX intake_referral_referrer_idx ON intake_referral (referrer_id, created_at DESC);
CREATE INDEX intake_referral_incoming_idx ON intake_referral (target_agency_id, status, submitted_at);

CREATE TABLE intake_referral_indicator
(
  referral UUID NOT NULL REFERENCES intake_referral (id) ON DELETE CASCADE,
  code     TEXT NOT NULL,
  PRIMARY KEY (referral, code)
);
