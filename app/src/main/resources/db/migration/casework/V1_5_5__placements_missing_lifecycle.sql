-- Where the child lives, over time. Addresses are encrypted; a restrictive (closed or secure)
-- placement carries its judicial decision, reasons, time limit and review dates.
CREATE TABLE casework_placement
(
  id                UUID PRIMARY KEY,
  case_id           UUID    NOT NULL REFERENCES casework_case (id),
  kind              TEXT    NOT NULL,
  address           TEXT,
  from_date         DATE    NOT NULL,
  to_date           DATE,
  restrictive       BOOLEAN NOT NULL,
  judicial_decision TEXT,
  decision_reasons  TEXT,
  decided_on        DATE,
  ends_on           DATE,
  recorded_by       UUID    NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX casework_placement_case_idx ON casework_placement (case_id, from_date);

-- Missing episodes: when, last seen, risk, who was told; found and the return interview.
CREATE TABLE casework_missing_episode
(
  id              UUID PRIMARY KEY,
  case_id         UUID    NOT NULL REFERENCES casework_case (id),
  missing_since   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen       TEXT,
  risk            TEXT    NOT NULL,
  circumstances   TEXT,
  police_informed BOOLEAN NOT NULL,
  other_countries TEXT,
  reported_by     UUID    NOT NULL,
  reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  found_at        TIMESTAMP WITH TIME ZONE,
  found_where     TEXT
);
CREATE INDEX casework_missing_episode_case_idx ON casework_missing_episode (case_id, missing_since);
CREATE UNIQUE INDEX casework_missing_episode_one_open_idx ON casework_missing_episode (case_id) WHERE found_at IS NULL;

-- What a person should see in Haven: a child went missing on their case, a task escalated, ...
CREATE TABLE casework_notification
(
  id           UUID PRIMARY KEY,
  user_id      UUID NOT NULL,
  case_id      UUID REFERENCES casework_case (id),
  message_code TEXT NOT NULL,
  argument     TEXT,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX casework_notification_user_idx ON casework_notification (user_id, created_at DESC);

ALTER TABLE casework_case ADD COLUMN status_reason TEXT;
