-- What a personal-account portal may read to verify a subscriber's login:
-- the card's uid, login, Argon2id PHC hash (NULL: no password), whether it
-- is archived (0/1) and its display name; nothing else of the card. On
-- PostgreSQL `abonent db grant-portal ROLE` gives a role this view alone.
CREATE VIEW portal_accounts AS
    SELECT uid, login, password_hash, archived, display_name
    FROM subscribers
    WHERE login IS NOT NULL;
