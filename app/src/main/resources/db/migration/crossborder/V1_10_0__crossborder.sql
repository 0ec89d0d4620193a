-- Cross-border cooperation between Haven nodes (docs/crossborder.md).

-- The partner nodes this node exchanges with: their public keys are pinned here, and replaced only
-- by a key-rotation message signed with a key already pinned, or by an administrator.
CREATE TABLE crossborder_partner
(
  node_id    TEXT PRIMARY KEY,
  country    TEXT NOT NULL,
  name       TEXT NOT NULL,
  endpoint   TEXT NOT NULL,          -- base URL; messages go to <endpoint>/node-api/v1/inbox
  public_keys TEXT NOT NULL,         -- JWK set (signing and encryption keys, public parts only)
  languages  TEXT NOT NULL DEFAULT '',
  accepts    TEXT NOT NULL DEFAULT '', -- request kinds, comma-separated
  added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT NOT NULL DEFAULT 0
);

-- Transactional outbox: a message is written in the same transaction as what it reports, and sent
-- (again, with backoff) until the receiver gives a signed receipt.
CREATE TABLE crossborder_outbox
(
  message_id      UUID PRIMARY KEY,
  partner         TEXT NOT NULL,
  type            TEXT NOT NULL,
  sealed          TEXT NOT NULL,     -- compact JWE: only the receiver can open it
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  status          TEXT NOT NULL,     -- PENDING, ACCEPTED, REJECTED
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error      TEXT,
  receipt         TEXT,              -- the receiver's signed receipt (compact JWS)
  settled_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX crossborder_outbox_due ON crossborder_outbox (next_attempt_at) WHERE status = 'PENDING';

-- Idempotent inbox: each message id is processed once, whatever the retries and duplicates.
CREATE TABLE crossborder_inbox
(
  message_id  UUID PRIMARY KEY,
  partner     TEXT NOT NULL,
  type        TEXT NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Messages refused at the door (tampered, wrong key, expired, unknown version...), for operators.
CREATE TABLE crossborder_refusal
(
  id          BIGSERIAL PRIMARY KEY,
  refused_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  partner     TEXT,
  message_id  UUID,
  reason      TEXT NOT NULL
);

-- Requests about a child, sent from a case here (OUTGOING) or received from a partner (INCOMING).
-- What identifies the child and what was asked and answered is encrypted (platform FieldCipher).
CREATE TABLE crossborder_request
(
  id            UUID PRIMARY KEY,
  direction     TEXT NOT NULL,       -- OUTGOING, INCOMING
  kind          TEXT NOT NULL,
  partner       TEXT NOT NULL,
  case_id       UUID,                -- casework_case, for an outgoing request (owned by casework)
  case_reference TEXT,               -- the sender's case reference, shown to the receiver
  legal_basis   TEXT NOT NULL,
  child         TEXT NOT NULL,       -- encrypted JSON: only the fields the kind allows
  question      TEXT NOT NULL,       -- encrypted
  answer        TEXT,                -- encrypted
  answered_by   TEXT,
  answered_at   TIMESTAMP WITH TIME ZONE,
  due_on        DATE NOT NULL,
  status        TEXT NOT NULL,
  created_by    UUID,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  assigned_to   UUID,
  delivered_at  TIMESTAMP WITH TIME ZONE,
  read_at       TIMESTAMP WITH TIME ZONE,
  rejected_reason TEXT,
  message_id    UUID,                -- the outbox message that carried an outgoing request
  escalated_at  TIMESTAMP WITH TIME ZONE,
  version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX crossborder_request_case ON crossborder_request (case_id);
CREATE INDEX crossborder_request_open ON crossborder_request (direction, status, due_on);
