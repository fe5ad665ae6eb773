-- Operator-defined extra fields, their values on cards, the employees of
-- legal and ip cards, and contracts with their end-notice marks.

-- One row per defined field; `kinds` and `enum_values` are comma lists.
CREATE TABLE extra_fields (
    name        TEXT PRIMARY KEY,
    label       TEXT,
    type        TEXT NOT NULL CHECK (type IN ('string', 'integer', 'decimal', 'date', 'bool', 'enum')),
    enum_values TEXT,
    required    INTEGER NOT NULL DEFAULT 0,
    kinds       TEXT NOT NULL,
    pattern     TEXT,
    created_at  TEXT NOT NULL
);

-- Values in their normalised text form (integers and decimals with a dot,
-- dates YYYY-MM-DD, bools true/false), so `list --extra` compares text.
CREATE TABLE extra_values (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, name)
);
CREATE INDEX extra_values_name_value ON extra_values (name, value);

CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    last_name     TEXT NOT NULL,
    first_name    TEXT NOT NULL,
    middle_name   TEXT,
    position      TEXT,
    email         TEXT,
    phone         TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX employees_subscriber ON employees (subscriber_id);

-- `notified_valid_to` is the valid_to a contract-end notice was sent for
-- (`notify contracts-ending --mark-sent`); moving valid_to re-arms it.
CREATE TABLE contracts (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    subscriber_id     INTEGER NOT NULL REFERENCES subscribers (id),
    signed_on         TEXT,
    valid_to          TEXT,
    closed_on         TEXT,
    notified_valid_to TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX contracts_subscriber ON contracts (subscriber_id);
CREATE INDEX contracts_open_valid_to ON contracts (valid_to) WHERE closed_on IS NULL;
