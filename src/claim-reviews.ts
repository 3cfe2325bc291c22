import type { Db } from './db/client.js';
import { NotFoundError } from './errors.js';
import { claimRowsByIds, getClaimRow, metricLabel, type ClaimRow } from './repos/claims.js';
import { conflictPeersOf, getConflict } from './repos/conflicts.js';
import { claimsSeparatedBy, getOverride, latestReviews, reviewHistory, reviewsInState, type ReviewRow } from './repos/reviews.js';
import { getSource } from './repos/sources.js';
import { claimClaimReview, conflictClaimReview, isPublishable, SCHEMA_ORG_CONTEXT, type Appearance, type ReviewFacts } from './review/claim-review.js';
import { effectiveFields } from './review/effective.js';

/** Where published reviews point: the server's own address as the client reached it. */
export interface PublishContext {
  baseUrl: string;
}

class NotPublishedError extends NotFoundError {}

function appearanceOf(db: Db, claim: ClaimRow, baseUrl: string): Appearance {
  const source = getSource(db, claim.sourceId);
  return {
    url: source.url ?? `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}`,
    title: source.title,
    publisher: source.publisher,
    quote: claim.quoteExact,
  };
}

function facts(r: ReviewRow): ReviewFacts | null {
  if (!isPublishable(r.state)) return null;
  return {
    state: r.state,
    reason: r.reason,
    note: r.note,
    accepted: r.acceptedValue === null ? null : { value: r.acceptedValue, unit: r.acceptedUnit ?? '', claimId: r.supportClaimId, sourceId: r.supportSourceId },
    author: r.author,
    createdAt: r.createdAt,
  };
}

/**
 * The members a verdict was about: the group now; for a group a dismissal split apart, the
 * claims it separated; else the last snapshot that had members.
 */
function reviewedClaims(db: Db, review: ReviewRow): ClaimRow[] {
  let ids: string[] = [];
  try {
    ids = getConflict(db, review.conflictId).claims.map((c) => c.claimId);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  if (review.reason === 'different-proposition') ids = [...new Set([...ids, ...claimsSeparatedBy(db, review.id)])];
  if (ids.length === 0) ids = [...reviewHistory(db, review.conflictId)].reverse().find((r) => r.snapshot.members.length)?.snapshot.members.map((m) => m.claimId) ?? [];
  const rows = claimRowsByIds(db, ids);
  return rows.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.quoteStart - b.quoteStart));
}

function subjectOf(db: Db, claims: ClaimRow[]): string {
  const first = claims[0];
  if (!first) return 'a figure';
  const o = getOverride(db, first.id);
  const metric = o?.metric ?? first.metric;
  const label = (metric && metricLabel(db, metric)) ?? metric ?? 'a figure';
  const period = o?.periodLabel ?? first.periodLabel;
  return period ? `${label}, ${period}` : label;
}

function conflictDocument(db: Db, review: ReviewRow, ctx: PublishContext) {
  const f = facts(review);
  if (!f) throw new NotPublishedError('published review of conflict', review.conflictId);
  const claims = reviewedClaims(db, review);
  let explanation = '';
  try {
    explanation = getConflict(db, review.conflictId).explanation;
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  return conflictClaimReview({
    url: `${ctx.baseUrl}/v1/conflicts/${encodeURIComponent(review.conflictId)}/claim-review`,
    subject: subjectOf(db, claims),
    explanation,
    review: f,
    appearances: claims.map((c) => appearanceOf(db, c, ctx.baseUrl)),
  });
}

/** The ClaimReview of a conflict's current verdict; 404 when it is open, stale or unknown. */
export function conflictClaimReviewOf(db: Db, conflictId: string, ctx: PublishContext) {
  const latest = latestReviews(db, [conflictId]).get(conflictId);
  if (!latest) {
    getConflict(db, conflictId);
    throw new NotFoundError('published review of conflict', conflictId);
  }
  return conflictDocument(db, latest, ctx);
}

/** A claim's ClaimReview: rated against the value accepted by a resolved conflict it belongs to. */
export function claimClaimReviewOf(db: Db, claimId: string, ctx: PublishContext) {
  const claim = getClaimRow(db, claimId);
  const conflictIds = [...new Set(conflictPeersOf(db, claimId).map((p) => p.conflictId))];
  const resolved = [...latestReviews(db, conflictIds).values()].filter((r) => r.state === 'resolved').sort((a, b) => b.id - a.id)[0];
  const f = resolved && facts(resolved);
  if (!f?.accepted) throw new NotFoundError('published review of claim', claimId);
  const e = effectiveFields(
    { ...claim, low: claim.intervalLow, high: claim.intervalHigh, comparable: claim.comparable },
    getOverride(db, claimId) ?? null,
  );
  return claimClaimReview({
    url: `${ctx.baseUrl}/v1/claims/${encodeURIComponent(claimId)}/claim-review`,
    statement: claim.statement,
    claim: { value: e.value, unit: e.unit, low: e.low, high: e.high },
    review: { ...f, accepted: f.accepted },
    appearance: appearanceOf(db, claim, ctx.baseUrl),
  });
}

/** Every resolved conflict's ClaimReview, newest verdict first, as one schema.org ItemList. */
export function publishedClaimReviews(db: Db, ctx: PublishContext) {
  const items = reviewsInState(db, 'resolved').map((r) => {
    const { '@context': _context, ...doc } = conflictDocument(db, r, ctx);
    return doc;
  });
  return { '@context': SCHEMA_ORG_CONTEXT, '@type': 'ItemList' as const, numberOfItems: items.length, itemListElement: items };
}
