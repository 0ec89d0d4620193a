CREATE TABLE person_child
(
  id             UUID PRIMARY KEY,
  sex            TEXT NOT NULL,
  dob_precision  TEXT NOT NULL,
  dob_earliest   DATE,
  dob_latest     DATE,
  registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT NOT NULL DEFAULT 0
);

-- Primary name and aliases, each in the script it was written in, with a Latin key for search.
CREATE TABLE person_name
(
  person_child UUID NOT NULL REFERENCES person_child (id) ON DELETE CASCADE,
  position     INT  NOT NULL,
  kind         TEXT NOT NULL,
  given_names  TEXT,
  family_name  TEXT,
  script       TEXT NOT NULL,
  search_key   TEXT NOT NULL,
  PRIMARY KEY (person_child, position)
);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_name_search_key_trgm ON person_name USING gin (search_key gin_trgm_ops);

CREATE TABLE person_nationality
(
  person_child UUID    NOT NULL REFERENCES person_child (id) ON DELETE CASCADE,
  country      CHAR(2) NOT NULL,
  PRIMARY KEY (person_child, country)
);

CREATE TABLE person_language
(
  person_child UUID NOT NULL REFERENCES person_child (id) ON DELETE CASCADE,
  language     TEXT NOT NULL,
  PRIMARY KEY (person_child, language)
);
