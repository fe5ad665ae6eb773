-- Most cards have no 1C id, no manager, and persons often no INN: index
-- only the rows that have the value, so inserting such a card touches
-- fewer B-trees (a lookup by `x = ?` can use an index `WHERE x IS NOT NULL`).
DROP INDEX subscribers_inn;
DROP INDEX subscribers_onec_id;
DROP INDEX subscribers_onec_code;
DROP INDEX subscribers_manager;
CREATE INDEX subscribers_inn ON subscribers (inn) WHERE inn IS NOT NULL;
CREATE INDEX subscribers_onec_id ON subscribers (onec_id) WHERE onec_id IS NOT NULL;
CREATE INDEX subscribers_onec_code ON subscribers (onec_code) WHERE onec_code IS NOT NULL;
CREATE INDEX subscribers_manager ON subscribers (manager_id) WHERE manager_id IS NOT NULL;
