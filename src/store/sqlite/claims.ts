import { and, asc, eq, getTableColumns, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
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
    return searchClaims(db, match, where, page);
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

/** Matching passages read per step of a search; doubled while steps come back short. */
const SEARCH_STEP = 64;
const SEARCH_STEP_MAX = 4096;

/**
 * A full-text page in the order the index keeps its matches (the passages' storage order, then
 * position, then id), so a page costs the passages it reads, however many match: the index
 * yields matching passage rowids in order a bounded step at a time, and only those passages'
 * claims are read. Other filters apply to those claims; a step that leaves the page short
 * reads the next, larger one.
 */
function searchClaims(db: Db, match: string, where: SQL[], page: { limit: number; cursor?: string | undefined }) {
  let after: { seq: number; start: number; id: string } | undefined;
  if (page.cursor) {
    const [seq, start, id] = decodeCursor(page.cursor, ['number', 'number', 'string']);
    after = { seq: seq as number, start: start as number, id: id as string };
  }
  const want = page.limit + 1;
  const rows: Array<ClaimRow & { seq: number }> = [];
  let from = after?.seq ?? 0;
  for (let step = SEARCH_STEP; rows.length < want; step = Math.min(step * 2, SEARCH_STEP_MAX)) {
    const seqs = db
      .all<{ rowid: number }>(sql`select rowid from passages_fts where passages_fts match ${match} and rowid >= ${from} order by rowid limit ${step}`)
      .map((r) => r.rowid);
    if (seqs.length === 0) break;
    const cursorCondition =
      after && seqs[0] === after.seq
        ? sql`(${passages.rowid} > ${after.seq} or (${claims.quoteStart}, ${claims.id}) > (${after.start}, ${after.id}))`
        : undefined;
    rows.push(
      ...db
        .select({ ...getTableColumns(claims), seq: passages.rowid })
        .from(passages)
        .innerJoin(claims, eq(claims.passageId, passages.id))
        .where(and(inArray(passages.rowid, seqs), cursorCondition, ...where))
        .orderBy(asc(passages.rowid), asc(claims.quoteStart), asc(claims.id))
        .limit(want - rows.length)
        .all(),
    );
    if (seqs.length < step) break;
    from = seqs[seqs.length - 1]! + 1;
  }
  const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.seq, r.quoteStart, r.id]);
  return { data: withPropositions(db, data.map(({ seq: _seq, ...row }) => row)), nextCursor };
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
