import { widestDisjointGap } from './bounds.js';
import type { NormalizedClaim, Severity } from './types.js';

/**
 * A discrepancy is major from this relative gap on. 2 % separates figures that differ in the
 * last reported digit or by a revision (US$244.8 bn vs US$245.3 bn) from figures that cannot
 * both describe the same data (US$237 bn vs US$244.8 bn, 3.2 %).
 */
export const MAJOR_GAP = 0.02;

/**
 * The gap that grades a discrepancy: the largest difference between the point values of two
 * claims whose intervals do not overlap, relative to the consensus scale. Point values, not
 * interval edges, because they are what the sources state and what the explanation quotes;
 * the intervals have already decided that the difference is more than rounding or hedging.
 */
export function discrepancyGap(claims: readonly NormalizedClaim[], scale: number): number {
  const widest = widestDisjointGap(claims);
  if (widest === 0) return 0;
  return scale === 0 ? 0 : widest / scale;
}

export function severityOf(agree: boolean, gap: number): Severity {
  if (agree) return 'none';
  return gap >= MAJOR_GAP ? 'major' : 'minor';
}
