import { allOverlap, boundsOf, overlaps, widthOf } from './bounds.js';
import { byCanonicalOrder } from './order.js';
import type { Bounds, ComparableClaim, NormalizedClaim } from './types.js';
import { toGroupUnit } from './units.js';

/**
 * One figure per source and proposition, in canonical order.
 *
 * A source never conflicts with itself: a figure it repeats counts once (the first by offset),
 * and when it gives figures that agree within their wording — "about $245 billion" in the
 * summary, "$244.8 billion" in the body — we keep the most precisely stated one (narrowest
 * interval, then the first) rather than let a source's own rounding read as a dispute.
 * A claim id seen twice is one claim.
 *
 * A source that gives two figures no single value can satisfy ("2.2 million" and "186,000" for
 * what we read as one proposition) is telling us that our reading of its propositions is too
 * coarse: one of them is an average, a part, a forecast or another period. On its own we cannot
 * tell which figure is the one the others state, so the group goes without that source — unless
 * at least MIN_SOURCES_TO_SETTLE other sources agree and exactly one number of the divided source
 * states theirs (its wording overlaps every one of them and its value lies within SAME_NUMBER_GAP
 * of each): then that figure is the one they state, and it joins them. A divided source can so
 * only corroborate a settled figure, never start a group or dispute one.
 */
export function onePerSource(claims: readonly ComparableClaim[]): NormalizedClaim[] {
  const bySource = new Map<string, NormalizedClaim[]>();
  const ids = new Set<string>();
  for (const claim of [...claims].sort(byCanonicalOrder)) {
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    const list = bySource.get(claim.sourceId);
    if (list) list.push(normalize(claim));
    else bySource.set(claim.sourceId, [normalize(claim)]);
  }
  const kept: NormalizedClaim[] = [];
  const divided: NormalizedClaim[][] = [];
  for (const list of bySource.values()) {
    if (disagreesWithItself(list)) divided.push(list);
    else kept.push(narrowest(list));
  }
  const settled = [...kept];
  if (settled.length >= MIN_SOURCES_TO_SETTLE && allOverlap(settled.map((k) => k.bounds)))
    for (const list of divided) {
      const matching = list.filter((c) => settled.every((k) => overlaps(c.bounds, k.bounds) && close(c.value, k.value)));
      if (matching.length > 0 && !disagreesWithItself(matching)) kept.push(narrowest(matching));
    }
  return kept.sort((a, b) => byCanonicalOrder(a.claim, b.claim));
}

/**
 * How many other sources must agree before one figure of a source that disagrees with itself may
 * join them. With fewer, a coincidence of numbers is too likely to pass for corroboration.
 */
const MIN_SOURCES_TO_SETTLE = 3;

function narrowest(list: readonly NormalizedClaim[]): NormalizedClaim {
  let best = list[0]!;
  for (const candidate of list.slice(1)) if (widthOf(candidate.bounds) < widthOf(best.bounds)) best = candidate;
  return best;
}

/** Whether two values lie within SAME_NUMBER_GAP of the larger. */
function close(a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 || Math.abs(a - b) / scale <= SAME_NUMBER_GAP;
}

/**
 * Two figures of one source state the same number when one of them allows the other's value and
 * they are close: "about $245 billion" and "$244.8 billion", "1.8 million" and "1,808,581", "more
 * than 2 million" and "2.08 million". Rounding intervals that merely touch ("$1.9 trillion" and
 * "$2.0 trillion" meet at 1.95) do not, nor does a round "2 million" beside "1.8 million": a writer
 * who gives both means two numbers.
 */
const SAME_NUMBER_GAP = 0.05;

function disagreesWithItself(list: readonly NormalizedClaim[]): boolean {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!oneNumber(list[i]!, list[j]!)) return true;
  return false;
}

function oneNumber(a: NormalizedClaim, b: NormalizedClaim): boolean {
  return sameNumber(a, b) || sameNumber(b, a) || cutShort(a, b) || cutShort(b, a);
}

/**
 * "$80 Million" in a headline over "$80.5 million" in the body: a round figure cut short from a more precise one of the
 * same source — the precise value lies within one step of the round figure's own rounding beyond it, away from zero —
 * which writers do about as often as they round. Only close values ("2 million" and "2.9 million" stay two numbers), and
 * never percentages, which a text gives at several moments of one day.
 */
function cutShort(round: NormalizedClaim, precise: NormalizedClaim): boolean {
  const { low, high } = round.bounds;
  if (round.claim.qualifier !== 'exact' || low === null || high === null || round.claim.unit === 'percent' || round.claim.unit === 'percent_point')
    return false;
  const step = high - low;
  if (!(widthOf(precise.bounds) < step) || Math.sign(round.value) !== Math.sign(precise.value)) return false;
  const beyond = Math.abs(precise.value) - Math.abs(round.value);
  return beyond >= 0 && beyond < step && close(round.value, precise.value);
}

/** Whether `wide`'s wording allows `other`'s value, and either bounds it only on one side or lies close to it. */
function sameNumber(wide: NormalizedClaim, other: NormalizedClaim): boolean {
  if (!allows(wide.bounds, other.value)) return false;
  if (wide.bounds.low === null || wide.bounds.high === null) return true;
  return close(wide.value, other.value);
}

function allows(b: Bounds, value: number): boolean {
  const aboveLow = b.low === null || value > b.low || (value === b.low && !b.lowOpen);
  const belowHigh = b.high === null || value < b.high || (value === b.high && !b.highOpen);
  return aboveLow && belowHigh;
}

/** Whether two figures of one source state one number (see sameNumber and cutShort), so they share a stance. */
export function stateOneNumber(a: ComparableClaim, b: ComparableClaim): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  return oneNumber(na, nb);
}

function normalize(raw: ComparableClaim): NormalizedClaim {
  // Folding -0 into 0 keeps results identical however the input was ordered.
  const claim = { ...raw, value: raw.value + 0 };
  return { claim, value: toGroupUnit(claim.value, claim.unit).value, bounds: boundsOf(claim) };
}
