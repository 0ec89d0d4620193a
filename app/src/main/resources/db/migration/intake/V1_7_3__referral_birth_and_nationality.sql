-- What a referrer may know from a document: the child's date of birth and nationalities (ISO 3166 codes, comma-separated).
ALTER TABLE intake_referral ADD COLUMN date_of_birth DATE;
ALTER TABLE intake_referral ADD COLUMN nationalities TEXT;
