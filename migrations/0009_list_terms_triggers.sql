-- The list filters' terms (see claim_terms and conflict_terms in src/store/sqlite/schema.ts), kept
-- in step with claims and conflicts by triggers, and written once here for rows stored before.
-- A claim's measure and entities come from its metric's proposition (a metric row never changes
-- once written); its years are every calendar year from its period's start to its end.
CREATE TRIGGER `claim_terms_ai` AFTER INSERT ON `claims` BEGIN
  INSERT OR IGNORE INTO `claim_terms` (term, source_id, quote_start, claim_id)
    SELECT 'measure:' || m.measure, new.source_id, new.quote_start, new.id FROM metrics m WHERE m.key = new.metric AND m.measure IS NOT NULL
    UNION SELECT 'entity:' || m.counterpart, new.source_id, new.quote_start, new.id FROM metrics m WHERE m.key = new.metric AND m.counterpart IS NOT NULL
    UNION SELECT 'entity:' || j.value, new.source_id, new.quote_start, new.id FROM metrics m, json_each(m.subject) j WHERE m.key = new.metric
    UNION SELECT 'year:' || r.y, new.source_id, new.quote_start, new.id FROM (
      WITH RECURSIVE r(y) AS (
        SELECT CAST(substr(new.period_start, 1, 4) AS INTEGER) WHERE new.period_start IS NOT NULL AND new.period_end IS NOT NULL
        UNION ALL SELECT y + 1 FROM r WHERE y < CAST(substr(new.period_end, 1, 4) AS INTEGER)
      ) SELECT y FROM r
    ) r;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_terms_ad` AFTER DELETE ON `claims` BEGIN
  DELETE FROM `claim_terms` WHERE claim_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_terms_au` AFTER UPDATE OF id, source_id, quote_start, metric, period_start, period_end ON `claims` BEGIN
  DELETE FROM `claim_terms` WHERE claim_id = old.id;
  INSERT OR IGNORE INTO `claim_terms` (term, source_id, quote_start, claim_id)
    SELECT 'measure:' || m.measure, new.source_id, new.quote_start, new.id FROM metrics m WHERE m.key = new.metric AND m.measure IS NOT NULL
    UNION SELECT 'entity:' || m.counterpart, new.source_id, new.quote_start, new.id FROM metrics m WHERE m.key = new.metric AND m.counterpart IS NOT NULL
    UNION SELECT 'entity:' || j.value, new.source_id, new.quote_start, new.id FROM metrics m, json_each(m.subject) j WHERE m.key = new.metric
    UNION SELECT 'year:' || r.y, new.source_id, new.quote_start, new.id FROM (
      WITH RECURSIVE r(y) AS (
        SELECT CAST(substr(new.period_start, 1, 4) AS INTEGER) WHERE new.period_start IS NOT NULL AND new.period_end IS NOT NULL
        UNION ALL SELECT y + 1 FROM r WHERE y < CAST(substr(new.period_end, 1, 4) AS INTEGER)
      ) SELECT y FROM r
    ) r;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_terms_ai` AFTER INSERT ON `conflicts` BEGIN
  INSERT OR IGNORE INTO `conflict_terms` (term, conflict_id)
    SELECT 'measure:' || m.measure, new.id FROM metrics m WHERE m.key = new.metric AND m.measure IS NOT NULL
    UNION SELECT 'entity:' || m.counterpart, new.id FROM metrics m WHERE m.key = new.metric AND m.counterpart IS NOT NULL
    UNION SELECT 'entity:' || j.value, new.id FROM metrics m, json_each(m.subject) j WHERE m.key = new.metric
    UNION SELECT 'year:' || r.y, new.id FROM (
      WITH RECURSIVE r(y) AS (
        SELECT CAST(substr(new.period_start, 1, 4) AS INTEGER) WHERE new.period_start IS NOT NULL AND new.period_end IS NOT NULL
        UNION ALL SELECT y + 1 FROM r WHERE y < CAST(substr(new.period_end, 1, 4) AS INTEGER)
      ) SELECT y FROM r
    ) r;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_terms_ad` AFTER DELETE ON `conflicts` BEGIN
  DELETE FROM `conflict_terms` WHERE conflict_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_terms_au` AFTER UPDATE OF id, metric, period_start, period_end ON `conflicts` BEGIN
  DELETE FROM `conflict_terms` WHERE conflict_id = old.id;
  INSERT OR IGNORE INTO `conflict_terms` (term, conflict_id)
    SELECT 'measure:' || m.measure, new.id FROM metrics m WHERE m.key = new.metric AND m.measure IS NOT NULL
    UNION SELECT 'entity:' || m.counterpart, new.id FROM metrics m WHERE m.key = new.metric AND m.counterpart IS NOT NULL
    UNION SELECT 'entity:' || j.value, new.id FROM metrics m, json_each(m.subject) j WHERE m.key = new.metric
    UNION SELECT 'year:' || r.y, new.id FROM (
      WITH RECURSIVE r(y) AS (
        SELECT CAST(substr(new.period_start, 1, 4) AS INTEGER) WHERE new.period_start IS NOT NULL AND new.period_end IS NOT NULL
        UNION ALL SELECT y + 1 FROM r WHERE y < CAST(substr(new.period_end, 1, 4) AS INTEGER)
      ) SELECT y FROM r
    ) r;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `claim_terms`
  SELECT 'measure:' || m.measure, x.source_id, x.quote_start, x.id FROM `claims` x JOIN metrics m ON m.key = x.metric WHERE m.measure IS NOT NULL
  UNION ALL SELECT 'entity:' || m.counterpart, x.source_id, x.quote_start, x.id FROM `claims` x JOIN metrics m ON m.key = x.metric WHERE m.counterpart IS NOT NULL
  UNION ALL SELECT 'entity:' || j.value, x.source_id, x.quote_start, x.id FROM `claims` x JOIN metrics m ON m.key = x.metric, json_each(m.subject) j
  UNION ALL SELECT 'year:' || (CAST(substr(x.period_start, 1, 4) AS INTEGER) + o.k), x.source_id, x.quote_start, x.id FROM `claims` x JOIN (
    WITH RECURSIVE o(k) AS (
      SELECT 0 UNION ALL SELECT k + 1 FROM o WHERE k < (
        SELECT max(CAST(substr(period_end, 1, 4) AS INTEGER) - CAST(substr(period_start, 1, 4) AS INTEGER)) FROM `claims`
      )
    ) SELECT k FROM o
  ) o ON o.k <= CAST(substr(x.period_end, 1, 4) AS INTEGER) - CAST(substr(x.period_start, 1, 4) AS INTEGER)
  WHERE x.period_start IS NOT NULL AND x.period_end IS NOT NULL
  ORDER BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT OR IGNORE INTO `conflict_terms`
  SELECT 'measure:' || m.measure, x.id FROM `conflicts` x JOIN metrics m ON m.key = x.metric WHERE m.measure IS NOT NULL
  UNION ALL SELECT 'entity:' || m.counterpart, x.id FROM `conflicts` x JOIN metrics m ON m.key = x.metric WHERE m.counterpart IS NOT NULL
  UNION ALL SELECT 'entity:' || j.value, x.id FROM `conflicts` x JOIN metrics m ON m.key = x.metric, json_each(m.subject) j
  UNION ALL SELECT 'year:' || (CAST(substr(x.period_start, 1, 4) AS INTEGER) + o.k), x.id FROM `conflicts` x JOIN (
    WITH RECURSIVE o(k) AS (
      SELECT 0 UNION ALL SELECT k + 1 FROM o WHERE k < (
        SELECT max(CAST(substr(period_end, 1, 4) AS INTEGER) - CAST(substr(period_start, 1, 4) AS INTEGER)) FROM `conflicts`
      )
    ) SELECT k FROM o
  ) o ON o.k <= CAST(substr(x.period_end, 1, 4) AS INTEGER) - CAST(substr(x.period_start, 1, 4) AS INTEGER)
  WHERE x.period_start IS NOT NULL AND x.period_end IS NOT NULL
  ORDER BY 1, 2;
