import { kindOf, matchCurrencyBefore, matchUnitAfter, PERIOD_ON_PERIOD, unitByCode, type UnitMatch } from '../lexicon/units.js';
import { crownOf, poundsUncued } from '../lexicon/currencies.js';
import { qualifierAfterNumber } from '../lexicon/qualifiers.js';
import {
  FRACTIONS,
  ORDINALS,
  parseDigits,
  parseSpelled,
  DIGITS,
  SCALE_EXPONENTS,
  SCALE_WORD,
  SPELLED_NUMBER,
  VULGAR,
  decimalOf,
  type Decimal,
  type ParsedNumber,
} from './numbers.js';

import { changeAtPace } from './change-at-rate.js';
import { changeOfWording } from './direction.js';
import { changeOf, DECREASE_BEFORE, hedgeBefore, INCREASE_BEFORE, passedRound, MOVE_VERBS, RANGE_VERBS, type Change } from './hedges.js';
import { CLOCK_AFTER, inUrl, isMasked, isPeriodSpan, isYearLike, MONTH_AFTER } from './not-figures.js';
import { carryPerPopulation, readPerPopulation, type PerPopulation } from './per-population.js';
import { readPerUnit, type PerUnit } from './per-unit.js';
import { negate, readSecond, roundSig, scaleAfter, stepOf, valueOf, type NumberKind, type Reading } from './readings.js';
import type { Qualifier } from './types.js';
import { quickEdges } from './word-edges.js';

export type { Change } from './hedges.js';

const decimalOfNumber = (x: number): Decimal => decimalOf(String(x));

/** A figure found in one sentence; offsets are UTF-16 indices into that sentence. */
export interface Quantity {
  start: number;
  end: number;
  /** Where the number itself sits (periods attach to the number, not the hedge). */
  numberStart: number;
  numberEnd: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Half of the last stated digit, in the claim's unit: the rounding the wording allows. */
  halfStep: number;
  range: { low: number; high: number } | null;
  /** The counted noun or unit words after the number ("joint drills", "occasions"). */
  noun: string | null;
  /** "a month", "a year", "per day" after the figure. */
  rate: string | null;
  /** "rose 5 %" is an increase, "fell 3 %" a decrease; a level ("reached 5 %") is neither. */
  change: Change | null;
  /** Index of the figure this one restates in brackets, in another unit or currency of the same dimension. */
  restates?: number;
  /** "52 deaths per 100,000 people": the population the count is per. */
  per?: PerPopulation;
  /** "$80.50 a barrel": the amount of a good a sum is the price of. */
  perUnit?: PerUnit;
}

const DETERMINER_BEFORE = /\b(?:the|these|those|both|its|their|our|his|her|my|your|all|each|every|any|no|this|that|latter|former|other|next|last|first)\s$/i;
const EMPHASIS_BEFORE = /\b(?:only|just|exactly|merely|precisely)\s$/i;
const SPAN_TO = /\b(?:the|first|last|past|previous|latest|next|coming)\s$/i;
const SPAN_TO_AFTER = /^\s?(?:to|through|thru|ending|ended|until|up\s+to)\b/i;
const RECORD_SPAN =
  /\b(?:highest|lowest|slowest|fastest|strongest|weakest|biggest|largest|smallest|steepest|sharpest|best|worst)\b[^,.;:]{0,40}?\b(?:in|for)\s(?:(?:more\s+than|over|almost|nearly|about|at\s+least)\s)?$/i;
const RELATIVE_TIME_AFTER = /^\s(?:ago|earlier|later|prior|from now|hence)\b/i;
const NON_COUNT_NOUNS =
  /^(?:a|an|the|since|until|after|before|took|came|went|did|made|of|another|by|or|and|more|less|way|hand|thing|side|sides|time|point|step|single|other|others|in|on|at|to|for|with|per|is|was|are|were|has|have|had|will|would|can|could|may|might|continues?|continued|remains?|remained|means|meant|seems?|seemed|becomes?|became|appears?|appeared|compares|compared|represents|represented|reflects|reflected|says|said|goes|comes|last|next|this|previous|prior|earlier|later|ago|each|every|annually)$/i;

// Words that qualify a counted noun rather than name it ("new", "estimated", "foreign"), and a noun after one or two of them.
const EXPECTATIONS = 'expected|estimated|forecast|projected|predicted|planned';
const QUALIFIERS = `new|additional|extra|fresh|net|${EXPECTATIONS}|reported|confirmed|registered|recorded|active|paid|unique|total|foreign|international|domestic|overseas|local|inbound`;
const NOUN_QUALIFIER = new RegExp(`^(?:${QUALIFIERS})$`, 'i');
// ("2,094 net)": a qualifier alone stays the figure's word; "the 200,000 expected" is what was expected of it.)
const EXPECTED_WORD = new RegExp(`^(?:${EXPECTATIONS})$`, 'i');
const QUALIFIED_NOUN = new RegExp(`^[\\s-]((?:(?:${QUALIFIERS})\\s){1,2}([a-z][a-z-]*))(?![\\p{L}\\d])`, 'iu');

