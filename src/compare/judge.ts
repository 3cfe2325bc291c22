import { findConsensus, relative, relativeScale } from './consensus.js';
import { explainConflict } from './explain.js';
import { onePerSource, stateOneNumber } from './one-per-source.js';
import { withoutDoubtful } from './doubtful.js';
import { propositionKey } from './proposition.js';
import { discrepancyGap, severityOf } from './severity.js';
import type { ComparableClaim, ConflictGroup, ConflictMember } from './types.js';
import { byCanonicalOrder } from './order.js';
import { groupUnitOf, toGroupUnit } from './units.js';

export interface JudgeOptions {
  /** How the explanation names a metric; defaults to the label the claims carry, else the key. */
  metricLabel?: (metric: string) => string;
  /** When the claims are views of one time judged apart from others (see compareClaims): that time. */
  issued?: string | null;
}

/**
 * Judges the claims of one proposition (as grouped by groupByProposition); null when fewer than
 * two sources speak to it. Claims of different propositions are a caller's mistake and throw.
 * Intervals decide agreement: all claims agree when their intervals share a common value.
 */
export function judgeProposition(claims: readonly ComparableClaim[], options: JudgeOptions = {}): ConflictGroup | null {
  const keys = new Set(claims.map(propositionKey));
  if (keys.size > 1) throw new RangeError(`judgeProposition expects one proposition, got ${keys.size}`);
  const normalized = withoutDoubtful(onePerSource(claims));
  const [first] = normalized;
  if (!first || normalized.length < 2) return null;

  const unit = groupUnitOf(first.claim.unit);
  const values = normalized.map((c) => c.value);
  const consensus = findConsensus(normalized);
  const scale = relativeScale(consensus.value, values);
  const agree = consensus.cluster?.length === normalized.length;
  const status = agree ? 'agreement' : 'discrepancy';
  const spread = relative(Math.max(...values) - Math.min(...values), scale);
  const period = { ...first.claim.period };

  const members: ConflictMember[] = normalized.map((c, i) => ({
    claimId: c.claim.id,
    sourceId: c.claim.sourceId,
    value: c.claim.value,
    unit: c.claim.unit,
    interval: { low: c.claim.interval.low, high: c.claim.interval.high },
    deviation: relative(c.value - consensus.value, scale),
    stance: consensus.corroborates[i] ? 'corroborating' : 'contradicting',
  }));

  // A source that states the proposition more than once votes once, but every statement is shown.
  const chosen = new Set(members.map((m) => m.claimId));
  const stanceOf = new Map(members.map((m) => [m.sourceId, m.stance]));
  const votes = new Map(normalized.map((c) => [c.claim.sourceId, c.claim]));
  for (const c of [...claims].sort(byCanonicalOrder)) {
    const stance = stanceOf.get(c.sourceId);
    const vote = votes.get(c.sourceId);
    if (chosen.has(c.id) || !stance || !vote || !stateOneNumber(vote, c)) continue;
    chosen.add(c.id);
    members.push({
      claimId: c.id,
      sourceId: c.sourceId,
      value: c.value,
      unit: c.unit,
      interval: { low: c.interval.low, high: c.interval.high },
      deviation: relative(toGroupUnit(c.value, c.unit).value - consensus.value, scale),
      stance,
    });
  }

  const explanation = explainConflict({
    status,
    metricLabel: options.metricLabel?.(first.claim.metric) ?? first.claim.metricLabel ?? first.claim.metric,
    period,
    unit,
    claims: normalized,
    cluster: consensus.cluster,
    clusters: consensus.clusters,
    spread,
    issued: options.issued ?? null,
  });

  return {
    key: propositionKey(first.claim),
    metric: first.claim.metric,
    unit,
    period,
    status,
    severity: severityOf(agree, discrepancyGap(normalized, scale)),
    consensus: { value: consensus.value, unit, method: consensus.method },
    spread,
    members,
    explanation,
  };
}
