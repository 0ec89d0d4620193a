-- Break-glass: someone outside the case team opens a case in an emergency, with a reason. The lead
-- agency and the data-protection auditors are told at once; an auditor reviews every use afterwards.
CREATE TABLE casework_emergency_access
(
  id             UUID PRIMARY KEY,
  case_id        UUID NOT NULL REFERENCES casework_case (id),
  user_id        UUID NOT NULL, -- access_user.id
  reason         TEXT NOT NULL, -- encrypted
  opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_by    UUID,          -- access_user.id
  reviewed_at    TIMESTAMP WITH TIME ZONE,
  justified      BOOLEAN,
  review_note    TEXT,          -- encrypted
  version        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX casework_emergency_access_user_idx ON casework_emergency_access (user_id, case_id, expires_at);
CREATE INDEX casework_emergency_access_review_idx ON casework_emergency_access (reviewed_at, opened_at DESC);
