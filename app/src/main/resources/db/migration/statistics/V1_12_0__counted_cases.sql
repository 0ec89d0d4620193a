-- Where each case is counted (statistics.Counting): one row per case, indicator and calendar year,
-- with its row by each breakdown. Kept current as cases change and counted anew each night.
CREATE TABLE statistics_counted
(
  indicator     VARCHAR(40)  NOT NULL,
  year          SMALLINT     NOT NULL,
  case_id       UUID         NOT NULL,
  month         VARCHAR(7)   NOT NULL,
  sex           VARCHAR(20)  NOT NULL,
  age_band      VARCHAR(10)  NOT NULL,
  citizenship   VARCHAR(20)  NOT NULL,
  region        TEXT         NOT NULL,
  referred_by   VARCHAR(40)  NOT NULL,
  nationalities TEXT[]       NOT NULL,
  forms         TEXT[]       NOT NULL,
  PRIMARY KEY (indicator, year, case_id)
);
CREATE INDEX statistics_counted_case_idx ON statistics_counted (case_id);

-- The last time every case was counted, and by which version of the definitions.
CREATE TABLE statistics_count_run
(
  id         SMALLINT    PRIMARY KEY CHECK (id = 1),
  definition INT         NOT NULL,
  counted_at TIMESTAMPTZ NOT NULL
);

-- How many cases each row of each table counts: kept with statistics_counted, so that a table is read, not counted.
CREATE TABLE statistics_cell
(
  indicator VARCHAR(40)  NOT NULL,
  year      SMALLINT     NOT NULL,
  breakdown VARCHAR(30)  NOT NULL,
  row_label TEXT         NOT NULL,
  cases     BIGINT       NOT NULL,
  PRIMARY KEY (indicator, year, breakdown, row_label)
);
