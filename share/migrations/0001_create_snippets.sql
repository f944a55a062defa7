-- Snippets shared from the playground. The id is derived from the content
-- (see share.ID), so a row never changes once written.
CREATE TABLE IF NOT EXISTS snippets (
  id         TEXT PRIMARY KEY,
  lang       TEXT NOT NULL,
  python     TEXT NOT NULL DEFAULT '',
  code       TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
