import { widthOf } from './bounds.js';
import type { ConflictStatus, NormalizedClaim } from './types.js';

export interface ExplainInput {
  status: ConflictStatus;
  metricLabel: string;
  period: { label: string };
  /** The group's unit, which every NormalizedClaim value is in. */
  unit: string;
  /** One claim per source, in canonical order. */
  claims: readonly NormalizedClaim[];
  /** Indices into claims of the consensus, or null when the sources split. */
  cluster: readonly number[] | null;
  /** Every maximal set of mutually agreeing claims, largest first. */
  clusters: readonly number[][];
  /** (max − min) / |consensus|, used when no figure has the most support. */
  spread: number;
  /** For views held at a time judged apart by when they were stated: that time ("2024-01"). */
  issued?: string | null;
}

/**
 * One sentence: who disagrees with whom and by how much, then what agrees. An outlier is
 * measured against the most precisely stated figure of the consensus, the one a reader would
 * check it against, so the percentage is relative to that figure rather than to the median.
 */
export function explainConflict(input: ExplainInput): string {
  return `${comparedBecause(input)} ${judgement(input)}`;
}

const UNIT_WORDS: Record<string, string> = {
  USD: 'US dollars',
  EUR: 'euros',
  CNY: 'yuan',
  GBP: 'pounds sterling',
  JPY: 'yen',
  RUB: 'roubles',
  INR: 'rupees',
  percent: 'per cent',
  count: 'counts',
  m3: 'cubic metres',
  km: 'kilometres',
  t: 'tonnes',
  W: 'watts',
  GW: 'gigawatts',
};
const COUNT_WORDS = ['', 'one', 'both', 'all three', 'all four', 'all five', 'all six', 'all seven', 'all eight', 'all nine', 'all ten'];

/** Why these figures were put side by side: the same proposition, unit and period. */
function comparedBecause(input: ExplainInput): string {
  const n = input.claims.length;
  const who = COUNT_WORDS[n] ?? `all ${n}`;
  const unit = UNIT_WORDS[input.unit] ?? input.unit;
  const when = periodPhrase(input.period.label);
  const issued = input.issued ? ` as reported in ${issuePhrase(input.issued)}` : '';
  return sentence([`Compared because ${who} give ${input.metricLabel} in ${unit}${when ? ` ${when}` : ''}${issued}`]);
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-01" → "January 2024"; a bare year as it is. */
function issuePhrase(issued: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(issued);
  return m ? MONTH_YEAR.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : issued;
}

function judgement(input: ExplainInput): string {
  const { claims, cluster } = input;
  if (input.status === 'agreement') return sentence([agreementClause(input)]);
  if (!cluster) return sentence([splitClause(input), ...pairedAgreements(input)]);
  const reference = mostPrecise(cluster.map((i) => at(claims, i)));
  const inCluster = new Set(cluster);
  const outliers = claims
    .filter((_, i) => !inCluster.has(i))
    .sort((a, b) => byDescending(Math.abs(a.value - reference.value), Math.abs(b.value - reference.value)));
  const agreeing = cluster.map((i) => at(claims, i)).filter((c) => c !== reference);
  return sentence([...outliers.map((c) => differenceClause(c, reference, input)), ...agreeing.map((c) => agreesWithClause(c, reference))]);
}

function agreementClause(input: ExplainInput): string {
  const named = listOf(input.claims.map((c) => `${c.claim.sourceLabel} ('${c.claim.quote}')`));
  const rounding = differOnlyByRounding(input.claims) ? ' within rounding' : '';
  return `${named} agree on ${topic(input)}${rounding}`;
}

function splitClause(input: ExplainInput): string {
  const [first, ...rest] = input.claims;
  if (!first) return '';
  const figures = listOf([`${first.claim.sourceLabel} gives ${first.claim.quote}`, ...rest.map((c) => `${c.claim.sourceLabel} ${c.claim.quote}`)]);
  const spread = input.unit === 'percent' ? pointsBetween(input.claims) : `${percent(input.spread)} %`;
  return `Sources split on ${topic(input)}: ${figures}, a spread of ${spread}`;
}

function pairedAgreements(input: ExplainInput): string[] {
  return input.clusters.filter((c) => c.length >= 2).map((c) => `${listOf(c.map((i) => at(input.claims, i).claim.sourceLabel))} agree with each other`);
}

function differenceClause(c: NormalizedClaim, ref: NormalizedClaim, input: ExplainInput): string {
  const theirs = `${ref.claim.sourceLabel}'s ${ref.claim.quote}`;
  const when = periodPhrase(input.period.label);
  const figure = when ? `${c.claim.quote} ${when}` : c.claim.quote;
  // Same point value, disjoint wording: "more than 40" against "nearly 40".
  if (c.value === ref.value) return `${c.claim.sourceLabel}'s ${figure} excludes ${theirs}`;
  const direction = c.value < ref.value ? 'below' : 'above';
  return `${c.claim.sourceLabel} gives ${figure}, ${gapText(c, ref, input.unit)} ${direction} ${theirs}`;
}

function agreesWithClause(c: NormalizedClaim, ref: NormalizedClaim): string {
  const theirs = ref.claim.sourceLabel;
  const mine = `${c.claim.sourceLabel}'s '${c.claim.quote}'`;
  if (c.value === ref.value) return `${mine} gives the same figure as ${theirs}`;
  if (differOnlyByRounding([c, ref])) return `${mine} agrees with ${theirs} within rounding`;
  return `${mine} is consistent with ${theirs}`;
}

/** Percentages of percentages confuse; a share is compared in percentage points. */
function gapText(c: NormalizedClaim, ref: NormalizedClaim, unit: string): string {
  const difference = Math.abs(c.value - ref.value);
  if (unit === 'percent') return `${oneDecimal(difference)} percentage points`;
  if (ref.value === 0) return `${oneDecimal(difference)} ${unit}`;
  return `${percent(difference / Math.abs(ref.value))} %`;
}

function pointsBetween(claims: readonly NormalizedClaim[]): string {
  const values = claims.map((c) => c.value);
  return `${oneDecimal(Math.max(...values) - Math.min(...values))} percentage points`;
}

function differOnlyByRounding(claims: readonly NormalizedClaim[]): boolean {
  const values = new Set(claims.map((c) => c.value));
  return (
    values.size > 1 &&
    claims.every((c) => (c.claim.qualifier === 'exact' || c.claim.qualifier === 'approximately') && c.bounds.low !== null && c.bounds.high !== null)
  );
}

function mostPrecise(claims: readonly NormalizedClaim[]): NormalizedClaim {
  return claims.reduce((best, c) => (widthOf(c.bounds) < widthOf(best.bounds) ? c : best));
}

function byDescending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

function topic(input: ExplainInput): string {
  const when = periodPhrase(input.period.label);
  return when ? `${input.metricLabel} ${when}` : input.metricLabel;
}

/** "2024" and "2003–2025" read as "for 2024"; labels that carry their own preposition ("since 2013") stand alone. */
export function periodPhrase(label: string): string {
  const trimmed = label.trim();
  return /^(?:since|from|between|until|by|at|in|during|end of)\b/i.test(trimmed) ? trimmed : `for ${trimmed}`;
}

/** One decimal, as the figures are compared; below that the difference is only said to be tiny. */
export function percent(ratio: number): string {
  const value = Math.abs(ratio) * 100;
  return value > 0 && value < 0.05 ? 'under 0.1' : oneDecimal(value);
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentence(clauses: readonly string[]): string {
  return `${clauses.filter((c) => c.length > 0).join('; ')}.`;
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`no claim at index ${i}`);
  return item;
}
