-- A request whose question carries special-category data (health, sexual life, ethnic origin,
-- religion, criminal matters) leaves only after a national focal point other than its author
-- has reviewed it.
ALTER TABLE crossborder_request ADD COLUMN special_category BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE crossborder_request ADD COLUMN reviewed_by UUID;
ALTER TABLE crossborder_request ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crossborder_request ADD COLUMN review_note TEXT;
-- A missing-child alert sent to several nodes at once: the requests share this id.
ALTER TABLE crossborder_request ADD COLUMN alert_id UUID;
