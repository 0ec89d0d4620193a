-- A closed case anonymised under the retention rules: what was written about the child is gone;
-- the dates, status and protection status stay for the statistics.
ALTER TABLE casework_case ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
