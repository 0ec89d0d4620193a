-- The interview register: every time the child is interviewed, by whom, where, how.
CREATE TABLE casework_interview
(
  id               UUID PRIMARY KEY,
  case_id          UUID    NOT NULL REFERENCES casework_case (id),
  held_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  interviewer      TEXT    NOT NULL,
  purpose          TEXT    NOT NULL,
  premises         TEXT    NOT NULL,
  video_recorded   BOOLEAN NOT NULL,
  accompanied_by   TEXT,
  language         TEXT,
  interpreter_used BOOLEAN NOT NULL,
  recorded_by      UUID    NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX casework_interview_case_idx ON casework_interview (case_id, held_at);

-- One shared individual assessment and care plan per case (free text encrypted), and the services it refers to.
CREATE TABLE casework_care_plan
(
  case_id     UUID PRIMARY KEY REFERENCES casework_case (id),
  assessed_on DATE,
  needs       TEXT,
  risks       TEXT,
  child_views TEXT,
  goals       TEXT,
  agreed_on   DATE,
  version     BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE casework_service_referral
(
  case_id     UUID NOT NULL REFERENCES casework_care_plan (case_id) ON DELETE CASCADE,
  position    INT  NOT NULL,
  service     TEXT NOT NULL,
  provider    TEXT,
  consent     TEXT NOT NULL,
  referred_on DATE,
  response    TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
);

-- Case conferences: the team meets, the child's views are heard, decisions become tasks.
CREATE TABLE casework_conference
(
  id            UUID PRIMARY KEY,
  case_id       UUID    NOT NULL REFERENCES casework_case (id),
  scheduled_for TIMESTAMP WITH TIME ZONE NOT NULL,
  place         TEXT,
  agenda        TEXT,
  held_at       TIMESTAMP WITH TIME ZONE,
  child_attended BOOLEAN,
  child_views   TEXT,
  minutes       TEXT,
  version       BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX casework_conference_case_idx ON casework_conference (case_id, scheduled_for);
CREATE TABLE casework_conference_attendee
(
  conference   UUID NOT NULL REFERENCES casework_conference (id) ON DELETE CASCADE,
  user_id      UUID NOT NULL,
  attended     BOOLEAN,
  confirmed_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (conference, user_id)
);
CREATE TABLE casework_conference_action
(
  conference UUID NOT NULL REFERENCES casework_conference (id) ON DELETE CASCADE,
  position   INT  NOT NULL,
  text       TEXT NOT NULL,
  owner_id   UUID NOT NULL,
  due_on     DATE NOT NULL,
  task_id    UUID NOT NULL,
  PRIMARY KEY (conference, position)
);

-- What the team records by hand about a safeguard Haven cannot see happen (the latest counts).
CREATE TABLE casework_safeguard_record
(
  id          UUID PRIMARY KEY,
  case_id     UUID NOT NULL REFERENCES casework_case (id),
  safeguard   TEXT NOT NULL,
  state       TEXT NOT NULL,
  happened_on DATE NOT NULL,
  note        TEXT,
  recorded_by UUID NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX casework_safeguard_record_case_idx ON casework_safeguard_record (case_id, safeguard, recorded_at DESC);
