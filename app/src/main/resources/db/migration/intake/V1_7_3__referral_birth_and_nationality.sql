-- What a referrer may know from a document: the child's date of birth and nationalities (ISO 3166 codes, comma-separated).
ALTER TABLE intake_referral ADD COLUMN date_of_birth DATE;
ALTER TABLE intake_referral ADD COLUMN nationalities TEXT;

-- When a referral was accepted (for HTCDS cas_IncomingReferralDate); the statistics look up the referral a case came from.
ALTER TABLE intake_referral ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX intake_referral_case_idx ON intake_referral (case_id, accepted_at) WHERE status = 'ACCEPTED';
