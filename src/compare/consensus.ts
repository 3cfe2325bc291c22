import { overlapClusters } from './bounds.js';
import type { ConsensusMethod, NormalizedClaim } from './types.js';

export interface ConsensusFinding {
  value: number;
  method: ConsensusMethod;
  /** Indices of the claims that make up the consensus, or null when the sources split evenly. */
  cluster: number[] | null;
  /** Every maximal set of mutually agreeing claims, largest first. */
  clusters: number[][];
  corroborates: boolean[];
}

/**
 * The consensus is the largest set of claims whose intervals share a common value: those
 * claims could all be true at once. Its figure is the median of their point values, so one
 * outlier (Gill's $237 billion against $244.8 and ~$245 billion) neither moves it nor counts
 * in it. When no set is strictly largest the sources split, and the consensus falls back to
 * the median of all point values, and no claim corroborates it: each is contradicted by a
 * group at least as large, and calling the side whose interval happens to hold the midpoint
 * "corroborating" would take a side the evidence does not take.
 */
export function findConsensus(claims: readonly NormalizedClaim[]): ConsensusFinding {
  const clusters = overlapClusters(claims.map((c) => c.bounds));
  const [first, second] = clusters;
  if (first && first.length >= 2 && (!second || second.length < first.length)) {
    const value = median(first.map((i) => claims[i]?.value ?? 0));
    const members = new Set(first);
    const corroborates = claims.map((_, i) => members.has(i));
    return { value, method: 'median-of-largest-overlapping-cluster', cluster: first, clusters, corroborates };
  }
  const value = median(claims.map((c) => c.value));
  const corroborates = claims.map(() => false);
  return { value, method: 'median-of-all', cluster: null, clusters, corroborates };
}

export function median(values: readonly number[]): number {
  // A comparator without subtraction stays consistent even if a conversion overflowed to Infinity.
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  // Halving first keeps the mean of two huge figures from overflowing to Infinity.
  return (sorted[mid - 1] ?? 0) / 2 + upper / 2;
}

/**
 * Relative differences are taken against |consensus| so that "below" stays below for negative
 * figures (a fall in growth). A consensus of 0 has no scale of its own; the largest figure in
 * the group stands in, and a group of zeros differs by nothing.
 */
export function relativeScale(consensus: number, values: readonly number[]): number {
  if (consensus !== 0) return Math.abs(consensus);
  return Math.max(0, ...values.map(Math.abs));
}

export function relative(difference: number, scale: number): number {
  if (difference === 0) return 0;
  return scale === 0 ? 0 : difference / scale;
}
