-- What a referrer may know from a document: the child's date of birth and nationalities (ISO 3166 codes, comma-separated).
ALTER TABLE intake_referral ADD COLUMN date_of_birth DATE;
ALTER TABLE intake_referral ADD COLUMN nationalities TEXT;

-- The statistics look up the referral a case was opened from.
CREATE INDEX intake_referral_case_idx ON intake_referral (case_id, submitted_at) WHERE status = 'ACCEPTED';
