import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { claimOverrides, claims, conflictClaims, conflicts, metrics, sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Conflict } from '../../schemas/conflicts.js';
import {
  distinctPropositions,
  effectiveCandidate,
  isComparableCandidate,
  propositionKeyOf,
  reviewSummaryOf,
  samePropositionAs,
  toConflict,
  type CandidateRow,
} from '../mapping.js';
import type { ConflictFilter, PropositionClaim, PropositionKey as Proposition } from '../types.js';
import { metricKeysMatching, propositionsByKey } from './claims.js';
import { decodeCursor, paginate } from '../cursor.js';
import { inserter } from './raw-insert.js';
import { latestReviews, reviewStateOf } from './reviews.js';

function membersOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, Conflict['claims']>();
  const rows = db
    .select({
      conflictId: conflictClaims.conflictId,
      claimId: conflictClaims.claimId,
      sourceId: conflictClaims.sourceId,
      deviation: conflictClaims.deviation,
      // What the group was judged on: a reviewer's corrected value where there is one.
      value: sql<number>`coalesce(${claimOverrides.value}, ${claims.value})`,
      unit: sql<string>`coalesce(${claimOverrides.unit}, ${claims.unit})`,
      low: sql<number | null>`case when ${claimOverrides.value} is not null then ${claimOverrides.value} else ${claims.intervalLow} end`,
      high: sql<number | null>`case when ${claimOverrides.value} is not null then ${claimOverrides.value} else ${claims.intervalHigh} end`,
    })
    .from(conflictClaims)
    .innerJoin(claims, eq(claims.id, conflictClaims.claimId))
    .leftJoin(claimOverrides, eq(claimOverrides.claimId, claims.id))
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

function reviewSummaries(db: Db, ids: string[]): Map<string, Conflict['review']> {
  const out = new Map<string, Conflict['review']>();
  for (const [id, r] of latestReviews(db, ids)) out.set(id, reviewSummaryOf(r));
  return out;
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
  if (filter.review) where.push(sql`${reviewStateOf(conflicts.id)} = ${filter.review}`);
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
  const reviews = reviewSummaries(db, data.map((r) => r.id));
  return { data: data.map((r) => toConflict(r, members.get(r.id) ?? [], props.get(r.metric) ?? null, reviews.get(r.id))), nextCursor };
}

export function getConflict(db: Db, id: string): Conflict {
  const row = db.select().from(conflicts).where(eq(conflicts.id, id)).get();
  if (!row) throw new NotFoundError('conflict', id);
  return toConflict(row, membersOf(db, [id]).get(id) ?? [], propositionsByKey(db, [row.metric]).get(row.metric) ?? null, reviewSummaries(db, [id]).get(id));
}

const candidateColumns = {
  id: claims.id,
  sourceId: claims.sourceId,
  publisher: sources.publisher,
  authors: sources.authors,
  title: sources.title,
  metric: claims.metric,
  change: claims.change,
  unit: claims.unit,
  value: claims.value,
  qualifier: claims.qualifier,
  low: claims.intervalLow,
  high: claims.intervalHigh,
  periodStart: claims.periodStart,
  periodEnd: claims.periodEnd,
  periodLabel: claims.periodLabel,
  periodResolution: claims.periodResolution,
  comparable: claims.comparable,
  quote: claims.quoteExact,
  start: claims.quoteStart,
  // Drizzle judges a left-joined object absent by its first column: the key, never null when joined.
  override: {
    claimId: claimOverrides.claimId,
    metric: claimOverrides.metric,
    periodStart: claimOverrides.periodStart,
    periodEnd: claimOverrides.periodEnd,
    periodLabel: claimOverrides.periodLabel,
    value: claimOverrides.value,
    unit: claimOverrides.unit,
    excluded: claimOverrides.excluded,
  },
};

function candidateQuery(db: Db, where: SQL | undefined) {
  return db
    .select(candidateColumns)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(claimOverrides, eq(claimOverrides.claimId, claims.id))
    .where(where)
    .orderBy(asc(claims.id));
}

type CandidateSelect = Awaited<ReturnType<ReturnType<typeof candidateQuery>['all']>>;

function toCandidates(rows: CandidateSelect) {
  return rows
    .map((c): CandidateRow => ({ ...c, override: c.override?.claimId == null ? null : c.override }))
    .map(effectiveCandidate)
    .filter(isComparableCandidate);
}

function candidates(db: Db, where: SQL | undefined) {
  return toCandidates(candidateQuery(db, where).all());
}

/**
 * The write path's per-proposition reads, compiled once per connection: every ingest runs them
 * once per proposition it touches, and building the SQL again each time cost more than running it.
 */
const preparedWrites = new WeakMap<Db, ReturnType<typeof prepareWrites>>();

function prepareWrites(db: Db) {
  const p = { metric: sql.placeholder('metric'), start: sql.placeholder('start'), end: sql.placeholder('end') };
  const ofProposition = and(eq(claims.metric, p.metric), eq(claims.periodStart, p.start), eq(claims.periodEnd, p.end));
  return {
    ofSource: candidateQuery(db, eq(claims.sourceId, sql.placeholder('sourceId'))).prepare(),
    ofProposition: candidateQuery(db, or(ofProposition, sql`${claims.id} in (select claim_id from claim_overrides)`)).prepare(),
    label: db.select({ label: metrics.label }).from(metrics).where(eq(metrics.key, p.metric)).prepare(),
    conflictIds: db
      .select({ id: conflicts.id })
      .from(conflicts)
      .where(and(eq(conflicts.metric, p.metric), eq(conflicts.periodStart, p.start), eq(conflicts.periodEnd, p.end)))
      .prepare(),
  };
}

function writes(db: Db) {
  let w = preparedWrites.get(db);
  if (!w) preparedWrites.set(db, (w = prepareWrites(db)));
  return w;
}

/** The propositions a source's claims belong to, as corrected (metric with a resolved period). */
export function propositionsOfSource(db: Db, sourceId: string): Proposition[] {
  return distinctPropositions(toCandidates(writes(db).ofSource.all({ sourceId })));
}

/** The proposition one claim belongs to now (after any correction), or null. */
export function propositionOfClaim(db: Db, claimId: string): Proposition | null {
  const c = candidates(db, eq(claims.id, claimId))[0];
  return c ? propositionKeyOf(c) : null;
}

/**
 * Every claim stating a proposition after corrections, with the label its source is named by:
 * the extracted claims of the proposition (claims_proposition_idx) plus every corrected claim,
 * filtered on their effective fields.
 */
export function claimsOfProposition(db: Db, p: Proposition): PropositionClaim[] {
  const w = writes(db);
  const params = { metric: p.metric, start: p.periodStart, end: p.periodEnd };
  const metricLabel = w.label.get(params)?.label ?? null;
  return toCandidates(w.ofProposition.all(params))
    .filter(samePropositionAs(p))
    .map((c) => ({ ...c, metricLabel }));
}

/** Ids of the conflicts currently stored for a proposition. */
export function conflictIdsOfProposition(db: Db, p: Proposition): string[] {
  return writes(db)
    .conflictIds.all({ metric: p.metric, start: p.periodStart, end: p.periodEnd })
    .map((r) => r.id);
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
  const insertConflict = inserter(db, conflicts);
  const insertMember = inserter(db, conflictClaims);
  for (const w of writes) {
    insertConflict(w.row);
    for (const m of w.members) insertMember(m);
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
