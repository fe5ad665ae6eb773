-- The 1C import looks every row's card up by INN (with KPP), 1C code or
-- 1C id and needs only its id, whether it is archived and the fingerprint
-- of the row it was last imported from. With those in the indexes, the
-- nightly re-import's lookups read the indexes alone (a few megabytes that
-- stay in the page cache) instead of one random page of the table per row.
DROP INDEX subscribers_inn;
DROP INDEX subscribers_onec_id;
DROP INDEX subscribers_onec_code;
CREATE INDEX subscribers_inn ON subscribers (inn, kpp, archived, import_fp) WHERE inn IS NOT NULL;
CREATE INDEX subscribers_onec_id ON subscribers (onec_id, archived, import_fp) WHERE onec_id IS NOT NULL;
CREATE INDEX subscribers_onec_code ON subscribers (onec_code, archived, import_fp) WHERE onec_code IS NOT NULL;
