import { NotFoundError } from '../domain/errors.js';
import { claimClaimReview, conflictClaimReview, isPublishable, SCHEMA_ORG_CONTEXT, type Appearance, type ReviewFacts } from '../review/claim-review.js';
import { effectiveFields } from '../review/effective.js';
import type { Claim } from '../schemas/claims.js';
import type { ReviewRecord, StoreReader } from '../store/types.js';

/** Where published reviews point: the server's own address as the client reached it. */
export interface PublishContext {
  baseUrl: string;
}

class NotPublishedError extends NotFoundError {}

async function appearanceOf(store: StoreReader, claim: Claim, baseUrl: string): Promise<Appearance> {
  const source = await store.getSource(claim.sourceId);
  return {
    url: source.url ?? `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}`,
    title: source.title,
    publisher: source.publisher,
    quote: claim.quote.exact,
  };
}

function facts(r: ReviewRecord): ReviewFacts | null {
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

async function conflictOrNull(store: StoreReader, id: string) {
  try {
    return await store.getConflict(id);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/**
 * The members a verdict was about: the group now; for a group a dismissal split apart, the
 * claims it separated; else the last snapshot that had members.
 */
async function reviewedClaims(store: StoreReader, review: ReviewRecord): Promise<Claim[]> {
  let ids: string[] = (await conflictOrNull(store, review.conflictId))?.claims.map((c) => c.claimId) ?? [];
  if (review.reason === 'different-proposition') ids = [...new Set([...ids, ...(await store.claimsSeparatedBy(review.id))])];
  if (ids.length === 0)
    ids =
      [...(await store.reviewHistory(review.conflictId))]
        .reverse()
        .find((r) => r.snapshot.members.length)
        ?.snapshot.members.map((m) => m.claimId) ?? [];
  const rows = await store.claimsByIds(ids);
  return rows.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.quote.start - b.quote.start));
}

async function subjectOf(store: StoreReader, claims: Claim[]): Promise<string> {
  const first = claims[0];
  if (!first) return 'a figure';
  const o = await store.getOverride(first.id);
  const metric = o?.metric ?? first.metric;
  const label = (metric && (await store.metricLabel(metric))) ?? metric ?? 'a figure';
  const period = o?.periodLabel ?? first.period?.label ?? null;
  return period ? `${label}, ${period}` : label;
}

async function conflictDocument(store: StoreReader, review: ReviewRecord, ctx: PublishContext) {
  const f = facts(review);
  if (!f) throw new NotPublishedError('published review of conflict', review.conflictId);
  const claims = await reviewedClaims(store, review);
  const explanation = (await conflictOrNull(store, review.conflictId))?.explanation ?? '';
  const appearances: Appearance[] = [];
  for (const c of claims) appearances.push(await appearanceOf(store, c, ctx.baseUrl));
  return conflictClaimReview({
    url: `${ctx.baseUrl}/v1/conflicts/${encodeURIComponent(review.conflictId)}/claim-review`,
    subject: await subjectOf(store, claims),
    explanation,
    review: f,
    appearances,
  });
}

/** The ClaimReview of a conflict's current verdict; not found when it is open, stale or unknown. */
export async function conflictClaimReviewOf(store: StoreReader, conflictId: string, ctx: PublishContext) {
  const latest = (await store.latestReviews([conflictId])).get(conflictId);
  if (!latest) {
    await store.getConflict(conflictId);
    throw new NotFoundError('published review of conflict', conflictId);
  }
  return conflictDocument(store, latest, ctx);
}

/** A claim's ClaimReview: rated against the value accepted by a resolved conflict it belongs to. */
export async function claimClaimReviewOf(store: StoreReader, claimId: string, ctx: PublishContext) {
  const claim = await store.getClaim(claimId);
  const conflictIds = [...new Set((await store.conflictPeersOf(claimId)).map((p) => p.conflictId))];
  const resolved = [...(await store.latestReviews(conflictIds)).values()].filter((r) => r.state === 'resolved').sort((a, b) => b.id - a.id)[0];
  const f = resolved && facts(resolved);
  if (!f?.accepted) throw new NotFoundError('published review of claim', claimId);
  const e = effectiveFields(
    {
      metric: claim.metric,
      periodStart: claim.period?.start ?? null,
      periodEnd: claim.period?.end ?? null,
      periodLabel: claim.period?.label ?? null,
      periodResolution: claim.period?.resolution ?? null,
      value: claim.value,
      unit: claim.unit,
      qualifier: claim.qualifier,
      low: claim.interval.low,
      high: claim.interval.high,
      comparable: claim.comparable,
    },
    (await store.getOverride(claimId)) ?? null,
  );
  return claimClaimReview({
    url: `${ctx.baseUrl}/v1/claims/${encodeURIComponent(claimId)}/claim-review`,
    statement: claim.statement,
    claim: { value: e.value, unit: e.unit, low: e.low, high: e.high },
    review: { ...f, accepted: f.accepted },
    appearance: await appearanceOf(store, claim, ctx.baseUrl),
  });
}

/** Every resolved conflict's ClaimReview, newest verdict first, as one schema.org ItemList. */
export async function publishedClaimReviews(store: StoreReader, ctx: PublishContext) {
  const items = [];
  for (const r of await store.reviewsInState('resolved')) {
    const { '@context': _context, ...doc } = await conflictDocument(store, r, ctx);
    items.push(doc);
  }
  return { '@context': SCHEMA_ORG_CONTEXT, '@type': 'ItemList' as const, numberOfItems: items.length, itemListElement: items };
}
