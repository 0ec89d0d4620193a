CREATE TABLE access_user
(
  id                 UUID PRIMARY KEY,
  username           TEXT    NOT NULL,
  display_name       TEXT    NOT NULL,
  email              TEXT,
  organisation_id    UUID    NOT NULL, -- owned by directory; referenced by id only
  password_hash      TEXT    NOT NULL,
  enabled            BOOLEAN NOT NULL DEFAULT TRUE,
  failed_sign_ins    INT     NOT NULL DEFAULT 0,
  locked_until       TIMESTAMP WITH TIME ZONE,
  totp_secret        TEXT,
  totp_last_step     BIGINT,
  totp_required      BOOLEAN NOT NULL DEFAULT FALSE,
  time_zone          TEXT    NOT NULL DEFAULT 'Europe/Oslo',
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT  NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX access_user_username_unique ON access_user (lower(username));

CREATE TABLE access_user_role
(
  access_user UUID NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  role        TEXT NOT NULL,
  PRIMARY KEY (access_user, role)
);

CREATE TABLE access_api_token
(
  id           UUID PRIMARY KEY,
  user_id      UUID NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  token_hash   TEXT NOT NULL UNIQUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_api_token_user_idx ON access_api_token (user_id);
