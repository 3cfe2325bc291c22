-- A new claim's list terms are written by the store with the claims of its source, in one
-- statement for all of them (src/store/sqlite/claims.ts), not by a trigger per claim row: the
-- trigger's compound select cost about four times the claim's own insert. The update and delete
-- triggers stay, and the statement derives the same terms as they do.
DROP TRIGGER IF EXISTS `claim_terms_ai`;
