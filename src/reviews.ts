import { recordAudit, type AuditContext } from './audit.js';
import type { Db } from './db/client.js';
import { HttpProblem, NotFoundError } from './errors.js';
import { refreshConflicts } from './refresh-conflicts.js';
import { getClaim, getClaimRow, metricExists } from './repos/claims.js';
import { getConflict, propositionOfClaim, type Proposition } from './repos/conflicts.js';
import {
  getOverride,
  insertReview,
  insertSeparations,
  latestReviews,
  reviewHistory,
  toReview,
  updateReviewSnapshot,
  upsertOverride,
  type OverrideRow,
} from './repos/reviews.js';
import { sourceIdTaken } from './repos/sources.js';
import { effectiveFields } from './review/effective.js';
import { snapshotOf } from './review/snapshot.js';
import { allowedAfter } from './review/transitions.js';
import type { Conflict } from './schemas/conflicts.js';
import type { ConflictReview, Correction, CorrectionInput, ReviewInput } from './schemas/reviews.js';

const IMMEDIATE = { behavior: 'immediate' } as const;

/** A review that does not fit the conflict's current state (409). */
export class ReviewStateError extends HttpProblem {
  constructor(detail: string) {
    super(409, detail);
  }
}

const snapshotOfConflict = (c: Conflict | null) => snapshotOf(c && { status: c.status, members: c.claims });

