-- The day a person or sole trader consented to the processing of their
-- personal data (152-ФЗ): `--consent-on`, a 1C column, usable in
-- `required.person` / `required.ip`; erased by `subscriber forget`.
ALTER TABLE subscribers ADD COLUMN consent_on TEXT;
