-- The read log (setting `privacy.log_reads`): who read which person's or
-- sole trader's full card (`subscriber show`, `export`) and when, one entry
-- per command, with the cards it read.
CREATE TABLE read_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    command TEXT NOT NULL,
    cards   INTEGER NOT NULL
);
CREATE TABLE read_log_cards (
    rowid         INTEGER PRIMARY KEY,
    entry_id      INTEGER NOT NULL REFERENCES read_log (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL
);
CREATE INDEX read_log_cards_subscriber ON read_log_cards (subscriber_id, entry_id);
CREATE INDEX read_log_cards_entry ON read_log_cards (entry_id);
