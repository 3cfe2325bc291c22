import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { claims, metrics } from './schema.js';
import type { Claim } from '../../schemas/claims.js';
import { propositionOf, searchWords, toClaim } from '../mapping.js';
import type { Proposition } from '../types.js';
import { manyInserter } from './raw-insert.js';

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

export function insertClaims(db: Db, rows: Array<typeof claims.$inferInsert>): void {
  manyInserter(db, claims)(rows);
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
