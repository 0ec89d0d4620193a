-- The family assessment's conclusion, confirmed: the family was not involved and can protect the child.
ALTER TABLE bestinterests_return_plan ADD COLUMN family_can_protect BOOLEAN;
