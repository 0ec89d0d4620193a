CREATE TABLE directory_organisation
(
  id           UUID PRIMARY KEY,
  name         TEXT    NOT NULL,
  kind         TEXT    NOT NULL,
  country      CHAR(2) NOT NULL,
  region       TEXT,
  version      BIGINT  NOT NULL DEFAULT 0,
  CONSTRAINT directory_organisation_name_unique UNIQUE (country, name)
);
