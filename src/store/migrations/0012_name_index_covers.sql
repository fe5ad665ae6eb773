-- Nothing changes on SQLite: its name index already leads to the card's
-- id (the rowid), and a search walking the names checks each card there.
-- PostgreSQL's 0012 makes its name index carry the id and the archived
-- flag, so that walk reads no table row (src/store/postgres/migrations/).
SELECT 1;