function findConflict(db: Db, id: string): Conflict | null {
  try {
    return getConflict(db, id);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

const propositionOfConflict = (c: Conflict): Proposition => ({ metric: c.metric, periodStart: c.period.start!, periodEnd: c.period.end! });

/**
 * Records a verdict on a conflict in one transaction: checks the transition, appends the review
 * with the group as the reviewer saw it, and for a "different proposition" dismissal stores the
 * separated pairs and re-judges at once. Every step is in the audit log.
 */
export function reviewConflict(db: Db, conflictId: string, input: ReviewInput, audit: AuditContext, now: Date = new Date()): ConflictReview {
  return db.transaction((tx) => {
    const conflict = findConflict(tx, conflictId);
    const latest = latestReviews(tx, [conflictId]).get(conflictId);
    // A group that dissolved keeps its review history, and can be reopened through it.
    if (!conflict && !latest) throw new NotFoundError('conflict', conflictId);
    const from = latest?.state ?? 'open';
    const allowed = allowedAfter(from);
    if (!allowed.includes(input.state)) {
      throw new ReviewStateError(`The conflict is '${from}' and cannot become '${input.state}'; from '${from}' it may become ${allowed.map((s) => `'${s}'`).join(', ')}.`);
    }
    if (!conflict && input.state !== 'open') throw new ReviewStateError(`The group of conflict '${conflictId}' no longer exists; it can only be reopened.`);
    const memberIds = conflict?.claims.map((c) => c.claimId) ?? [];
    const separated = input.state === 'dismissed' && input.reason === 'different-proposition' ? separatedPairs(input.claimIds ?? memberIds, memberIds, conflictId) : [];
    const fields = verdictFields(tx, input, conflict);
    const row = insertReview(tx, {
      conflictId,
      state: input.state,
      note: input.note ?? null,
      ...fields,
      author: audit.keyName,
      requestId: audit.requestId,
      createdAt: now.toISOString(),
      snapshot: snapshotOfConflict(conflict),
      changes: null,
    });
    let snapshot = row.snapshot;
    if (separated.length && conflict) {
      insertSeparations(tx, separated, row.id, now.toISOString());
      refreshConflicts(tx, [propositionOfConflict(conflict)], { exempt: new Set([conflictId]), now });
      // The verdict predicts the split: later changes are measured against what it left.
      snapshot = snapshotOfConflict(findConflict(tx, conflictId));
      updateReviewSnapshot(tx, row.id, snapshot);
    }
    const review = toReview({ ...row, snapshot });
    recordAudit(
      tx,
      audit,
      'review',
      { type: 'conflict', id: conflictId },
      { from, to: input.state, reviewId: row.id, reason: review.reason, note: review.note, accepted: review.accepted, separated },
      now,
    );
    return review;
  }, IMMEDIATE);
}

function separatedPairs(chosen: string[], memberIds: string[], conflictId: string): Array<[string, string]> {
  const unknown = chosen.find((id) => !memberIds.includes(id));
  if (unknown !== undefined) throw new HttpProblem(400, `Claim '${unknown}' is not a member of conflict '${conflictId}'.`);
  const ids = [...new Set(chosen)];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

function verdictFields(db: Db, input: ReviewInput, conflict: Conflict | null) {
  const none = { reason: null, acceptedValue: null, acceptedUnit: null, supportClaimId: null, supportSourceId: null };
  if (input.state === 'dismissed') return { ...none, reason: input.reason };
  if (input.state !== 'resolved') return none;
  let sourceId = input.sourceId ?? null;
  if (input.claimId !== undefined) {
    const claim = getClaimRow(db, input.claimId);
    if (sourceId !== null && claim.sourceId !== sourceId) throw new HttpProblem(400, `Claim '${claim.id}' is not from source '${sourceId}'.`);
    sourceId = claim.sourceId;
  } else if (sourceId !== null && !sourceIdTaken(db, sourceId)) {
    throw new NotFoundError('source', sourceId);
  }
  return { ...none, acceptedValue: input.value, acceptedUnit: input.unit ?? conflict?.consensus.unit ?? '', supportClaimId: input.claimId ?? null, supportSourceId: sourceId };
}

/** The review history of a conflict, oldest first; 404 when it was never reviewed and does not exist. */
export function conflictReviews(db: Db, conflictId: string): ConflictReview[] {
  const rows = reviewHistory(db, conflictId);
  if (rows.length === 0) getConflict(db, conflictId);
  return rows.map(toReview);
}

function toCorrection(db: Db, claimId: string, o: OverrideRow): Correction {
  const extracted = getClaim(db, claimId);
  const e = effectiveFields(
    {
      metric: extracted.metric,
      periodStart: extracted.period?.start ?? null,
      periodEnd: extracted.period?.end ?? null,
      periodLabel: extracted.period?.label ?? null,
      periodResolution: extracted.period?.resolution ?? null,
      value: extracted.value,
      unit: extracted.unit,
      qualifier: extracted.qualifier,
      low: extracted.interval.low,
      high: extracted.interval.high,
      comparable: extracted.comparable,
    },
    o,
  );
  return {
    claimId,
    extracted,
    override: {
      metric: o.metric,
      period: o.periodStart && o.periodEnd ? { start: o.periodStart, end: o.periodEnd, label: o.periodLabel ?? '' } : null,
      value: o.value,
      unit: o.unit,
      excluded: o.excluded,
      reason: o.reason,
      author: o.author,
      updatedAt: o.updatedAt,
    },
    effective: {
      metric: e.metric,
      period: e.periodResolution ? { start: e.periodStart, end: e.periodEnd, label: e.periodLabel ?? '' } : null,
      value: e.value,
      unit: e.unit,
      comparable: e.comparable,
    },
  };
}

export function getCorrection(db: Db, claimId: string): Correction {
  getClaimRow(db, claimId);
  const o = getOverride(db, claimId);
  if (!o) throw new NotFoundError('correction of claim', claimId);
  return toCorrection(db, claimId, o);
}

/**
 * Stores a correction as the claim's override (fields not given keep earlier corrections),
 * keeps the extracted claim as it was, and re-judges the propositions the claim leaves and
 * joins — one transaction, with an audit entry holding the fields before and after.
 */
export function correctClaim(db: Db, claimId: string, input: CorrectionInput, audit: AuditContext, now: Date = new Date()): Correction {
  return db.transaction((tx) => {
    getClaimRow(tx, claimId);
    if (input.metric !== undefined && !metricExists(tx, input.metric)) {
      throw new HttpProblem(400, `No metric '${input.metric}': a corrected proposition must be a known metric key (GET /v1/metrics).`);
    }
    const before = getOverride(tx, claimId);
    const left = propositionOfClaim(tx, claimId);
    upsertOverride(tx, {
      claimId,
      metric: input.metric ?? before?.metric ?? null,
      periodStart: input.period?.start ?? before?.periodStart ?? null,
      periodEnd: input.period?.end ?? before?.periodEnd ?? null,
      periodLabel: input.period?.label ?? before?.periodLabel ?? null,
      value: input.value ?? before?.value ?? null,
      unit: input.unit ?? before?.unit ?? null,
      excluded: input.excluded ?? before?.excluded ?? false,
      reason: input.reason,
      author: audit.keyName,
      requestId: audit.requestId,
      updatedAt: now.toISOString(),
    });
    const joined = propositionOfClaim(tx, claimId);
    const stale = refreshConflicts(tx, [left, joined].filter((p): p is Proposition => p !== null), { now });
    const after = getOverride(tx, claimId)!;
    const { requestId: _a, ...was } = before ?? ({} as Partial<OverrideRow>);
    const { requestId: _b, ...now_ } = after;
    recordAudit(tx, audit, 'correction', { type: 'claim', id: claimId }, { before: before ? was : null, after: now_, left, joined, staleReviews: stale }, now);
    return toCorrection(tx, claimId, after);
  }, IMMEDIATE);
}
