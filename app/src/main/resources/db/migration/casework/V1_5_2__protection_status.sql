-- The last screening decision, on the case itself, so every team member (police and prosecutors too) sees it.
ALTER TABLE casework_case ADD COLUMN protection_status TEXT NOT NULL DEFAULT 'NONE';
