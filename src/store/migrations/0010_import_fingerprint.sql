-- What the 1C row looked like when the import last wrote or compared the
-- card: a 16-byte hash of the row's mapped fields and of everything that
-- shapes the result (settings, extra field definitions, --type-default,
-- the program's version). Set only by the import; every other write of a
-- card sets it NULL, so a card an admin changed is compared in full again.
ALTER TABLE subscribers ADD COLUMN import_fp BLOB;
