-- The subscriber card and everything it refers to.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Named counters for login and contract numbers; bumped inside the writer's
-- IMMEDIATE transaction so two writers never draw the same value.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE managers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    phone TEXT
);

CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT
);

CREATE TABLE subscribers (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,
    type              TEXT NOT NULL CHECK (type IN ('legal', 'ip', 'person')),
    category          TEXT NOT NULL,
    display_name      TEXT NOT NULL,
    name              TEXT,
    full_name         TEXT,
    last_name         TEXT,
    first_name        TEXT,
    middle_name       TEXT,
    inn               TEXT,
    kpp               TEXT,
    ogrn              TEXT,
    ogrnip            TEXT,
    okpo              TEXT,
    okato             TEXT,
    oktmo             TEXT,
    okved             TEXT,
    director          TEXT,
    director_post     TEXT,
    login             TEXT UNIQUE,
    password_hash     TEXT,
    archived          INTEGER NOT NULL DEFAULT 0,
    delivery_method   TEXT,
    delivery_address  TEXT,
    edo_id            TEXT,
    manager_id        INTEGER REFERENCES managers (id),
    bank_name         TEXT,
    bank_bik          TEXT,
    bank_account      TEXT,
    bank_corr_account TEXT,
    doc_type          TEXT,
    doc_series        TEXT,
    doc_number        TEXT,
    doc_issued_by     TEXT,
    doc_issued_on     TEXT,
    doc_division_code TEXT,
    birth_date        TEXT,
    birth_place       TEXT,
    onec_id           TEXT,
    onec_code         TEXT,
    comment           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE INDEX subscribers_inn ON subscribers (inn);
CREATE INDEX subscribers_display_name ON subscribers (display_name);
CREATE INDEX subscribers_onec_id ON subscribers (onec_id);
CREATE INDEX subscribers_onec_code ON subscribers (onec_code);
CREATE INDEX subscribers_manager ON subscribers (manager_id);
-- Backstop for the core's uniqueness rule: one active card per INN+KPP
-- (branches of a company differ by KPP; ip and person cards have no KPP).
CREATE UNIQUE INDEX subscribers_active_inn_kpp
    ON subscribers (inn, coalesce(kpp, ''))
    WHERE archived = 0 AND inn IS NOT NULL;

CREATE TABLE addresses (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, kind)
);

CREATE TABLE subscriber_groups (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    group_id      INTEGER NOT NULL REFERENCES groups (id),
    PRIMARY KEY (subscriber_id, group_id)
);
CREATE INDEX subscriber_groups_group ON subscriber_groups (group_id);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value         TEXT NOT NULL,
    confirmed     INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL
);
CREATE INDEX contacts_subscriber ON contacts (subscriber_id);

CREATE TABLE history (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    subscriber_id INTEGER,
    action        TEXT NOT NULL,
    field         TEXT,
    old_value     TEXT,
    new_value     TEXT
);
CREATE INDEX history_subscriber ON history (subscriber_id);

-- Search text: display name, full name, INN, login, e-mails and phones,
-- lower-cased with ё folded to е by the core; rowid = subscribers.id.
CREATE VIRTUAL TABLE subscriber_search USING fts5 (body, tokenize = 'trigram case_sensitive 1');
