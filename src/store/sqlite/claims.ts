import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { claims, metrics } from './schema.js';
import type { Claim } from '../../schemas/claims.js';
import { propositionOf, searchWords, toClaim } from '../mapping.js';
import type { Proposition } from '../types.js';
import { manyInserter, preparedStatement } from './raw-insert.js';

export type ClaimRow = typeof claims.$inferSelect;

/** The propositions of the given metric keys, in one query. */
export function propositionsByKey(db: Db, keys: Array<string | null>): Map<string, Proposition | null> {
  const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
  const out = new Map<string, Proposition | null>();
  for (let i = 0; i < wanted.length; i += 500) {
    for (const row of db
      .select()
      .from(metrics)
      .where(inArray(metrics.key, wanted.slice(i, i + 500)))
      .all())
      out.set(row.key, propositionOf(row));
  }
  return out;
}

export function withPropositions(db: Db, rows: ClaimRow[]): Claim[] {
  const props = propositionsByKey(
    db,
    rows.map((r) => r.metric),
  );
  return rows.map((r) => toClaim(r, r.metric ? (props.get(r.metric) ?? null) : null));
}

/**
 * Turns any user string into a safe FTS5 query: every word becomes a quoted string (all must
 * match), so operators, quotes and column filters in the input are searched as plain text.
 */
export function toFtsQuery(input: string): string | null {
  return (
    searchWords(input)
      ?.map((w) => `"${w}"`)
      .join(' ') ?? null
  );
}

export function claimRowsByIds(db: Db, ids: string[]): ClaimRow[] {
  if (ids.length === 0) return [];
  return db.select().from(claims).where(inArray(claims.id, ids)).all();
}

/**
 * The list terms (claim_terms) of the claims with the given ids, as the claims' update trigger
 * derives them (migrations/0009_list_terms_triggers.sql): the measure and the entities of the
 * claim's metric, and every calendar year from its period's start to its end (the start's year
 * alone when the end's is earlier). One statement for a source's claims costs about a third of
 * what an insert trigger cost running the same select once per claim row.
 */
const CLAIM_TERMS_OF_IDS = `WITH ids(id) AS (SELECT value FROM json_each(?)),
  x AS (SELECT c.id, c.source_id, c.quote_start, c.metric, c.period_start, c.period_end FROM ids JOIN claims c ON c.id = ids.id)
INSERT OR IGNORE INTO claim_terms (term, source_id, quote_start, claim_id)
  SELECT 'measure:' || m.measure, x.source_id, x.quote_start, x.id FROM x JOIN metrics m ON m.key = x.metric WHERE m.measure IS NOT NULL
  UNION ALL SELECT 'entity:' || m.counterpart, x.source_id, x.quote_start, x.id FROM x JOIN metrics m ON m.key = x.metric WHERE m.counterpart IS NOT NULL
  UNION ALL SELECT 'entity:' || j.value, x.source_id, x.quote_start, x.id FROM x JOIN metrics m ON m.key = x.metric, json_each(m.subject) j
  UNION ALL SELECT 'year:' || (CAST(substr(x.period_start, 1, 4) AS INTEGER) + o.k), x.source_id, x.quote_start, x.id FROM x JOIN (
    WITH RECURSIVE o(k) AS (
      SELECT 0 UNION ALL SELECT k + 1 FROM o WHERE k < (
        SELECT max(CAST(substr(period_end, 1, 4) AS INTEGER) - CAST(substr(period_start, 1, 4) AS INTEGER)) FROM x
      )
    ) SELECT k FROM o
  ) o ON o.k <= max(0, CAST(substr(x.period_end, 1, 4) AS INTEGER) - CAST(substr(x.period_start, 1, 4) AS INTEGER))
  WHERE x.period_start IS NOT NULL AND x.period_end IS NOT NULL`;

/** Inserts claims (their metrics must be stored) with their list terms. */
export function insertClaims(db: Db, rows: Array<typeof claims.$inferInsert>): void {
  if (rows.length === 0) return;
  manyInserter(db, claims)(rows);
  preparedStatement(db, CLAIM_TERMS_OF_IDS).run(JSON.stringify(rows.map((r) => r.id)));
}

/**
 * A metric's row is written once: its key renders its proposition, so label and parts are the
 * same for every claim; the unit kind is that of the first claim stated for it.
 */
export function upsertMetrics(db: Db, rows: Array<typeof metrics.$inferInsert>): void {
  manyInserter(db, metrics, 'do nothing')(rows);
}

/** Metrics no claim or conflict refers to any more (after a source is deleted). */
export function deleteUnusedDerivedMetrics(db: Db): void {
  db.run(
    sql`delete from ${metrics} where not exists (select 1 from ${claims} where ${claims.metric} = ${metrics.key}) and not exists (select 1 from conflicts where conflicts.metric = ${metrics.key}) and not exists (select 1 from claim_overrides where claim_overrides.metric = ${metrics.key})`,
  );
}

export function claimsOfSource(db: Db, sourceId: string): Claim[] {
  return withPropositions(db, db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.quoteStart), asc(claims.id)).all());
}

export function metricExists(db: Db, key: string): boolean {
  return db.select({ key: metrics.key }).from(metrics).where(eq(metrics.key, key)).get() !== undefined;
}

export function metricLabel(db: Db, key: string): string | null {
  return db.select({ label: metrics.label }).from(metrics).where(eq(metrics.key, key)).get()?.label ?? null;
}
