-- The list filters' terms (see claim_terms and conflict_terms in src/store/postgres/schema.ts),
-- kept in step with claims and conflicts by triggers, and written once here for rows stored
-- before. A row's measure and entities come from its metric's proposition (a metric row never
-- changes once written); its years are every calendar year from its period's start to its end.
CREATE FUNCTION list_terms_of(metric text, period_start text, period_end text) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
  SELECT 'measure:' || m.measure FROM metrics m WHERE m.key = metric AND m.measure IS NOT NULL
  UNION SELECT 'entity:' || m.counterpart FROM metrics m WHERE m.key = metric AND m.counterpart IS NOT NULL
  UNION SELECT 'entity:' || s.value FROM metrics m CROSS JOIN LATERAL jsonb_array_elements_text(m.subject) s(value)
    WHERE m.key = metric AND jsonb_typeof(m.subject) = 'array'
  UNION SELECT 'year:' || y FROM generate_series(
    CASE WHEN period_start ~ '^[0-9]{4}' AND period_end ~ '^[0-9]{4}' THEN substr(period_start, 1, 4)::int END,
    CASE WHEN period_start ~ '^[0-9]{4}' AND period_end ~ '^[0-9]{4}' THEN substr(period_end, 1, 4)::int END
  ) y
$$;
--> statement-breakpoint
CREATE FUNCTION claim_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM claim_terms WHERE claim_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO claim_terms (term, source_id, quote_start, claim_id)
      SELECT t, NEW.source_id, NEW.quote_start, NEW.id FROM list_terms_of(NEW.metric, NEW.period_start, NEW.period_end) t
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claim_terms_sync AFTER INSERT OR DELETE OR UPDATE OF id, source_id, quote_start, metric, period_start, period_end ON claims
  FOR EACH ROW EXECUTE FUNCTION claim_terms_sync();
--> statement-breakpoint
CREATE FUNCTION conflict_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM conflict_terms WHERE conflict_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO conflict_terms (term, conflict_id)
      SELECT t, NEW.id FROM list_terms_of(NEW.metric, NEW.period_start, NEW.period_end) t
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER conflict_terms_sync AFTER INSERT OR DELETE OR UPDATE OF id, metric, period_start, period_end ON conflicts
  FOR EACH ROW EXECUTE FUNCTION conflict_terms_sync();
--> statement-breakpoint
INSERT INTO claim_terms (term, source_id, quote_start, claim_id)
  SELECT t, c.source_id, c.quote_start, c.id FROM claims c CROSS JOIN LATERAL list_terms_of(c.metric, c.period_start, c.period_end) t
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO conflict_terms (term, conflict_id)
  SELECT t, c.id FROM conflicts c CROSS JOIN LATERAL list_terms_of(c.metric, c.period_start, c.period_end) t
  ON CONFLICT DO NOTHING;
