-- FTS5 keeps the terms of pending writes in memory and writes them out as a
-- new segment whenever they outgrow `hashsize` (default 1 MiB), then merges
-- segments. An import batch indexes ~20,000 cards at once: with 16 MiB it
-- writes one segment per batch instead of a dozen, and merges less.
-- Stored in the index's own config table, so every connection uses it.
INSERT INTO subscriber_search (subscriber_search, rank) VALUES ('hashsize', 16777216);
