-- Progress of an import that commits in batches. `key` is a checksum of
-- the file's bytes and the options that shape the outcome; `rows_done`
-- counts the reader's items (records and skipped folder rows) whose
-- batches are committed. A run that ends deletes its row, so a row left
-- here is an interrupted run that the same file, imported again, resumes.
CREATE TABLE import_runs (
    key TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    started_at TEXT NOT NULL,
    rows_done INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
