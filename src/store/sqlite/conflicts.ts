import { and, asc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { claims, conflictClaims, conflicts, metrics, sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Conflict } from '../../schemas/conflicts.js';
import { toConflict } from '../mapping.js';
import type { ConflictFilter, PropositionKey as Proposition } from '../types.js';
import { metricKeysMatching, propositionsByKey } from './claims.js';
import { decodeCursor, paginate } from '../cursor.js';


function membersOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, Conflict['claims']>();
  const rows = db
    .select({
      conflictId: conflictClaims.conflictId,
      claimId: conflictClaims.claimId,
      sourceId: conflictClaims.sourceId,
      deviation: conflictClaims.deviation,
      value: claims.value,
      unit: claims.unit,
      low: claims.intervalLow,
      high: claims.intervalHigh,
    })
    .from(conflictClaims)
    .innerJoin(claims, eq(claims.id, conflictClaims.claimId))
    .where(inArray(conflictClaims.conflictId, ids))
    .orderBy(asc(conflictClaims.conflictId), asc(conflictClaims.sourceId), asc(conflictClaims.claimId))
    .all();
  const byConflict = new Map<string, Conflict['claims']>();
  for (const r of rows) {
    const list = byConflict.get(r.conflictId) ?? [];
    list.push({ claimId: r.claimId, sourceId: r.sourceId, value: r.value, unit: r.unit, interval: { low: r.low, high: r.high }, deviation: r.deviation });
    byConflict.set(r.conflictId, list);
  }
  return byConflict;
}

export function listConflicts(db: Db, filter: ConflictFilter, page: { limit: number; cursor?: string | undefined }) {
  const where: SQL[] = [];
  if (filter.status !== 'all') where.push(eq(conflicts.status, filter.status));
  if (filter.severity) where.push(eq(conflicts.severity, filter.severity));
  if (filter.metric) where.push(eq(conflicts.metric, filter.metric));
  const keys = metricKeysMatching(filter);
  if (keys) where.push(sql`${conflicts.metric} in ${keys}`);
  if (filter.year !== undefined) {
    const y = String(filter.year).padStart(4, '0');
    where.push(lte(conflicts.periodStart, `${y}-12-31`), gte(conflicts.periodEnd, `${y}-01-01`));
  }
  if (page.cursor) where.push(sql`${conflicts.id} > ${String(decodeCursor(page.cursor, ['string'])[0])}`);
  const rows = db
    .select()
    .from(conflicts)
    .where(and(...where))
    .orderBy(asc(conflicts.id))
    .limit(page.limit + 1)
    .all();
  const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.id]);
  const members = membersOf(db, data.map((r) => r.id));
  const props = propositionsByKey(db, data.map((r) => r.metric));
  return { data: data.map((r) => toConflict(r, members.get(r.id) ?? [], props.get(r.metric) ?? null)), nextCursor };
}

export function getConflict(db: Db, id: string): Conflict {
  const row = db.select().from(conflicts).where(eq(conflicts.id, id)).get();
  if (!row) throw new NotFoundError('conflict', id);
  return toConflict(row, membersOf(db, [id]).get(id) ?? [], propositionsByKey(db, [row.metric]).get(row.metric) ?? null);
}

/** The propositions a source's claims belong to (metric with a resolved period). */
export function propositionsOfSource(db: Db, sourceId: string): Proposition[] {
  return db
    .selectDistinct({ metric: claims.metric, periodStart: claims.periodStart, periodEnd: claims.periodEnd })
    .from(claims)
    .where(and(eq(claims.sourceId, sourceId), eq(claims.comparable, true), isNotNull(claims.metric), isNotNull(claims.periodStart), isNotNull(claims.periodEnd)))
    .all() as Proposition[];
}

/** Every claim stating a proposition, with the label its source is named by. Uses claims_proposition_idx. */
export function claimsOfProposition(db: Db, p: Proposition) {
  return db
    .select({
      id: claims.id,
      sourceId: claims.sourceId,
      publisher: sources.publisher,
      authors: sources.authors,
      title: sources.title,
      metric: claims.metric,
      metricLabel: metrics.label,
      change: claims.change,
      unit: claims.unit,
      value: claims.value,
      qualifier: claims.qualifier,
      low: claims.intervalLow,
      high: claims.intervalHigh,
      periodLabel: claims.periodLabel,
      periodResolution: claims.periodResolution,
      quote: claims.quoteExact,
      start: claims.quoteStart,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(metrics, eq(metrics.key, claims.metric))
    .where(and(eq(claims.metric, p.metric), eq(claims.periodStart, p.periodStart), eq(claims.periodEnd, p.periodEnd), eq(claims.comparable, true)))
    .all();
}

export interface ConflictWrite {
  row: typeof conflicts.$inferInsert;
  members: Array<typeof conflictClaims.$inferInsert>;
}

/** Replaces the stored conflicts of one proposition with freshly judged ones. */
export function replaceConflicts(db: Db, p: Proposition, writes: ConflictWrite[]): void {
  db.delete(conflicts)
    .where(and(eq(conflicts.metric, p.metric), eq(conflicts.periodStart, p.periodStart), eq(conflicts.periodEnd, p.periodEnd)))
    .run();
  for (const w of writes) {
    db.insert(conflicts).values(w.row).run();
    if (w.members.length) db.insert(conflictClaims).values(w.members).run();
  }
}

/** Conflict memberships of one claim, for its citations. */
export function conflictPeersOf(db: Db, claimId: string) {
  const mine = db.select({ conflictId: conflictClaims.conflictId }).from(conflictClaims).where(eq(conflictClaims.claimId, claimId)).all();
  if (mine.length === 0) return [];
  return db
    .select({ claimId: conflictClaims.claimId, stance: conflictClaims.stance, conflictId: conflictClaims.conflictId })
    .from(conflictClaims)
    .where(inArray(conflictClaims.conflictId, mine.map((m) => m.conflictId)))
    .all();
}
