-- Personal data (152-ФЗ, `subscriber forget`): the day a card's personal
-- data was destroyed (a tombstone: the import leaves it alone, an edit is
-- refused), extra fields marked personal, and the acts of destruction,
-- kept so they can be listed and printed again.
ALTER TABLE subscribers ADD COLUMN forgotten_on TEXT;
ALTER TABLE extra_fields ADD COLUMN personal INTEGER NOT NULL DEFAULT 0;
CREATE TABLE privacy_acts (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    subscriber_id INTEGER NOT NULL,
    text          TEXT NOT NULL
);
CREATE INDEX privacy_acts_subscriber ON privacy_acts (subscriber_id);
