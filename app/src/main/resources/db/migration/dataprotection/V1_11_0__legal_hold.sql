-- A case kept from the retention rules while a court, an inquiry or a complaint needs it.
CREATE TABLE dataprotection_legal_hold
(
  id          UUID PRIMARY KEY,
  case_id     UUID NOT NULL, -- casework_case.id
  reason      TEXT NOT NULL, -- encrypted
  placed_by   UUID NOT NULL, -- access_user.id
  placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  lifted_by   UUID,
  lifted_at   TIMESTAMP WITH TIME ZONE,
  lift_reason TEXT           -- encrypted
);
CREATE INDEX dataprotection_legal_hold_case_idx ON dataprotection_legal_hold (case_id) WHERE lifted_at IS NULL;
