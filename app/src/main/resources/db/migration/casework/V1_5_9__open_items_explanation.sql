-- What was left open when a case closed, and why: kept with the case (encrypted), not in the audit log.
ALTER TABLE casework_case ADD COLUMN open_items_explanation TEXT;
