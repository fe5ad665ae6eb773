-- A legal or ip card's status at the tax register as DaData last gave it
-- (`subscriber check-status`): the value (ACTIVE, LIQUIDATING, LIQUIDATED,
-- BANKRUPT, REORGANIZING, or NOT_FOUND when DaData had no such party), the
-- day it was asked (YYYY-MM-DD) and the day DaData gives for the status
-- (its liquidation, registration or last-change date). Written only by
-- check-status, never by a card's edit or the 1C import; all NULL on a
-- card never checked.
ALTER TABLE subscribers ADD COLUMN status TEXT COLLATE "C";
ALTER TABLE subscribers ADD COLUMN status_checked_on TEXT COLLATE "C";
ALTER TABLE subscribers ADD COLUMN status_since TEXT COLLATE "C";
