-- Photos and documents sent with a referral. Name and content are encrypted (content bound to the row's id).
CREATE TABLE intake_referral_attachment
(
  id         UUID PRIMARY KEY,
  referral   UUID    NOT NULL REFERENCES intake_referral (id) ON DELETE CASCADE,
  file_name  TEXT    NOT NULL,
  media_type TEXT    NOT NULL,
  size_bytes INT     NOT NULL,
  content    BYTEA   NOT NULL,
  added_by   UUID    NOT NULL, -- owned by access
  added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_referral_attachment_referral_idx ON intake_referral_attachment (referral, added_at);