const NUMBER_CORE = quickEdges(
  new RegExp(
    [
      `(?<digits>${DIGITS})`,
      `(?<vulgar>[${Object.keys(VULGAR).join('')}])`,
      `(?<fraction>\\b(?:${Object.keys(FRACTIONS)
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/ /g, '[ -]'))
        .join('|')})\\b)`,
      `(?<words>\\b(?:${SPELLED_NUMBER}|a(?= (?:dozen|decade|couple|gross|square dozen|baker['’]s dozen)\\b))\\b)`,
    ].join('|'),
    'giu',
  ),
);
const RANK = new RegExp(
  `\\b(?:(?<word>${Object.keys(ORDINALS).join('|')})|(?<num>\\d+)(?:st|nd|rd|th))[- ](?:largest|biggest|busiest|highest|lowest|smallest|richest|strongest|most [a-z]+|least [a-z]+)\\b`,
  'gi',
);
/** Words RANK cannot match without: a sentence with none of them is not scanned for ranks. */
const RANK_WORDS = /largest|biggest|busiest|highest|lowest|smallest|richest|strongest|most |least /i;
const RATIO_AFTER = new RegExp(`^\\sin\\s(\\d{1,3}(?:,\\d{3})*|${SPELLED_NUMBER})(?![\\d.,]\\d|-|\\d)`, 'i');
const CENTS_AFTER = new RegExp(`^\\s?(?:and\\s|&\\s)?(\\d{1,2}|${SPELLED_NUMBER})(?:\\s(cents?|pence|p)\\b)?(?![\\d.,]\\d)`, 'i');
const FEET_INCHES = /^,?\s(?:and\s)?(\d{1,2}(?:\.\d+)?)\s?(?:in\b\.?|inch(?:es)?\b|″|"|'')/;
const MAGNITUDE_CODE =
  /^\s?(?:(m|mn|k|bn|b)(usd|eur|gbp|jpy|cny|rmb|chf|aud|cad|hkd|sgd|inr|rub)|(usd|eur|gbp|jpy|cny|rmb|chf|aud|cad|hkd|sgd|inr|rub)(m|mn|bn|k))\b/i;
// (Not "a year earlier", "a month ago": the time a figure was of, not its denominator.)
const RATE_AFTER = /^\s?(?:a|per|each|every|\/)\s?(year|month|week|day|annum|hour)\b(?!\s+(?:earlier|ago|later|prior)\b)/i;
const SHARE_STATED_BEFORE = new RegExp(`(?:\\d|\\b(?:${SPELLED_NUMBER}|a|the|each|every|some|few|many))\\s*$`, 'i');
const PLUS_MINUS = new RegExp(
  `^(?:\\s?(?:±|\\+/-|\\+-)|,?\\s(?:plus\\sor\\sminus|give\\sor\\stake))\\s?(${DIGITS})(\\s?(?:%|per\\s?cent|percent)(?![\\p{L}\\d]))?`,
  'u',
);
const OUT_OF = new RegExp(`^\\s(?:out\\s)?of(?:\\sthe)?\\s(?:\\d[\\d,]*|${SPELLED_NUMBER})\\b(?![-\\w])`, 'i');
const CAPITAL_NEXT = /^ \p{Lu}/u;
const NOUN_AFTER = /^[\s-]((?:[a-z][a-z-]*\s){0,2}?[a-z][a-z-]*)(?![\p{L}\d])/u;
const RANGE_SEP = /^(?:-\sto\s|\s?(?:to|through|–|—|-)\s?|\sand\s)/i;

/** Finds every checkable figure in one sentence. */
export interface QuantityOptions {
  /** The document writes millions as a glued "m" ("20.2m passengers"): see writesGluedMillions. */
  gluedMillions?: boolean;
  /** The document writes £ or names sterling or Britain: its "pounds" are money where a sentence gives no cue of weight. */
  sterling?: boolean;
  /** The crown the document's "crowns" and "kroner" are (crownOf), where a sentence names no country of its own. */
  crown?: string | null;
}

export function findQuantities(sentence: string, options: QuantityOptions = {}): Quantity[] {
  const found: Quantity[] = [];
  // One shared global regex: findQuantities is synchronous and never re-entered.
  const re = NUMBER_CORE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const numberStart = m.index;
    let raw = m[0];
    const groups = m.groups!;
    let parsed: ParsedNumber | null;
    let kind: NumberKind;
    if (groups.digits) {
      if (isMasked(sentence, numberStart, numberStart + raw.length) || inUrl(sentence, numberStart)) continue;
      // ("reached 2,0329.5 billion yen": a thousands separator before other than three digits is a slip no reading can undo;
      // neither the 2 nor the 0329.5 is a figure of the text.)
      if (
        /^,\d{4}/.test(sentence.slice(numberStart + raw.length)) ||
        (/\d,$/.test(sentence.slice(Math.max(0, numberStart - 2), numberStart)) && /^\d{4}/.test(raw))
      )
        continue;
      // ("delivered 73 787 Dreamliners": a space before a capitalised word groups no thousands; 73 of the 787.)
      // (A unit written with a capital still follows the whole number: "3 870 Gigawatts".)
      const next = numberStart + raw.length;
      if (raw.includes(' ') && CAPITAL_NEXT.test(sentence.slice(next, next + 2)) && !matchUnitAfter(sentence.slice(next), sentence)) {
        raw = raw.slice(0, raw.indexOf(' '));
        re.lastIndex = numberStart + raw.length;
      }
      parsed = parseDigits(raw.replace('−', '-'));
      kind = 'digits';
    } else if (groups.vulgar) {
      if (/[\p{L}]/u.test(sentence[numberStart - 1] ?? '')) continue;
      parsed = { value: VULGAR[raw]!, decimals: 0, spelled: false, exact: null };
      kind = 'vulgar';
    } else if (groups.fraction) {
      parsed = { value: FRACTIONS[raw.toLowerCase().replace(/-/g, ' ')] ?? NaN, decimals: 0, spelled: true, exact: null };
      kind = 'fraction';
    } else if (raw.toLowerCase() === 'a') {
      parsed = { value: 1, decimals: 0, spelled: true, exact: { negative: false, digits: '1', exp: 0 } };
      kind = 'words';
    } else {
      parsed = parseSpelled(raw);
      if (parsed?.length && parsed.length < raw.length) {
        raw = raw.slice(0, parsed.length);
        re.lastIndex = numberStart + raw.length;
      }
      kind = 'words';
    }
    if (!parsed || !Number.isFinite(parsed.value)) continue;
    if (kind !== 'digits' && isPeriodSpan(sentence, numberStart, numberStart + raw.length)) continue;
    // ("Dune: Part Two opens to $81.5 million", "Chapter Three"): a number word in capitals after a label in capitals names a part.
    if (kind === 'words' && /^\p{Lu}/u.test(raw) && TITLE_LABEL_BEFORE.test(sentence.slice(Math.max(0, numberStart - 12), numberStart))) continue;

    const q = readAround(sentence, numberStart, numberStart + raw.length, parsed, raw, kind, options.gluedMillions === true);
    if (!q) continue;
    re.lastIndex = Math.max(re.lastIndex, q.end);
    found.push(q);
  }
  for (const r of RANK_WORDS.test(sentence) ? sentence.matchAll(RANK) : []) {
    const value = r.groups!.word ? ORDINALS[r.groups!.word.toLowerCase()]! : Number(r.groups!.num);
    const start = r.index;
    const end = start + r[0].length;
    if (found.some((q) => q.start < end && start < q.end)) continue;
    found.push({
      start,
      end,
      numberStart: start,
      numberEnd: end,
      value,
      unit: 'rank',
      qualifier: 'exact',
      halfStep: 0,
      range: null,
      noun: r[0].split(/[- ]/).slice(1).join(' '),
      rate: null,
      change: null,
    });
  }
  found.sort((a, b) => a.start - b.start);
  if (options.sterling && poundsUncued(sentence))
    for (const [i, q] of found.entries())
      if (q.unit === 'lb' && /\bpounds?\b/i.test(sentence.slice(q.numberEnd, q.end)) && !/^\s?(?:of|in weight)\b/i.test(sentence.slice(q.end)))
        found[i] = { ...q, unit: 'GBP', noun: null };
  // ("made a profit of 2.22 trillion crowns", "the fund is worth 15.76 trillion kroner": money of the country the sentence or the
  // text names.)
  if (found.some((q) => q.unit === 'count' && CROWN_NOUN.test(q.noun ?? ''))) {
    const crown = crownOf(sentence) ?? options.crown ?? null;
    if (crown) for (const [i, q] of found.entries()) if (q.unit === 'count' && CROWN_NOUN.test(q.noun ?? '')) found[i] = { ...q, unit: crown, noun: null };
  }
  return carryPerPopulation(sentence, dropRestatements(sentence, carryCurrency(sentence, shareListScale(sentence, pointsOfAPercentage(sentence, found)))));
}

