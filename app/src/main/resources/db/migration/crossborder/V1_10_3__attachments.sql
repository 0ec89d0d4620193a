-- Files carried with a request (a photo, a birth certificate): name encrypted, content sealed.
CREATE TABLE crossborder_attachment
(
  id         UUID PRIMARY KEY,
  request_id UUID NOT NULL REFERENCES crossborder_request (id),
  file_name  TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INT NOT NULL,
  content    BYTEA NOT NULL
);
CREATE INDEX crossborder_attachment_request ON crossborder_attachment (request_id);
