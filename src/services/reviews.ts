import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import { effectiveFields } from '../review/effective.js';
import { snapshotOf } from '../review/snapshot.js';
import { allowedAfter } from '../review/transitions.js';
import type { Conflict } from '../schemas/conflicts.js';
import type { ConflictReview, Correction, CorrectionInput, ReviewInput } from '../schemas/reviews.js';
import { toConflictReview } from '../store/mapping.js';
import type { OverrideRecord, PropositionKey as Proposition, Store, StoreReader, StoreWriter } from '../store/types.js';
import { recordAudit, type AuditContext } from './audit.js';
import { refreshConflicts } from './conflicts.js';

/** A review that does not fit the conflict's current state. */
export class ReviewStateError extends ConflictError {}

const snapshotOfConflict = (c: Conflict | null) => snapshotOf(c && { status: c.status, members: c.claims });

async function findConflict(store: StoreReader, id: string): Promise<Conflict | null> {
  try {
    return await store.getConflict(id);
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
export async function reviewConflict(
  store: Store,
  conflictId: string,
  input: ReviewInput,
  audit: AuditContext,
  now: Date = new Date(),
): Promise<ConflictReview> {
  return store.write(async (tx) => {
    const conflict = await findConflict(tx, conflictId);
    const latest = (await tx.latestReviews([conflictId])).get(conflictId);
    // A group that dissolved keeps its review history, and can be reopened through it.
    if (!conflict && !latest) throw new NotFoundError('conflict', conflictId);
    const from = latest?.state ?? 'open';
    const allowed = allowedAfter(from);
    if (!allowed.includes(input.state)) {
      throw new ReviewStateError(
        `The conflict is '${from}' and cannot become '${input.state}'; from '${from}' it may become ${allowed.map((s) => `'${s}'`).join(', ')}.`,
      );
    }
    if (!conflict && input.state !== 'open') throw new ReviewStateError(`The group of conflict '${conflictId}' no longer exists; it can only be reopened.`);
    const memberIds = conflict?.claims.map((c) => c.claimId) ?? [];
    const separated =
      input.state === 'dismissed' && input.reason === 'different-proposition' ? separatedPairs(input.claimIds ?? memberIds, memberIds, conflictId) : [];
    const fields = await verdictFields(tx, input, conflict);
    const row = await tx.insertReview({
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
      await tx.insertSeparations(separated, row.id, now.toISOString());
      await refreshConflicts(tx, [propositionOfConflict(conflict)], { exempt: new Set([conflictId]), now });
      // The verdict predicts the split: later changes are measured against what it left.
      snapshot = snapshotOfConflict(await findConflict(tx, conflictId));
      await tx.updateReviewSnapshot(row.id, snapshot);
    }
    const review = toConflictReview({ ...row, snapshot });
    await recordAudit(
      tx,
      audit,
      'review',
      { type: 'conflict', id: conflictId },
      { from, to: input.state, reviewId: row.id, reason: review.reason, note: review.note, accepted: review.accepted, separated },
      now,
    );
    return review;
  });
}

function separatedPairs(chosen: string[], memberIds: string[], conflictId: string): Array<[string, string]> {
  const unknown = chosen.find((id) => !memberIds.includes(id));
  if (unknown !== undefined) throw new InvalidInputError(`Claim '${unknown}' is not a member of conflict '${conflictId}'.`);
  const ids = [...new Set(chosen)];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

async function verdictFields(tx: StoreWriter, input: ReviewInput, conflict: Conflict | null) {
  const none = { reason: null, acceptedValue: null, acceptedUnit: null, supportClaimId: null, supportSourceId: null };
  if (input.state === 'dismissed') return { ...none, reason: input.reason };
  if (input.state !== 'resolved') return none;
  let sourceId = input.sourceId ?? null;
  if (input.claimId !== undefined) {
    const claim = await tx.getClaim(input.claimId);
    if (sourceId !== null && claim.sourceId !== sourceId) throw new InvalidInputError(`Claim '${claim.id}' is not from source '${sourceId}'.`);
    sourceId = claim.sourceId;
  } else if (sourceId !== null && !(await tx.sourceIdTaken(sourceId))) {
    throw new NotFoundError('source', sourceId);
  }
  return {
    ...none,
    acceptedValue: input.value,
    acceptedUnit: input.unit ?? conflict?.consensus.unit ?? '',
    supportClaimId: input.claimId ?? null,
    supportSourceId: sourceId,
  };
}

/** The review history of a conflict, oldest first; 404 when it was never reviewed and does not exist. */
export async function conflictReviews(store: StoreReader, conflictId: string): Promise<ConflictReview[]> {
  const rows = await store.reviewHistory(conflictId);
  if (rows.length === 0) await store.getConflict(conflictId);
  return rows.map(toConflictReview);
}

async function toCorrection(store: StoreReader, claimId: string, o: OverrideRecord): Promise<Correction> {
  const extracted = await store.getClaim(claimId);
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

export async function getCorrection(store: StoreReader, claimId: string): Promise<Correction> {
  await store.getClaim(claimId);
  const o = await store.getOverride(claimId);
  if (!o) throw new NotFoundError('correction of claim', claimId);
  return toCorrection(store, claimId, o);
}

/**
 * Stores a correction as the claim's override (fields not given keep earlier corrections),
 * keeps the extracted claim as it was, and re-judges the propositions the claim leaves and
 * joins — one transaction, with an audit entry holding the fields before and after.
 */
export async function correctClaim(store: Store, claimId: string, input: CorrectionInput, audit: AuditContext, now: Date = new Date()): Promise<Correction> {
  return store.write(async (tx) => {
    await tx.getClaim(claimId);
    if (input.metric !== undefined && !(await tx.metricExists(input.metric))) {
      throw new InvalidInputError(`No metric '${input.metric}': a corrected proposition must be a known metric key (GET /v1/metrics).`);
    }
    const before = await tx.getOverride(claimId);
    const left = await tx.propositionOfClaim(claimId);
    await tx.upsertOverride({
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
    const joined = await tx.propositionOfClaim(claimId);
    const stale = await refreshConflicts(
      tx,
      [left, joined].filter((p): p is Proposition => p !== null),
      { now },
    );
    const after = (await tx.getOverride(claimId))!;
    const { requestId: _a, ...was } = before ?? ({} as Partial<OverrideRecord>);
    const { requestId: _b, ...now_ } = after;
    await recordAudit(
      tx,
      audit,
      'correction',
      { type: 'claim', id: claimId },
      { before: before ? was : null, after: now_, left, joined, staleReviews: stale },
      now,
    );
    return toCorrection(tx, claimId, after);
  });
}
