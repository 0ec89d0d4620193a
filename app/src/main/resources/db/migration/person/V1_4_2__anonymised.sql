-- A child's record anonymised under the retention rules: names gone, date of birth to the year.
ALTER TABLE person_child ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
