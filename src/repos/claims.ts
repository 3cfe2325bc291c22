import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { claims, metrics, passages } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import type { Claim, Metric } from '../schemas/claims.js';
import { decodeCursor, paginate } from './cursor.js';

export type ClaimRow = typeof claims.$inferSelect;

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    sourceId: row.sourceId,
    passageId: row.passageId,
    statement: row.statement,
    metric: row.metric,
    quote: { exact: row.quoteExact, start: row.quoteStart, end: row.quoteEnd },
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier as Claim['qualifier'],
    interval: { low: row.intervalLow, high: row.intervalHigh },
    period: row.periodResolution
      ? {
          start: row.periodStart,
          end: row.periodEnd,
          label: row.periodLabel ?? '',
          resolution: row.periodResolution as NonNullable<Claim['period']>['resolution'],
        }
      : null,
  };
}

/**
 * Turns any user string into a safe FTS5 query: every word becomes a quoted string (all must
 * match), so operators, quotes and column filters in the input are searched as plain text.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 32).map((w) => `"${w}"`).join(' ');
}

export interface ClaimFilter {
  sourceId?: string | undefined;
  metric?: string | undefined;
  unit?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

export function listClaims(db: Db, filter: ClaimFilter, page: { limit: number; cursor?: string | undefined }) {
  const where: SQL[] = [];
  if (filter.sourceId) where.push(eq(claims.sourceId, filter.sourceId));
  if (filter.metric) where.push(eq(claims.metric, filter.metric));
  if (filter.unit) where.push(eq(claims.unit, filter.unit));
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
  return { data: data.map(toClaim), nextCursor };
}

export function getClaimRow(db: Db, id: string): ClaimRow {
  const row = db.select().from(claims).where(eq(claims.id, id)).get();
  if (!row) throw new NotFoundError('claim', id);
  return row;
}

export function getClaim(db: Db, id: string): Claim {
  return toClaim(getClaimRow(db, id));
}

export function claimRowsByIds(db: Db, ids: string[]): ClaimRow[] {
  if (ids.length === 0) return [];
  return db.select().from(claims).where(inArray(claims.id, ids)).all();
}

export function insertClaims(db: Db, rows: Array<typeof claims.$inferInsert>): void {
  for (let i = 0; i < rows.length; i += 50) db.insert(claims).values(rows.slice(i, i + 50)).run();
}

export function listMetrics(db: Db, page: { limit: number; cursor?: string | undefined }) {
  const after = page.cursor ? String(decodeCursor(page.cursor, ['string'])[0]) : undefined;
  const claimCount = sql<number>`(select count(*) from ${claims} where ${claims.metric} = ${metrics.key})`;
  const rows = db
    .select({ key: metrics.key, label: metrics.label, unitKind: metrics.unitKind, description: metrics.description, derived: metrics.derived, claimCount })
    .from(metrics)
    .where(after === undefined ? undefined : sql`${metrics.key} > ${after}`)
    .orderBy(asc(metrics.key))
    .limit(page.limit + 1)
    .all();
  return paginate<Metric>(rows, page.limit, (r) => [r.key]);
}

/** Catalogued metrics follow the catalogue; a derived metric keeps the label it was first stored with. */
export function upsertMetrics(db: Db, rows: Array<typeof metrics.$inferInsert>): void {
  for (const row of rows) {
    const insert = db.insert(metrics).values(row);
    if (row.derived) insert.onConflictDoNothing().run();
    else insert.onConflictDoUpdate({ target: metrics.key, set: { label: row.label, unitKind: row.unitKind, description: row.description, derived: false } }).run();
  }
}

/** Derived metrics no claim refers to any more (after a source is deleted). */
export function deleteUnusedDerivedMetrics(db: Db): void {
  db.run(sql`delete from ${metrics} where ${metrics.derived} = 1 and not exists (select 1 from ${claims} where ${claims.metric} = ${metrics.key}) and not exists (select 1 from conflicts where conflicts.metric = ${metrics.key})`);
}

export function claimsOfSource(db: Db, sourceId: string): Claim[] {
  return db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.quoteStart), asc(claims.id)).all().map(toClaim);
}
