-- DaData answers kept as they came, so a repeated lookup needs no request.
-- The key is what was asked: the call (party or bank), the INN or BIK, and
-- the KPP and branch type filters ('' when not given). The core decides how
-- long an answer stays good (setting dadata.cache_days).
CREATE TABLE dadata_cache (
    kind       TEXT NOT NULL,
    query      TEXT NOT NULL,
    kpp        TEXT NOT NULL DEFAULT '',
    branch     TEXT NOT NULL DEFAULT '',
    answer     TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (kind, query, kpp, branch)
);
