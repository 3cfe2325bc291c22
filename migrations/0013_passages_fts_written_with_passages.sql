-- A new passage is added to the full-text index by the store with the other passages of its
-- source, in one statement for all of them (src/store/sqlite/passages.ts), not by a trigger per
-- passage row: the trigger cost more than twice the passage's own insert. The update and delete
-- triggers stay, and the index holds the same entries.
DROP TRIGGER IF EXISTS `passages_fts_ai`;
