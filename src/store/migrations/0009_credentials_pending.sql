-- A card whose new password is waiting to reach its subscriber: set in the
-- transaction that stores the password's hash for a delivery (`email`,
-- `sms`, `print`), cleared when the delivery succeeds. A failed send or a
-- crash between the commit and the send leaves it, for
-- `subscriber list --credentials-pending` and `send-credentials --pending`.
ALTER TABLE subscribers ADD COLUMN credentials_pending TEXT;
CREATE INDEX subscribers_credentials_pending ON subscribers (id)
    WHERE credentials_pending IS NOT NULL;
