import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { claims, metrics, passages } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Claim, Metric } from '../../schemas/claims.js';
import { propositionOf, searchWords, toClaim, toMetric } from '../mapping.js';
import type { ClaimFilter, Proposition } from '../types.js';
import { decodeCursor, paginate } from '../cursor.js';
import { inserter } from './raw-insert.js';

export type ClaimRow = typeof claims.$inferSelect;
type MetricRow = typeof metrics.$inferSelect;

/** The propositions of the given metric keys, in one query. */
export function propositionsByKey(db: Db, keys: Array<string | null>): Map<string, Proposition | null> {
  const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
  const out = new Map<string, Proposition | null>();
  for (let i = 0; i < wanted.length; i += 500) {
    for (const row of db.select().from(metrics).where(inArray(metrics.key, wanted.slice(i, i + 500))).all()) out.set(row.key, propositionOf(row));
  }
  return out;
}

/** Metric keys whose proposition has this measure and/or names this entity (as subject or counterpart). */
export function metricKeysMatching(filter: { measure?: string | undefined; entity?: string | undefined }): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.measure) parts.push(sql`${metrics.measure} = ${filter.measure}`);
  if (filter.entity) parts.push(sql`(${metrics.counterpart} = ${filter.entity} or exists (select 1 from json_each(${metrics.subject}) where json_each.value = ${filter.entity}))`);
  if (!parts.length) return undefined;
  return sql`(select ${metrics.key} from ${metrics} where ${and(...parts)})`;
}

export function withPropositions(db: Db, rows: ClaimRow[]): Claim[] {
  const props = propositionsByKey(db, rows.map((r) => r.metric));
  return rows.map((r) => toClaim(r, r.metric ? (props.get(r.metric) ?? null) : null));
}

/**
 * Turns any user string into a safe FTS5 query: every word becomes a quoted string (all must
 * match), so operators, quotes and column filters in the input are searched as plain text.
 */
export function toFtsQuery(input: string): string | null {
  return searchWords(input)?.map((w) => `"${w}"`).join(' ') ?? null;
}


export function listClaims(db: Db, filter: ClaimFilter, page: { limit: number; cursor?: string | undefined }) {
  const where: SQL[] = [];
  if (filter.sourceId) where.push(eq(claims.sourceId, filter.sourceId));
  if (filter.metric) where.push(eq(claims.metric, filter.metric));
  if (filter.unit) where.push(eq(claims.unit, filter.unit));
  const keys = metricKeysMatching(filter);
  if (keys) where.push(sql`${claims.metric} in ${keys}`);
  if (filter.year !== undefined) {
    const y = String(filter.year).padStart(4, '0');
    where.push(lte(claims.periodStart, `${y}-12-31`), gte(claims.periodEnd, `${y}-01-01`));
  }
  if (filter.q !== undefined) {
    const match = toFtsQuery(filter.q);
    if (match === null) return { data: [], nextCursor: null };
    where.push(
      inArray(
        claims.passageId,
        sql`(select ${passages.id} from ${passages} where ${passages.rowid} in (select rowid from passages_fts where passages_fts match ${match}))`,
      ),
    );
  }
  if (page.cursor) {
    const [sourceId, start, id] = decodeCursor(page.cursor, ['string', 'number', 'string']);
    where.push(sql`(${claims.sourceId}, ${claims.quoteStart}, ${claims.id}) > (${sourceId}, ${start}, ${id})`);
  }
  const rows = db
    .select()
    .from(claims)
    .where(and(...where))
    .orderBy(asc(claims.sourceId), asc(claims.quoteStart), asc(claims.id))
    .limit(page.limit + 1)
    .all();
  const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.sourceId, r.quoteStart, r.id]);
  return { data: withPropositions(db, data), nextCursor };
}

export function getClaimRow(db: Db, id: string): ClaimRow {
  const row = db.select().from(claims).where(eq(claims.id, id)).get();
  if (!row) throw new NotFoundError('claim', id);
  return row;
}

export function getClaim(db: Db, id: string): Claim {
  return withPropositions(db, [getClaimRow(db, id)])[0]!;
}

export function claimRowsByIds(db: Db, ids: string[]): ClaimRow[] {
  if (ids.length === 0) return [];
  return db.select().from(claims).where(inArray(claims.id, ids)).all();
}

export function insertClaims(db: Db, rows: Array<typeof claims.$inferInsert>): void {
  const insert = inserter(db, claims);
  for (const row of rows) insert(row);
}

export function listMetrics(db: Db, query: { limit: number; cursor?: string | undefined; measure?: string | undefined; entity?: string | undefined }) {
  const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
  const claimCount = sql<number>`(select count(*) from ${claims} where ${claims.metric} = ${metrics.key})`;
  const where: SQL[] = [];
  if (after !== undefined) where.push(sql`${metrics.key} > ${after}`);
  const keys = metricKeysMatching(query);
  if (keys) where.push(sql`${metrics.key} in ${keys}`);
  const rows = db
    .select()
    .from(metrics)
    .where(and(...where))
    .orderBy(asc(metrics.key))
    .limit(query.limit + 1)
    .all();
  const { data, nextCursor } = paginate(rows, query.limit, (r) => [r.key]);
  const counts = new Map(
    data.length
      ? db.select({ key: metrics.key, claimCount }).from(metrics).where(inArray(metrics.key, data.map((r) => r.key))).all().map((r) => [r.key, r.claimCount])
      : [],
  );
  return {
    data: data.map((r): Metric => toMetric(r, counts.get(r.key) ?? 0)),
    nextCursor,
  };
}

/**
 * A metric's row is written once: its key renders its proposition, so label and parts are the
 * same for every claim; the unit kind is that of the first claim stated for it.
 */
export function upsertMetrics(db: Db, rows: Array<typeof metrics.$inferInsert>): void {
  const insert = inserter(db, metrics, 'do nothing');
  for (const row of rows) insert(row);
}

/** Metrics no claim or conflict refers to any more (after a source is deleted). */
export function deleteUnusedDerivedMetrics(db: Db): void {
  db.run(sql`delete from ${metrics} where not exists (select 1 from ${claims} where ${claims.metric} = ${metrics.key}) and not exists (select 1 from conflicts where conflicts.metric = ${metrics.key}) and not exists (select 1 from claim_overrides where claim_overrides.metric = ${metrics.key})`);
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
