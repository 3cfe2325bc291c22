import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { claimOverrides, claims, conflictClaims, conflicts, metrics, sources } from './schema.js';
import {
  distinctPropositions,
  planConflictReplacement,
  effectiveCandidate,
  isComparableCandidate,
  propositionKeyOf,
  samePropositionAs,
  type CandidateRow,
} from '../mapping.js';
import type { NewConflict, PropositionClaim, PropositionKey as Proposition } from '../types.js';
import { manyInserter, updater } from './raw-insert.js';

const candidateColumns = {
  id: claims.id,
  sourceId: claims.sourceId,
  publisher: sources.publisher,
  authors: sources.authors,
  title: sources.title,
  publishedAt: sources.publishedAt,
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
    stored: db
      .select()
      .from(conflicts)
      .where(and(eq(conflicts.metric, p.metric), eq(conflicts.periodStart, p.start), eq(conflicts.periodEnd, p.end)))
      .prepare(),
    storedMembers: db
      .select({
        conflictId: conflictClaims.conflictId,
        claimId: conflictClaims.claimId,
        sourceId: conflictClaims.sourceId,
        deviation: conflictClaims.deviation,
        stance: conflictClaims.stance,
      })
      .from(conflictClaims)
      .where(inArray(conflictClaims.conflictId, listed('ids')))
      .prepare(),
    deleteConflicts: db
      .delete(conflicts)
      .where(inArray(conflicts.id, listed('ids')))
      .prepare(),
    deleteMembers: db
      .delete(conflictClaims)
      .where(and(eq(conflictClaims.conflictId, sql.placeholder('conflictId')), inArray(conflictClaims.claimId, listed('ids'))))
      .prepare(),
  };
}

/** The values of a JSON array parameter: one statement for any number of ids. */
const listed = (name: string) => sql`(select value from json_each(${sql.placeholder(name)}))`;

function preparedWritesOf(db: Db) {
  let w = preparedWrites.get(db);
  if (!w) preparedWrites.set(db, (w = prepareWrites(db)));
  return w;
}

/** The propositions a source's claims belong to, as corrected (metric with a resolved period). */
export function propositionsOfSource(db: Db, sourceId: string): Proposition[] {
  return distinctPropositions(toCandidates(preparedWritesOf(db).ofSource.all({ sourceId })));
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
  const w = preparedWritesOf(db);
  const params = { metric: p.metric, start: p.periodStart, end: p.periodEnd };
  const metricLabel = w.label.get(params)?.label ?? null;
  return toCandidates(w.ofProposition.all(params))
    .filter(samePropositionAs(p))
    .map((c) => ({ ...c, metricLabel }));
}

/** Ids of the conflicts currently stored for a proposition. */
export function conflictIdsOfProposition(db: Db, p: Proposition): string[] {
  return preparedWritesOf(db)
    .conflictIds.all({ metric: p.metric, start: p.periodStart, end: p.periodEnd })
    .map((r) => r.id);
}

/**
 * Replaces the stored conflicts of one proposition with freshly judged ones, writing only what
 * changed (see planConflictReplacement): a fixed number of statements per group, and rows in
 * proportion to what the judgement changed.
 */
export function replaceConflicts(db: Db, p: Proposition, writes: NewConflict[]): void {
  const w = preparedWritesOf(db);
  const stored = w.stored.all({ metric: p.metric, start: p.periodStart, end: p.periodEnd });
  const ids = stored.map((r) => r.id);
  const storedMembers = ids.length ? w.storedMembers.all({ ids: JSON.stringify(ids) }) : [];
  const plan = planConflictReplacement(stored, storedMembers, writes);
  if (plan.deleteConflicts.length) w.deleteConflicts.run({ ids: JSON.stringify(plan.deleteConflicts) });
  const update = updater(db, conflicts, 'id');
  for (const row of plan.updateConflicts) update(row);
  manyInserter(db, conflicts)(plan.insertConflicts);
  for (const { conflictId, claimIds } of plan.deleteMembers) w.deleteMembers.run({ conflictId, ids: JSON.stringify(claimIds) });
  manyInserter(db, conflictClaims)(plan.insertMembers);
}

/** Conflict memberships of one claim, for its citations. */
export function conflictPeersOf(db: Db, claimId: string) {
  const mine = db.select({ conflictId: conflictClaims.conflictId }).from(conflictClaims).where(eq(conflictClaims.claimId, claimId)).all();
  if (mine.length === 0) return [];
  return db
    .select({ claimId: conflictClaims.claimId, stance: conflictClaims.stance, conflictId: conflictClaims.conflictId })
    .from(conflictClaims)
    .where(
      inArray(
        conflictClaims.conflictId,
        mine.map((m) => m.conflictId),
      ),
    )
    .all();
}
