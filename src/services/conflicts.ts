import { compareClaims, partitionBySeparations, type ComparableClaim, type ConflictGroup } from '../compare/index.js';
import type { PeriodResolution } from '../domain/enums.js';
import { parseMetricKey } from '../extract/metric-key.js';
import { conflictId } from '../ids.js';
import type { NewConflict, PropositionKey as Proposition, StoreWriter } from '../store/types.js';
import { markStaleReviews, type JudgedGroup, type StaleMark } from './stale-reviews.js';

/** How an explanation names a source: its publisher, else its first author's surname, else its title. */
function sourceLabel(s: { publisher: string | null; authors: string[]; title: string }): string {
  return s.publisher?.replace(/\s*\(.*\)$/, '') ?? s.authors[0]?.split(/\s+/).pop() ?? s.title;
}

/** A group is as explicit as its most explicit member: one source naming the year dates it. */
function groupResolution(resolutions: Array<PeriodResolution | null | undefined>): PeriodResolution {
  for (const r of ['explicit', 'relative', 'publication'] as const) if (resolutions.includes(r)) return r;
  return 'unresolved';
}

/** The month a forecast was issued, from its source's publication date (the year when that is all it gives). */
function issueOf(publishedAt: string | null): string | null {
  return publishedAt ? publishedAt.slice(0, 7) : null;
}

/**
 * Bases that date an outturn by the report it was stated in: the estimate a revision replaced ("the previous
 * estimate was 740,000") is the one superseded when the report was written. (Not a revised reading: stated as
 * the figure now held true, two that differ are still compared.)
 */
const VINTAGES = new Set(['previous-estimate']);

const keyOf = (p: Proposition) => `${p.metric}\u0000${p.periodStart}\u0000${p.periodEnd}`;

export interface RefreshOptions {
  /** Conflicts whose review the caller is writing right now: their change is the review's own doing. */
  exempt?: ReadonlySet<string>;
  now?: Date;
}

/**
 * Re-judges only the propositions a write touched, inside the caller's transaction, so the
 * cost of adding or removing a source follows the size of its groups, not of the corpus.
 * Claims are judged as corrected, pairs a reviewer separated never share a group, and a
 * reviewed group that changed gets its review marked stale. Returns those stale marks.
 */
export async function refreshConflicts(tx: StoreWriter, touched: Proposition[], options: RefreshOptions = {}): Promise<StaleMark[]> {
  const unique = new Map(touched.map((p) => [keyOf(p), p]));
  const marks: StaleMark[] = [];
  for (const p of unique.values()) {
    const rows = await tx.claimsOfProposition(p);
    const parsed = parseMetricKey(p.metric)?.proposition;
    const forecast = parsed?.modality === 'forecast';
    const estimate = !!parsed?.basis?.split('+').some((b) => VINTAGES.has(b));
    const comparable: ComparableClaim[] = rows.map((r) => ({
      id: r.id,
      sourceId: r.sourceId,
      sourceLabel: sourceLabel(r),
      metric: p.metric,
      metricLabel: r.metricLabel ?? p.metric,
      unit: r.unit,
      // (A stated decrease is stored negative: "fell 3 %" is -3 and never agrees with "rose 3 %".)
      value: r.value,
      interval: { low: r.low, high: r.high },
      qualifier: r.qualifier,
      period: { start: p.periodStart, end: p.periodEnd, label: r.periodLabel ?? p.periodStart },
      quote: r.quote,
      start: r.start,
      issued: forecast || estimate ? issueOf(r.publishedAt) : null,
      ...(estimate && { estimate }),
    }));
    const resolutionOf = new Map(rows.map((r) => [r.id, r.periodResolution]));
    const separated = await tx.separationsAmong(rows.map((r) => r.id));
    const groups = partitionBySeparations(comparable, separated).flatMap((part) => compareClaims(part));
    const before = await tx.conflictIdsOfProposition(p);
    // As the conflict API shows them (stated or corrected; a decrease negative).
    const stated = new Map(rows.map((r) => [r.id, { value: r.value, unit: r.unit, low: r.low, high: r.high }]));
    const writes = withIds(groups).map(({ id, g }) => toWrite(id, g, resolutionOf, stated));
    await tx.replaceConflicts(p, writes);
    // As the conflict API shows them, so a review's snapshot compares like with like.
    const judged: JudgedGroup[] = writes.map((w) => ({
      id: w.id,
      status: w.status,
      members: w.members.map((m) => ({ claimId: m.claimId, sourceId: m.sourceId, value: m.value, unit: m.unit })),
    }));
    marks.push(...(await markStaleReviews(tx, before, judged, options)));
  }
  return marks;
}

/**
 * A group's id is its proposition's (metric, unit, period); when separations split one
 * proposition into several groups, the later ones add their first claim so ids stay distinct.
 */
function withIds(groups: ConflictGroup[]): Array<{ id: string; g: ConflictGroup }> {
  const taken = new Set<string>();
  return groups.map((g) => {
    let id = conflictId(g.metric, g.unit, g.period.start, g.period.end);
    if (taken.has(id)) id = conflictId(g.metric, g.unit, g.period.start, `${g.period.end}\u0000${g.members[0]!.claimId}`);
    taken.add(id);
    return { id, g };
  });
}

type Stated = Pick<NewConflict['members'][number], 'value' | 'unit' | 'low' | 'high'>;

function toWrite(id: string, g: ConflictGroup, resolutionOf: Map<string, PeriodResolution | null>, stated: Map<string, Stated>): NewConflict {
  return {
    id,
    metric: g.metric,
    unit: g.unit,
    periodStart: g.period.start,
    periodEnd: g.period.end,
    periodLabel: g.period.label,
    periodResolution: groupResolution(g.members.map((m) => resolutionOf.get(m.claimId))),
    status: g.status,
    severity: g.severity,
    consensusValue: g.consensus.value,
    consensusMethod: g.consensus.method,
    spread: g.spread,
    explanation: g.explanation,
    members: g.members.map((m) => ({ claimId: m.claimId, sourceId: m.sourceId, deviation: m.deviation, stance: m.stance, ...stated.get(m.claimId)! })),
  };
}
