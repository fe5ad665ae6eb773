-- The floor of the import benchmark (bench/import.sh): what SQLite itself
-- needs to write the rows of a 1C list export into abonent's own schema
-- (FTS5 trigram search index, a history row per card, contacts, addresses,
-- the indexes), with no checks at all: no INN/KPP checksums, no uniqueness
-- lookups, no foreign keys, no per-row statements. Run by the sqlite3 shell
-- on a copy of an empty abonent database (created and migrated by abonent).
--
-- import.sh fills in two paths (the shell's .import takes them literally):
--   @CSV@   the UTF-8 export, `;`-separated, with a header row;
--   @NOTE@  the file abonent names in its history entries (the cp1251 one).
-- Cards get ids 1..N in file order: the database starts empty.

-- The connection as abonent's import sets it up (src/store/mod.rs):
-- WAL, synchronous NORMAL, 8 MiB page cache, a checkpoint once the WAL
-- holds 16,384 pages. foreign_keys stays off (abonent turns it on).
.output /dev/null
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -8192;
PRAGMA wal_autocheckpoint = 16384;
.output

-- The rows as they are, into a temp table with short column names
-- (header: Наименование;Полное наименование;Код;ИНН;КПП;Юр. / физ. лицо;
-- Юридический адрес;Телефон;Электронная почта).
CREATE TEMP TABLE src (name, full_name, code, inn, kpp, form, address, phone, email);
.mode csv
.separator ;
.import --skip 1 --schema temp @CSV@ src

-- The card fields, derived as abonent stores them (still in temp):
-- type from the legal-form column, else the INN length, ip by the «ИП»
-- prefix; name and full name kept for legal entities only; for ip and
-- person the name split into surname, first name, patronymic (assumes
-- «Surname Name Patronymic», as gen_1c writes); phones as E.164
-- (8 (9xx) xxx-xx-xx -> +79xxxxxxxxx); empty cells as NULL.
CREATE TEMP TABLE card AS
WITH r AS (
  SELECT rowid AS id, *,
         CASE WHEN form = 'Юридическое лицо' OR length(inn) = 10 THEN 'legal'
              WHEN substr(name, 1, 3) = 'ИП ' THEN 'ip'
              ELSE 'person' END AS type,
         CASE WHEN substr(name, 1, 3) = 'ИП ' THEN substr(name, 4) ELSE name END AS fio
  FROM src
), s AS (
  SELECT *, substr(fio, instr(fio, ' ') + 1) AS fio2 FROM r
)
SELECT id, type, name AS display_name,
       iif(type = 'legal', name, NULL) AS name,
       iif(type = 'legal', nullif(full_name, ''), NULL) AS full_name,
       iif(type = 'legal', NULL, substr(fio, 1, instr(fio, ' ') - 1)) AS last_name,
       iif(type = 'legal', NULL, substr(fio2, 1, instr(fio2, ' ') - 1)) AS first_name,
       iif(type = 'legal', NULL, substr(fio2, instr(fio2, ' ') + 1)) AS middle_name,
       nullif(inn, '') AS inn,
       iif(type = 'legal', nullif(kpp, ''), NULL) AS kpp,
       printf('u%06d', id) AS login,
       nullif(code, '') AS onec_code,
       nullif(address, '') AS address,
       nullif(email, '') AS email,
       '+7' || substr(nullif(replace(replace(replace(replace(phone, ' ', ''), '(', ''), ')', ''), '-', ''), ''), 2) AS phone
FROM s;

-- abonent's timestamp: one per import, UTC, to the second; and the same
-- instant in Unix milliseconds, for the uids.
CREATE TEMP TABLE stamp AS
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now') AS at,
       CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms;

BEGIN;

-- uid: abonent draws a UUIDv7 (time-ordered, so each lands at the end of
-- the uid index); here the same 36 characters: the 48-bit millisecond
-- timestamp, version 7, then the card id where v7 has random bits.
INSERT INTO subscribers (id, uid, type, category, display_name, name, full_name,
                         last_name, first_name, middle_name, inn, kpp, login,
                         onec_code, created_at, updated_at)
SELECT id,
       printf('%08x-%04x-7000-8000-%012x', ms >> 16, ms & 0xffff, id),
       type, 'subscriber', display_name, name, full_name,
       last_name, first_name, middle_name, inn, kpp, login,
       onec_code, at, at
FROM card, stamp ORDER BY id;

-- The login counter abonent bumps per card.
INSERT INTO counters (name, value) VALUES ('login', (SELECT max(id) FROM card))
  ON CONFLICT (name) DO UPDATE SET value = excluded.value;

-- E-mail first (position 0), then phone; imported contacts are confirmed.
INSERT INTO contacts (subscriber_id, kind, value, confirmed, position)
SELECT id, kind, value, 1, pos FROM (
  SELECT id, 'email' AS kind, email AS value, 0 AS pos FROM card WHERE email IS NOT NULL
  UNION ALL
  SELECT id, 'phone', phone, email IS NOT NULL FROM card WHERE phone IS NOT NULL
) ORDER BY id, pos;

INSERT INTO addresses (subscriber_id, kind, text)
SELECT id, 'legal', address FROM card WHERE address IS NOT NULL ORDER BY id;

-- One entry per card; abonent's actor is $USER or 'unknown'.
INSERT INTO history (at, actor, subscriber_id, action, new_value)
SELECT at, 'unknown', id, 'import.create', '@NOTE@'
FROM card, stamp ORDER BY id;

-- The search text, rowid = card id, in id order as abonent's flush writes
-- it: display name | full name | INN | login | e-mail | phone, folded.
-- SQLite's lower() folds ASCII only (abonent folds Cyrillic too and ё to е);
-- the text has the same length in bytes either way.
INSERT INTO subscriber_search (rowid, body)
SELECT id, replace(lower(display_name
                         || coalesce(' | ' || full_name, '')
                         || coalesce(' | ' || inn, '')
                         || ' | ' || login
                         || coalesce(' | ' || email, '')
                         || coalesce(' | ' || phone, '')), 'ё', 'е')
FROM card ORDER BY id;

COMMIT;
