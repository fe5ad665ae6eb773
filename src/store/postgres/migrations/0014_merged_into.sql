-- A card merged into another (`subscriber merge KEEP OTHER`): OTHER is
-- archived and points at KEEP, so a REF to OTHER's login or uid and the
-- 1C import's match of OTHER's counterparty reach KEEP. NULL on every
-- card never merged.
ALTER TABLE subscribers ADD COLUMN merged_into BIGINT;