const POINTS = /^points?$/i;
const CROWN_NOUN = /^(?:crowns?|kroner|krone)$/i;
// "rose 0.4 points to 4.1%", "0.3 points from 2.9 %": points a percentage moved by, right before it.
const POINTS_TO_PERCENT = /^\s+(?:to|from)\s+(?:a\s+|an\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;
// "fell to 4.1%, down 0.4 points", "4.1 %, 0.4 points lower": a percentage and the points it moved by after it.
const PERCENT_THEN_POINTS = /^(?:\s+in\s+[\p{L}\d ]{3,20}?)?\s*,\s*(?:(?:up|down)\s+(?:by\s+)?)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$/iu;

/**
 * Points a percentage moved by are percentage points, however they are written: "The unemployment rate rose 0.4 points
 * to 4.1%" (not index points: "The S&P 500 rose 50 points, or 1%, to 5,000" sets them against no percentage so).
 */
function pointsOfAPercentage(sentence: string, found: Quantity[]): Quantity[] {
  // (Most sentences count no points: they keep their array.)
  if (!found.some((q) => q.noun !== null && POINTS.test(q.noun))) return found;
  return found.map((q, i) => {
    if (q.unit !== 'count' || q.range !== null || !POINTS.test(q.noun ?? '')) return q;
    const next = found[i + 1];
    const before = found[i - 1];
    const movedTo = next?.unit === 'percent' && POINTS_TO_PERCENT.test(sentence.slice(q.end, next.start));
    const movedBy = before?.unit === 'percent' && PERCENT_THEN_POINTS.test(sentence.slice(before.end, q.start));
    return movedTo || movedBy ? { ...q, unit: 'percentage_point', noun: null } : q;
  });
}

// What joins a sum to the one it is set against: "$1.45 trillion in January, up from 1.17 trillion", "£30bn against
// 28bn", "$5 billion compared with 4.5 billion".
const SET_AGAINST_SUM =
  /^[^.;:()\d]{0,60}?(?:\b(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+from|\bfrom|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bthan)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+)?$/i;
// Right next to it: "$5 billion and 4.5 billion", "$5 billion or 4.5 billion", and "from $5 billion to 4.5 billion".
const NEXT_TO_SUM = /^\s*(?:,\s*)?(?:and|or)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;
const MOVED_TO_SUM = /^\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;

/**
 * "Chinese banks extended $1.45 trillion in new loans in January, up from 1.17 trillion in December": a number written
 * with a scale word and nothing else, set against the sum right before it, is in that sum's currency.
 */
function carryCurrency(sentence: string, found: Quantity[]): Quantity[] {
  for (let i = 1; i < found.length; i++) {
    const q = found[i]!;
    const p = found[i - 1]!;
    if (q.unit !== 'count' || q.noun !== null || q.start !== q.numberStart || q.range !== null || kindOf(p.unit) !== 'money') continue;
    const number = Number(sentence.slice(q.numberStart, q.numberEnd).replace(/,/g, ''));
    const factor = number > 0 ? Math.round(q.value / number) : 0;
    if (factor < 1e6 || !SCALE_FACTORS.has(factor)) continue;
    const gap = sentence.slice(p.end, q.start);
    const movedFrom = MOVED_TO_SUM.test(gap) && /\bfrom\s+(?:about\s+|around\s+)?$/i.test(sentence.slice(Math.max(0, p.start - 20), p.start));
    if (!SET_AGAINST_SUM.test(gap) && !NEXT_TO_SUM.test(gap) && !movedFrom) continue;
    found[i] = { ...q, unit: p.unit };
  }
  return found;
}

const TITLE_LABEL_BEFORE = /(?:^|[^\p{L}])(?:Part|Chapter|Episode|Season|Volume|Vol\.|Book|Act|Phase|Round|Stage|Level|Series|Article|Section|Title)\s$/u;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const SCALE_FACTORS = new Set([1e3, 1e6, 1e9, 1e12]);
const AGE_OR_LEVEL_BEFORE = /\b(?:aged?|ages|to|over|under)\s$/i;

/**
 * "145.9, 103.1, and 94.9 million smartphones", "by 1.1, 1.5 and 0.5 per cent": bare numbers listed before one written
 * with a scale word, or with a unit after it, share that scale and unit. Only numbers below 1,000 written with nothing of
 * their own, joined by commas and "and" alone, so "in 2022, 3 and 5 million" and "rose 3, with 5 million" are left as
 * they are.
 */
function shareListScale(sentence: string, found: Quantity[]): Quantity[] {
  for (let last = 1; last < found.length; last++) {
    const q = found[last]!;
    const number = Number(sentence.slice(q.numberStart, q.numberEnd).replace(/,/g, ''));
    const scale = number > 0 ? Math.round(q.value / number) : 0;
    const scaled = SCALE_FACTORS.has(scale) && Math.abs(q.value - number * scale) <= 1e-6 * q.value;
    // ("increase by 1.1, 1.5 and 0.5 per cent", "fell 7.4 and 3 per cent": a unit written after the last number alone.)
    // (Not a share of something named after it — "rise to 67 and 30 percent of pensioners" — nor an age or a level moved to.)
    const unitAfter =
      !scaled && q.unit !== 'count' && q.start === q.numberStart && q.range === null && q.value === number && !/^\s+of\b/i.test(sentence.slice(q.end));
    if (!scaled && !unitAfter) continue;
    const factor = scaled ? scale : 1;
    let first = last;
    while (first > 0) {
      const p = found[first - 1]!;
      const bare = p.unit === 'count' && p.noun === null && p.start === p.numberStart && p.end === p.numberEnd && p.value < 1000 && p.range === null;
      if (bare && !scaled && AGE_OR_LEVEL_BEFORE.test(sentence.slice(Math.max(0, p.start - 12), p.start))) break;
      if (!bare || !LIST_JOIN.test(sentence.slice(p.end, found[first]!.start))) break;
      first--;
    }
    for (let i = first; i < last; i++) {
      const p = found[i]!;
      found[i] = { ...p, value: p.value * factor, unit: q.unit, halfStep: p.halfStep * factor, noun: q.noun };
    }
  }
  return found;
}

const FRACTION_POINTS = [0, ...new Set(Object.values(FRACTIONS)), 100].sort((a, b) => a - b);
/**
 * The precision a fraction in words states: "a fifth" is 20 % as far as the writer chose it over the nearest fraction they
 * could have said instead ("a quarter", "a tenth"), so half the distance to the nearer of them either side (±2.5 points for
 * "a fifth", ±8.3 for "half"). Read as exact, "a fifth" of a market would disagree with the "20.1 %" it rounds.
 */
function fractionStep(percent: number): number {
  const at = FRACTION_POINTS.indexOf(percent);
  if (at <= 0 || at >= FRACTION_POINTS.length - 1) return 0;
  return Math.min(percent - FRACTION_POINTS[at - 1]!, FRACTION_POINTS[at + 1]! - percent) / 2;
}

const ORDINAL_FRACTION = /(?:^|[\s-])(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const ORDINAL_RUN_AFTER = /^\s(?:(?:straight|consecutive|successive|full|running)\s)?(?:year|month|week|day|quarter|season|term|time|decade)\b/i;

function readAround(
  sentence: string,
  numberStart: number,
  numberEnd: number,
  parsed: ParsedNumber,
  raw: string,
  kind: NumberKind,
  gluedMillions: boolean,
): Quantity | null {
  let before = sentence.slice(Math.max(0, numberStart - 60), numberStart);
  let start = numberStart;
  let money: string | null = null;
  let negative = false;
  // "half a million", "a quarter million dollars": a fraction of a magnitude is a number, not a share.
  if (kind === 'fraction' && SCALE_WORD.test(sentence.slice(numberEnd).replace(/^\s(?:a|an)(?=\s)/i, ''))) {
    const article = /^\s(?:a|an)(?=\s)/i.exec(sentence.slice(numberEnd));
    if (article) numberEnd += article[0].length;
    const share = parsed.value / 100;
    parsed = { value: share, decimals: 0, spelled: true, exact: Number.isInteger(share * 100) ? decimalOfNumber(share) : null };
    kind = 'words';
  }
  // "for a fifth year", "a third straight month": an ordinal counting runs of time, not a fraction of one.
  if (kind === 'fraction' && ORDINAL_FRACTION.test(raw) && ORDINAL_RUN_AFTER.test(sentence.slice(numberEnd))) return null;
  // "one-half mile", "a quarter mile", "half a mile": a fraction of a unit.
  if (kind === 'fraction') {
    const tail = sentence.slice(numberEnd).replace(/^\s(?:a|an)(?=\s)/i, '');
    const u = matchUnitAfter(tail, sentence);
    if (u && !u.glued && unitByCode(u.code)?.dimension !== 'percent' && unitByCode(u.code)?.dimension !== 'count') {
      const article = /^\s(?:a|an)(?=\s)/i.exec(sentence.slice(numberEnd));
      if (article) numberEnd += article[0].length;
      parsed = { value: parsed.value / 100, decimals: 0, spelled: true, exact: null };
      kind = 'words';
    }
  }
  const fraction = kind === 'fraction';
  // "percent of 10", "per cent of twenty-two".
  // Not "40 per cent of 2,000 workers": there the share is the 40.
  const percentOfMatch = /\b(?:percents?|per\s?cents?)\s+of\s+$/i.exec(before);
  const percentOf = percentOfMatch && !SHARE_STATED_BEFORE.test(before.slice(0, percentOfMatch.index)) ? percentOfMatch : null;

  // Sign and currency, in either order: "-$5", "$-5", "−2.4%", "minus five percent".
  const signAt = (b: string) => /(?:^|[^\p{L}\p{N}])[-−]$/u.test(b) && !/\d\s?[-−]$/.test(b);
  if (kind === 'digits' && signAt(before)) {
    negative = true;
    start -= 1;
    before = before.slice(0, -1);
  }
  if (!fraction && kind !== 'vulgar') {
    const currency = kind === 'digits' ? matchCurrencyBefore(before, sentence) : null;
    if (currency) {
      money = currency.code;
      start -= currency.length;
      before = before.slice(0, before.length - currency.length);
    }
  }
  if (!negative && money && signAt(before)) {
    negative = true;
    start -= 1;
    before = before.slice(0, -1);
  }
  if (!negative && /\bminus\s$/i.test(before)) {
    negative = true;
    start -= 6;
    before = before.slice(0, -6);
  }
  if (negative) parsed = negate(parsed);

  let end = numberEnd;
  // Mixed fractions: "2 1/2", "10½", "1/4 inch", "two and a half".
  if (kind === 'digits' && parsed.decimals === 0) {
    const tail = sentence.slice(end);
    const mixed = /^(?:\s(\d{1,2})\/(\d{1,2})|([½⅓⅔¼¾⅕⅛⅜⅝⅞]))(?![\d/])/.exec(tail);
    const simple = /^\/(\d{1,2})(?![\d/])/.exec(tail);
    if (mixed && (mixed[3] || Number(mixed[1]) < Number(mixed[2]))) {
      const frac = mixed[3] ? VULGAR[mixed[3]]! : Number(mixed[1]) / Number(mixed[2]);
      parsed = { value: roundSig(parsed.value + (negative ? -frac : frac)), decimals: 0, spelled: false, exact: null };
      end += mixed[0].length;
    } else if (simple) {
      const unitAfterFraction = matchUnitAfter(tail.slice(simple[0].length), sentence);
      if (!unitAfterFraction || Number(simple[1]) === 0) return null;
      parsed = { value: roundSig(parsed.value / Number(simple[1])), decimals: 0, spelled: false, exact: null };
      end += simple[0].length;
    }
  } else if (kind === 'words') {
    const half = /^\s(?:and\s(?:a\s)?half)\b/i.exec(sentence.slice(end));
    if (half) {
      parsed = { ...parsed, value: parsed.value + 0.5, exact: null };
      end += half[0].length;
    }
  }

  const scale = scaleAfter(sentence, end, !!money, kind, gluedMillions);
  const first: Reading = { parsed, shift: scale.shift, factor: scale.factor, scaleEnd: scale.end, unit: null, end: scale.end };
  end = scale.end;
  // "2.48×10−5", "3 x 10^6".
  const power = kind === 'digits' ? /^\s?[×x]\s?10(?:\^|\*\*)?([-−+]?\d{1,3})(?!\d)/.exec(sentence.slice(end)) : null;
  // "8×2^10", "3 x 2**20": a power of another base, exact while it is a whole number.
  const otherPower = kind === 'digits' && !power ? /^\s?[×x]\s?(\d{1,2})(?:\^|\*\*)(\d{1,2})(?!\d)/.exec(sentence.slice(end)) : null;
  if (otherPower && Number(otherPower[1]) ** Number(otherPower[2]) <= Number.MAX_SAFE_INTEGER) {
    first.factor *= Number(otherPower[1]) ** Number(otherPower[2]);
    end += otherPower[0].length;
    first.scaleEnd = end;
    first.end = end;
  }
  if (power) {
    first.shift += Number(power[1]!.replace('−', '-'));
    end += power[0].length;
    first.scaleEnd = end;
    first.end = end;
  }
  // "30 musd", "5 EURbn": a magnitude glued to a currency code.
  const magCode = !money && kind === 'digits' ? MAGNITUDE_CODE.exec(sentence.slice(end)) : null;
  if (magCode) {
    const code = (magCode[2] ?? magCode[3])!.toUpperCase();
    money = code === 'RMB' ? 'CNY' : code;
    first.shift += SCALE_EXPONENTS[(magCode[1] ?? magCode[4])!.toLowerCase()]!;
    end += magCode[0].length;
    first.scaleEnd = end;
    first.end = end;
  }
  if (/^\s?-?(?:decade|couple)s?\b/i.test(sentence.slice(end)) && raw.toLowerCase() === 'a') {
    // "a decade" is 10 years (the unit below); "a couple" is not a figure.
    if (/couple/i.test(sentence.slice(end, end + 8))) return null;
  }

  let unitMatch: UnitMatch | null = null;
  if (!money && !fraction) {
    unitMatch = matchUnitAfter(sentence.slice(end), sentence);
    // "20 (kg)", "20 [kg]": a unit in brackets, as tables write it.
    const bracket = unitMatch ? null : /^\s?([([{<])([^\s()[\]{}<>]{1,12})([)\]}>])/.exec(sentence.slice(end));
    if (bracket && '([{<'.indexOf(bracket[1]!) === ')]}>'.indexOf(bracket[3]!)) {
      const inner = matchUnitAfter(bracket[2]!, sentence);
      if (inner && inner.length === bracket[2]!.length && unitByCode(inner.code)?.dimension !== 'percent') unitMatch = { ...inner, length: bracket[0].length };
    }
    const modifier = unitMatch ? null : /^\s(?:consecutive|straight|successive|full)(?=\s)/i.exec(sentence.slice(end));
    if (modifier) {
      const timed = matchUnitAfter(sentence.slice(end + modifier[0].length), sentence);
      if (timed && unitByCode(timed.code)?.dimension === 'time') unitMatch = { ...timed, length: timed.length + modifier[0].length };
    }
    if (unitMatch && kind === 'vulgar' && unitMatch.glued) unitMatch = null;
    // "5 m" after a magnitude word is not metres; "in" after a spelled number is a preposition.
    if (unitMatch && unitMatch.code === 'm' && scale.shift) unitMatch = null;
    if (unitMatch && unitMatch.code === 'in' && kind === 'words') unitMatch = null;
  }
  if (unitMatch) {
    first.unit = unitMatch;
    end += unitMatch.length;
    first.end = end;
    // "75 USD million": the magnitude after the currency.
    const late = unitByCode(unitMatch.code)?.dimension === 'money' && first.shift === 0 ? SCALE_WORD.exec(sentence.slice(end)) : null;
    if (late && late[1]!.toLowerCase() !== 'dozen') {
      first.shift += SCALE_EXPONENTS[late[1]!.toLowerCase()]!;
      end += late[0].length;
      first.end = end;
    }
    // "5 ft 2 in": feet and inches.
    const inches = unitMatch.code === 'ft' ? FEET_INCHES.exec(sentence.slice(end)) : null;
    if (inches && first.shift === 0) {
      parsed = { value: roundSig(parsed.value + Number(inches[1]) / 12), decimals: 0, spelled: false, exact: null };
      first.parsed = parsed;
      end += inches[0].length;
      first.end = end;
    }
  } else if (money) {
    // "$5 USD": a code after a signed amount restates it.
    const again = matchUnitAfter(sentence.slice(end), sentence);
    if (again && again.code === money) end += again.length;
    first.end = end;
  }
  let unit: string | null = money ?? unitMatch?.code ?? null;
  if (kind === 'vulgar' && !unit) return null;
  // "1 in 5 adults", "one in four": a share, read as a percentage.
  const ratio = !unit && first.shift === 0 && parsed.decimals === 0 ? RATIO_AFTER.exec(sentence.slice(end)) : null;
  // "one in a million" is an idiom, not a share, and neither number is a figure.
  if (ratio && /^an?\s/i.test(ratio[1]!)) return null;
  if (kind === 'words' && /^an?\s/i.test(raw) && /\b(?:one|1)\sin\s$/i.test(before)) return null;
  if (ratio) {
    const of = /\d/.test(ratio[1]!) ? Number(ratio[1]!.replace(/,/g, '')) : (parseSpelled(ratio[1]!)?.value ?? 0);
    const tail = sentence.slice(end + ratio[0].length);
    if (of > parsed.value && parsed.value > 0 && !matchUnitAfter(tail, sentence) && !SCALE_WORD.test(tail)) {
      const share = roundSig((100 * parsed.value) / of);
      parsed = { value: share, decimals: 0, spelled: false, exact: null };
      first.parsed = parsed;
      end += ratio[0].length;
      first.scaleEnd = end;
      first.end = end;
      unit = 'percent';
    }
  }
  if (percentOf && !unit) {
    unit = 'percent';
    start -= percentOf[0].length;
    before = before.slice(0, before.length - percentOf[0].length);
  }
  // "3 dollars 50 cents", "15 dollars and 50", "$10 30 cents": the cents of an amount.
  if (unit && unitByCode(unit)?.dimension === 'money' && parsed.decimals === 0 && first.shift === 0 && (first.unit?.multiplier ?? 1) === 1) {
    const cents = CENTS_AFTER.exec(sentence.slice(end));
    // Not "10 $ 30 $": a second number with a currency of its own is a second amount.
    const ownCurrency = (at: number) => unitByCode(matchUnitAfter(sentence.slice(at), sentence)?.code ?? '')?.dimension === 'money';
    if (cents && (cents[2] || (first.unit && !/^\s?\p{L}/u.test(sentence.slice(end + cents[0].length)) && !ownCurrency(end + cents[0].length)))) {
      const n = /\d/.test(cents[1]!) ? Number(cents[1]) : (parseSpelled(cents[1]!)?.value ?? NaN);
      if (Number.isInteger(n) && n > 0 && n < 100) {
        parsed = { ...parsed, value: roundSig(parsed.value + n / 100), decimals: 2, exact: decimalOfNumber(roundSig(parsed.value + n / 100)) };
        first.parsed = parsed;
        end += cents[0].length;
        first.end = end;
      }
    }
  }

  // "9.8 ± 0.2 m", "9.83e-3 +/- 1e-5 km": a value with its uncertainty.
  const pm = !fraction && kind === 'digits' ? PLUS_MINUS.exec(sentence.slice(end)) : null;
  let plusMinus: number | null = null;
  let plusMinusShare = false;
  if (pm) {
    const u = parseDigits(pm[1]!);
    const afterPm = sentence.slice(end + pm[0].length);
    const unitAfterPm = first.unit || pm[2] ? null : matchUnitAfter(afterPm, sentence);
    plusMinus = u.value;
    // ("$24 billion, plus or minus 2%": a tolerance in percent of an amount in another unit.)
    plusMinusShare = !!pm[2] && unit !== 'percent';
    end += pm[0].length;
    if (unitAfterPm) {
      first.unit = unitAfterPm;
      unitMatch = unitAfterPm;
      unit = unitAfterPm.code;
      end += unitAfterPm.length;
    } else if (first.unit && !pm[2]) {
      // ("2.5%, plus or minus 0.5 percentage point": the tolerance's own unit word is part of the quote.)
      const again = matchUnitAfter(afterPm, sentence);
      const kind = (code: string) => unitByCode(code)?.dimension.replace('percentage_point', 'percent');
      if (again && kind(again.code) === kind(first.unit.code)) end += again.length;
    }
    first.end = end;
  }

  // Ranges: "$89 to $93 billion", "8- to 16-meter", "between 44 and 50 mg", "10-15 exabytes".
  let range: { low: number; high: number } | null = null;
  const rangeSep = !fraction && kind !== 'vulgar' && plusMinus === null ? RANGE_SEP.exec(sentence.slice(end)) : null;
  const ranging = RANGE_VERBS.test(before);
  // (The hedge of the words before, read once: they do not change until the hedge is taken below.)
  const hedgedBy = hedgeBefore(before, '', sentence.slice(end)).length;
  const changeVerb = INCREASE_BEFORE.test(before.slice(0, before.length - hedgedBy)) || DECREASE_BEFORE.test(before.slice(0, before.length - hedgedBy));
  // "from X to Y" is a start and an end after a verb of change ("fell from 6 % to 4 %"), a range otherwise ("ages from 7 to 10").
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const fromIsChange = /\bfrom\s$/i.test(before) && (MOVE_VERBS.test(clause) || !/\bfrom\s$/i.test(clause));
  const allowRange =
    !!rangeSep && (/and/i.test(rangeSep[0]) ? /\bbetween\s$/i.test(before) : true) && (!fromIsChange || ranging) && !(changeVerb && /to/i.test(rangeSep[0]));
  if (rangeSep && allowRange) {
    const s = readSecond(sentence, end + rangeSep[0].length, money);
    if (s && (s.reading.parsed.spelled === parsed.spelled || !s.reading.parsed.spelled)) {
      const r2 = s.reading;
      const unitOk = !first.unit || !r2.unit || first.unit.code === r2.unit.code;
      const secondUnit = r2.unit?.code ?? null;
      const haveUnit = unit ?? secondUnit;
      const afterRange = sentence.slice(r2.end);
      const yearRange = isYearLike(parsed, raw) || isYearLike(r2.parsed, String(r2.parsed.value));
      // The scale written once belongs to both ends when the low end is not larger ("1 to 2 thousand").
      const shareScale = first.shift === 0 && first.factor === 1 && (r2.shift !== 0 || r2.factor !== 1) && Math.abs(parsed.value) <= Math.abs(r2.parsed.value);
      const lowReading: Reading = shareScale ? { ...first, shift: r2.shift, factor: r2.factor } : first;
      const lowUnit: Reading = !first.unit && r2.unit ? { ...lowReading, unit: r2.unit } : lowReading;
      const low = valueOf(lowUnit);
      const high = valueOf(r2);
      const ordered = high > low || (negative && s.negative) || (!!first.unit && !!r2.unit && high !== low);
      // A bare count range needs a noun, unless the words say it is a range ("between 5 and 10", "from 7 to 10").
      const countOk = !!haveUnit || NOUN_AFTER.test(afterRange) || ranging || /\b(?:from|between)\s$/i.test(before);
      const suffixUnitNeedsSecond = !!first.unit && !r2.unit;
      if (unitOk && ordered && countOk && !yearRange && !suffixUnitNeedsSecond && !MONTH_AFTER.test(afterRange) && !CLOCK_AFTER.test(afterRange)) {
        range = { low: Math.min(low, high), high: Math.max(low, high) };
        if (!unit) unit = secondUnit;
        first.unit = lowUnit.unit;
        first.shift = lowReading.shift;
        first.factor = lowReading.factor;
        end = r2.end;
      }
    }
  }

  if (plusMinus !== null) {
    const v = valueOf(first);
    const d = plusMinusShare
      ? roundSig((Math.abs(v) * plusMinus) / 100)
      : roundSig(plusMinus * 10 ** first.shift * (first.unit?.multiplier ?? 1) * first.factor);
    range = { low: roundSig(v - d), high: roundSig(v + d) };
  }

  let noun: string | null = null;
  if (unit === 'count' && first.unit) noun = sentence.slice(first.scaleEnd, first.end).trim();
  if (!unit && fraction) unit = 'percent';

  if (!unit && isYearLike(parsed, raw) && scale.shift === 0) return null;
  if (fraction && !/^\s(?:of|longer|more|larger|bigger|higher|lower|smaller|less)\b/i.test(sentence.slice(end))) {
    if (hedgedBy === 0) return null;
  }
  if (fraction && /\b(?:first|second|third|last|final|other|latter|former|back|front)\s$/i.test(before)) return null;

  if (!unit) {
    unit = 'count';
    const outOf = OUT_OF.exec(sentence.slice(end));
    if (outOf) end += outOf[0].length;
    const nounMatch = NOUN_AFTER.exec(sentence.slice(end));
    const firstWord = nounMatch?.[1]?.split(/\s/)[0] ?? '';
    // "one sixth", "three halves": a fraction, not a count of sixths.
    if (/^(?:halves|thirds|quarters|fourths|fifths|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)$/i.test(firstWord)) return null;
    // ("up by 65,000 year on year": the comparison, not what was counted.)
    // ("180,000 new jobs", "18,000 estimated deaths": words that qualify the counted noun come with it; "above the 200,000
    // expected" counts nothing named.)
    const qualified = nounMatch && NOUN_QUALIFIER.test(firstWord) ? QUALIFIED_NOUN.exec(sentence.slice(end)) : null;
    if (qualified && !NON_COUNT_NOUNS.test(qualified[2]!)) {
      noun = qualified[1]!;
      if (!outOf) end += qualified[0].length;
    } else if (nounMatch && !qualified && !EXPECTED_WORD.test(firstWord) && !NON_COUNT_NOUNS.test(firstWord) && !PERIOD_ON_PERIOD.test(sentence.slice(end))) {
      noun = nounMatch[1]!;
      if (!outOf) end += nounMatch[0].length;
    }
    const scaled = first.shift !== 0 || first.factor !== 1;
    if (parsed.spelled && !noun && !scaled && parsed.value < 100) return null;
    if (parsed.spelled && !scaled && DETERMINER_BEFORE.test(before)) return null;
    if (parsed.spelled && !scaled && parsed.value === 1 && !EMPHASIS_BEFORE.test(before)) return null;
    const hedged = hedgedBy > 0;
    // A number written with thousands separators ("494,989 EVs") is a quantity, never a model number.
    if (!parsed.spelled && !parsed.grouped && !scaled && !hedged && !outOf && !range) {
      const lastWord = (/(\S+)\s$/u.exec(before)?.[1] ?? '').replace(/^["'“‘([]+/, '');
      // "Power of Siberia 2", "Boeing 737 MAX", "Core i7 860": a bare number beside a name or model is part of it.
      if (/^\p{Lu}/u.test(lastWord) && !/[.!?:;,]$/.test(lastWord) && numberStart > lastWord.length + 1) return null;
      if (/^(?=.*\p{L})(?=.*\d)[\p{L}\d-]+$/u.test(lastWord)) return null;
      if (/^\s\p{Lu}/u.test(sentence.slice(numberEnd, numberEnd + 2))) return null;
    }
  }
  if (RELATIVE_TIME_AFTER.test(sentence.slice(end)) && unitByCode(unit)?.dimension === 'time') return null;
  // "in the three months to June", "the highest in two years": a span that dates or ranks another figure.
  if (unitByCode(unit)?.dimension === 'time' && ((SPAN_TO.test(before) && SPAN_TO_AFTER.test(sentence.slice(end))) || RECORD_SPAN.test(before))) return null;
  const per = unit === 'count' && !range ? readPerPopulation(sentence.slice(end)) : null;
  if (per) end += per.length;

  const rateMatch = RATE_AFTER.exec(sentence.slice(end));
  const rate = rateMatch ? rateMatch[1]!.toLowerCase() : null;
  if (rateMatch && unit !== 'count') end += rateMatch[0].length;
  const perUnit = !rateMatch && kindOf(unit) === 'money' ? readPerUnit(sentence.slice(end), sentence) : null;
  if (perUnit) end += perUnit.length;

  // "500+ people", "10,000+": at least.
  // (The threshold is read from the number on: "the 400,000 mark" may have taken "mark" as the figure's noun.)
  let hedge = hedgeBefore(before, sentence.slice(Math.max(0, numberStart - 160), Math.max(0, numberStart - 60)), sentence.slice(numberEnd));
  if (hedge.length === 0 && hedge.qualifier === 'exact') hedge = passedRound(before, sentence.slice(numberStart, numberEnd)) ?? hedge;
  if (sentence[first.scaleEnd] === '+' && !/^\+\d/.test(sentence.slice(first.scaleEnd)) && hedge.length === 0) {
    hedge = { qualifier: 'at_least', length: 0 };
    if (end === first.scaleEnd) end += 1;
  }
  // Accounting negatives: "($99.99)".
  // A bracketed amount right after another figure restates it ("1.74 trillion yuan ($237 billion)").
  // Prose brackets an aside ("for education ($308 billion)"); a statement brackets a loss after a verb or colon.
  const restating =
    /\d[^()]{0,30}\(\s?$/.test(before) ||
    !/(?:\b(?:is|was|were|are|be|been|of|at|to|totall?ed|reached|posted|reported|showed|shows|net)|[:=])\s?\($/i.test(before);
  if (money && !negative && !restating && before.endsWith('(') && sentence[end] === ')' && /^(?:[^\p{L}\p{N}]|$)/u.test(sentence.slice(end + 1, end + 2))) {
    parsed = negate(parsed);
    first.parsed = parsed;
    start -= 1;
    before = before.slice(0, -1);
    end += 1;
    negative = true;
  }
  start -= hedge.length;
  const preHedge = before.slice(0, before.length - hedge.length);
  const after = sentence.slice(end);
  const change = hedge.threshold ? null : (changeOf(preHedge, after) ?? changeAtPace(preHedge, unit ?? '', after) ?? changeOfWording(preHedge, after));

  const value = valueOf(first);
  const halfStep = fraction
    ? fractionStep(value)
    : plusMinus !== null || kind === 'vulgar' || (parsed.exact === null && !range)
      ? 0
      : unit === 'count' && !range && first.shift === 0 && !per
        ? roundedToTheThousand(first)
        : stepOf(first);
  return {
    start,
    end,
    numberStart,
    numberEnd,
    value: range ? roundSig((range.low + range.high) / 2) : value,
    unit,
    qualifier: hedge.qualifier,
    halfStep,
    range,
    noun,
    rate,
    change,
    ...(per && { per }),
    ...(perUnit && { perUnit }),
  };
}

/**
 * "3,045km (1,892-mile)", "1.74 trillion yuan ($237 billion)": a bracketed figure in another unit
 * or currency of the same dimension restates the one before it. It stays a figure, marked as the
 * restatement, so it is shown and cited but never compared on its own.
 */
function dropRestatements(sentence: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const prev = quantities[i - 1];
    if (!prev) return q;
    const a = unitByCode(prev.unit);
    const b = unitByCode(q.unit);
    if (!a || !b || a.dimension !== b.dimension) return q;
    // ("2,319 gross orders (2,094 net)": another value in the same unit, named with a qualifier of its own, is another figure.)
    if (prev.unit === q.unit && prev.value !== q.value && qualifierAfterNumber(sentence.slice(q.start, q.end))) return q;
    const between = sentence.slice(prev.end, q.start);
    const bracketed = /^\s?\(\s?(?:or\s|about\s|some\s|roughly\s|around\s|approximately\s)?$/i.test(between);
    return bracketed ? { ...q, restates: i - 1 } : q;
  });
}

/**
 * A count written in full digits states itself exactly ("met 40 times", "4,243 theaters"), unless it ends in three zeros
 * past ten thousand: "174,000 jobs" is a count rounded to the thousand, which "173,500" does not dispute.
 */
function roundedToTheThousand(r: Reading): number {
  const v = Math.abs(r.parsed.value);
  return r.parsed.decimals === 0 && !r.parsed.spelled && v >= 10_000 && v % 1000 === 0 ? 500 : 0;
}
