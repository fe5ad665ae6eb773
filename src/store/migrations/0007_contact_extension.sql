-- A phone's extension (доб. 139), kept beside its E.164 number; NULL for
-- e-mails and for numbers without one.
ALTER TABLE contacts ADD COLUMN extension TEXT;
