-- A received request a focal point sent on to another node (the child may be there): the new
-- outgoing request names the one it came from, and its answer goes back to the first asker.
ALTER TABLE crossborder_request ADD COLUMN forwarded_from UUID;
-- On the asker's side: the node its request was forwarded to.
ALTER TABLE crossborder_request ADD COLUMN forwarded_to TEXT;
