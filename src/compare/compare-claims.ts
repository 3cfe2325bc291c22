import { judgeProposition, type JudgeOptions } from './judge.js';
import { compareStrings, groupByProposition } from './proposition.js';
import type { ComparableClaim, ConflictGroup } from './types.js';

/** Every proposition two or more sources speak to, judged; ordered by proposition key. */
export function compareClaims(claims: readonly ComparableClaim[], options: JudgeOptions = {}): ConflictGroup[] {
  return groupByProposition(claims).flatMap((group) => judgeByIssue(group, options));
}

/**
 * Views held at different times (forecasts issued in June and in January) that disagree are a
 * forecaster revising its view, not sources disputing one figure: each time is judged apart.
 * When they agree, they state one figure and stay one group.
 */
function judgeByIssue(claims: readonly ComparableClaim[], options: JudgeOptions): ConflictGroup[] {
  const whole = judgeProposition(claims, options);
  if (!whole || whole.status === 'agreement') return whole ? [whole] : [];
  const byIssue = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    const issued = c.issued ?? '';
    byIssue.set(issued, [...(byIssue.get(issued) ?? []), c]);
  }
  if (byIssue.size < 2) return [whole];
  return [...byIssue.keys()].sort(compareStrings).flatMap((issued) => judgeProposition(byIssue.get(issued)!, { ...options, issued: issued || null }) ?? []);
}
