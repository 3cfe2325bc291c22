import { compareClaims, type ComparableClaim } from '../compare/index.js';
import type { Qualifier } from '../extract/types.js';
import { conflictId } from '../ids.js';
import type { PropositionKey as Proposition, StoreWriter } from '../store/types.js';

/** How an explanation names a source: its publisher, else its first author's surname, else its title. */
function sourceLabel(s: { publisher: string | null; authors: string[]; title: string }): string {
  return s.publisher?.replace(/\s*\(.*\)$/, '') ?? s.authors[0]?.split(/\s+/).pop() ?? s.title;
}

/** A group is as explicit as its most explicit member: one source naming the year dates it. */
function groupResolution(resolutions: Array<string | null | undefined>): string {
  for (const r of ['explicit', 'relative', 'publication']) if (resolutions.includes(r)) return r;
  return 'unresolved';
}

function signed(change: string | null, value: number, low: number | null, high: number | null) {
  if (change !== 'decrease') return { value, interval: { low, high } };
  return { value: -value, interval: { low: high === null ? null : -high, high: low === null ? null : -low } };
}

const keyOf = (p: Proposition) => `${p.metric}\u0000${p.periodStart}\u0000${p.periodEnd}`;

/**
 * Re-judges only the propositions a write touched, inside the caller's transaction, so the
 * cost of adding or removing a source follows the size of its groups, not of the corpus.
 */
export async function refreshConflicts(tx: StoreWriter, touched: Proposition[]): Promise<void> {
  const unique = new Map(touched.map((p) => [keyOf(p), p]));
  for (const p of unique.values()) {
    const rows = await tx.claimsOfProposition(p);
    const comparable: ComparableClaim[] = rows.map((r) => ({
      id: r.id,
      sourceId: r.sourceId,
      sourceLabel: sourceLabel(r),
      metric: p.metric,
      metricLabel: r.metricLabel ?? p.metric,
      unit: r.unit,
      // "fell 3 %" and "rose 3 %" are not the same figure: a stated decrease is compared as negative.
      ...signed(r.change, r.value, r.low, r.high),
      qualifier: r.qualifier as Qualifier,
      period: { start: p.periodStart, end: p.periodEnd, label: r.periodLabel ?? p.periodStart },
      quote: r.quote,
      start: r.start,
    }));
    const resolutionOf = new Map(rows.map((r) => [r.id, r.periodResolution]));
    const groups = compareClaims(comparable);
    await tx.replaceConflicts(
      p,
      groups.map((g) => {
        const id = conflictId(g.metric, g.unit, g.period.start, g.period.end);
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
          members: g.members.map((m) => ({ claimId: m.claimId, sourceId: m.sourceId, deviation: m.deviation, stance: m.stance })),
        };
      }),
    );
  }
}
