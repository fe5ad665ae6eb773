-- A counterparty registered outside the registry's country: its country
-- (ISO 3166-1 alpha-2; NULL = the registry's own) and its foreign tax
-- number, kept as written.
ALTER TABLE subscribers ADD COLUMN country TEXT;
ALTER TABLE subscribers ADD COLUMN tax_id TEXT;
