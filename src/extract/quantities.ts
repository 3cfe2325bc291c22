import { FRACTIONS, ORDINALS, parseDigits, parseSpelled, SCALES, SPELLED_NUMBER, type ParsedNumber } from './numbers.js';
import type { Qualifier } from './types.js';
import { CURRENCY_PREFIX, CURRENCY_WORDS, currencyFromPrefix, matchUnit } from './units.js';

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
  /** Half of the last stated digit, in base units: the rounding the wording allows. */
  halfStep: number;
  range: { low: number; high: number } | null;
  /** The counted noun or unit words after the number ("joint drills", "occasions"). */
  noun: string | null;
  /** "a month", "a year", "per day" after the figure. */
  rate: string | null;
  /** Index of the figure this one restates in brackets, in another unit of the same kind. */
  restates?: number;
  /** "rose 5 %", "fell 3 %": the direction of change the wording states. */
  change?: 'increase' | 'decrease' | null;
}

const HEDGES: Array<[RegExp, Qualifier]> = [
  [/\b(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|as many as|as much as)\s+$/i, 'approximately'],
  [/\b(?:nearly|almost|close to|just under|just below|a little under|slightly under|slightly less than|shy of)\s+$/i, 'nearly'],
  [/\b(?:at least|no less than|no fewer than|a minimum of)\s+$/i, 'at_least'],
  [/\b(?:up to|at most|no more than|a maximum of|as little as|not exceeding)\s+$/i, 'at_most'],
  [/\b(?:more than|over|above|exceeded|exceeding|exceeds|exceed|upwards of|well over|just over|a little over|slightly over|slightly more than|in excess of|beyond)\s+$/i, 'more_than'],
  [/\b(?:less than|fewer than|under|below|a little less than)\s+$/i, 'less_than'],
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s$`);
const MONTH_AFTER = new RegExp(`^(?:\\s?(?:[-–]|to|and)\\s?\\d{1,2})?(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})\\b`);
const IDENTIFIER_BEFORE =
  /\b(?:Resolution|Resolutions|Article|Articles|Route|Flight|No\.|Nos\.|Number|Chapter|Section|Vision|Boeing|Airbus|Model|Page|Room|Unit|Project|Regulation|COP|Phase|Type|Level|Class|Block|Agenda|Paragraph|Clause|Act|Decree|Item|Vol\.|Volume|Issue|Edition|Version|Terminal|Gate|Platform|Highway|Interstate|Pier|Berth|Batch|Squadron|Division|Brigade|Regiment|Fleet|Group|Summit|Forum|Games|Expo|Cup|Plan|Agenda|Strategy|Objective|Goal|Sustainable Development Goal)\s$/;
const DETERMINER_BEFORE = /\b(?:the|these|those|both|its|their|our|his|her|my|your|all|each|every|any|no|this|that|latter|former|other|next|last|first)\s$/i;
const EMPHASIS_BEFORE = /\b(?:only|just|exactly|merely|precisely)\s$/i;
const RELATIVE_TIME_AFTER = /^\s(?:ago|earlier|later|prior|from now|hence)\b/i;
const NON_COUNT_NOUNS = /^(?:since|until|after|before|took|came|went|did|made|of|another|by|or|and|more|less|way|hand|thing|side|sides|time|point|step|single|other|others|in|on|at|to|for|with|per|is|was|are|were|has|have|had|will|would|can|could|may|might)$/i;

const NUMBER_CORE = new RegExp(
  [
    '(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)',
    `(?<fraction>\\b(?:${Object.keys(FRACTIONS).sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '[ -]')).join('|')})\\b)`,
    `(?<words>\\b(?:${SPELLED_NUMBER}|a(?= (?:dozen|decade)\\b))\\b)`,
  ].join('|'),
  'giu',
);
const RANK = new RegExp(`\\b(?:(?<word>${Object.keys(ORDINALS).join('|')})|(?<num>\\d+)(?:st|nd|rd|th))[- ](?:largest|biggest|busiest|highest|lowest|smallest|richest|strongest|most [a-z]+|least [a-z]+)\\b`, 'gi');
const SCALE_AFTER = /^(?:\s|\u00a0)?(trillion|billion|million|thousand|hundred|bn|mn|mln|tn|crores?|lakhs?|dozen|m|k|b)\b/i;
const RATE_AFTER = /^\s(?:a|per|each|every)\s(year|month|week|day|annum)\b/i;
const OUT_OF = new RegExp(`^\\s(?:out\\s)?of(?:\\sthe)?\\s(?:\\d[\\d,]*|${SPELLED_NUMBER})\\b`, 'i');
const RANGE_AFTER = new RegExp(`^\\s?(?:to|–|-|and)\\s?(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${SPELLED_NUMBER})\\b`, 'i');
const NOUN_AFTER = /^[\s-]((?:[a-z][a-z-]*\s){0,2}?[a-z][a-z-]*)/;

function hedgeBefore(before: string): { qualifier: Qualifier; length: number } {
  for (const [re, qualifier] of HEDGES) {
    const m = re.exec(before);
    if (m) return { qualifier, length: m[0].length };
  }
  return { qualifier: 'exact', length: 0 };
}

function isYearLike(n: ParsedNumber, raw: string): boolean {
  return !n.spelled && /^\d{4}$/.test(raw) && n.value >= 1000 && n.value <= 2199;
}

/** A number that is part of a name, code, date or identifier rather than a quantity. */
function isMasked(sentence: string, start: number, end: number): boolean {
  const prev = sentence[start - 1] ?? '';
  const prev2 = sentence.slice(Math.max(0, start - 2), start);
  const next = sentence[end] ?? '';
  if (/[\p{L}\p{N}_]/u.test(prev)) return true; // G20, MH17, CO2
  if (/^[\p{L}\p{N}][-–/.]$/u.test(prev2)) return true; // Siberia-2, 787-9, 2023/956, 1.2.3
  if (next === '/' || (next === ':' && /\d/.test(sentence[end + 1] ?? ''))) return true; // 2023/956, 10:30
  if (/^[-–][\p{Lu}\d]/u.test(sentence.slice(end, end + 2)) && !matchUnit(sentence.slice(end))) return true; // 2-B, 7-10
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (IDENTIFIER_BEFORE.test(before) || MONTH_BEFORE.test(before)) return true;
  // 12th, 1980s, 4G — letters glued to the number that are no unit or scale.
  if (/\p{L}/u.test(next) && !matchUnit(sentence.slice(end)) && !SCALE_AFTER.test(sentence.slice(end))) return true;
  return MONTH_AFTER.test(sentence.slice(end, end + 20));
}

function halfStepOf(n: ParsedNumber, scale: number): number {
  return (0.5 * scale) / 10 ** n.decimals;
}

/** Finds every checkable figure in one sentence. */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  let consumedUntil = 0;
  for (const m of sentence.matchAll(NUMBER_CORE)) {
    const numberStart = m.index;
    if (numberStart < consumedUntil) continue;
    const raw = m[0];
    const groups = m.groups!;
    const numberEnd = numberStart + raw.length;
    let parsed: ParsedNumber | null;
    let fraction = false;
    if (groups.digits) {
      if (isMasked(sentence, numberStart, numberEnd)) continue;
      parsed = parseDigits(raw);
    } else if (groups.fraction) {
      parsed = { value: FRACTIONS[raw.toLowerCase().replace(/-/g, ' ')] ?? FRACTIONS[raw.toLowerCase()] ?? NaN, decimals: 0, spelled: true };
      fraction = true;
    } else {
      parsed = parseSpelled(raw);
    }
    if (!parsed || !Number.isFinite(parsed.value)) continue;

    const q = readAround(sentence, numberStart, numberEnd, parsed, raw, fraction);
    if (!q) continue;
    consumedUntil = q.end;
    found.push(q);
  }
  for (const m of sentence.matchAll(RANK)) {
    const value = m.groups!.word ? ORDINALS[m.groups!.word.toLowerCase()]! : Number(m.groups!.num);
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((q) => q.start < end && start < q.end)) continue;
    found.push({ start, end, numberStart: start, numberEnd: end, value, unit: 'rank', qualifier: 'exact', halfStep: 0, range: null, noun: m[0].split(/[- ]/).slice(1).join(' '), rate: null });
  }
  found.sort((a, b) => a.start - b.start);
  return dropRestatements(sentence, found);
}

function readAround(
  sentence: string,
  numberStart: number,
  numberEnd: number,
  parsed: ParsedNumber,
  raw: string,
  fraction: boolean,
): Quantity | null {
  let before = sentence.slice(Math.max(0, numberStart - 60), numberStart);
  let start = numberStart;
  let unit: string | null = null;
  let factor = 1;
  let scale = 1;
  let end = numberEnd;

  const currency = CURRENCY_PREFIX.exec(before);
  if (currency && !fraction && !parsed.spelled) {
    unit = currencyFromPrefix(currency[0]);
    start -= currency[0].length;
    before = before.slice(0, before.length - currency[0].length);
  }

  const scaleMatch = fraction ? null : SCALE_AFTER.exec(sentence.slice(end));
  if (scaleMatch) {
    const word = scaleMatch[1]!.toLowerCase();
    // A bare "m"/"b"/"k" is a scale only on money ("£850m"); otherwise it may be metres.
    if (!/^[mbk]$/.test(word) || unit) {
      scale = SCALES[word] ?? 1;
      end += scaleMatch[0].length;
      if (word === 'dozen') parsed = { ...parsed, decimals: 0 };
    }
  }

  let range: { low: number; high: number } | null = null;
  const rangeMatch = !fraction && !unit ? RANGE_AFTER.exec(sentence.slice(end)) : null;
  if (rangeMatch) {
    const n = rangeMatch.groups!.n!;
    const hi = /\d/.test(n) ? parseDigits(n) : parseSpelled(n);
    const afterRange = sentence.slice(end + rangeMatch[0].length);
    const yearRange = isYearLike(parsed, raw) || (hi && isYearLike(hi, n));
    if (hi && !yearRange && hi.value > parsed.value && !MONTH_AFTER.test(afterRange) && (matchUnit(afterRange) || NOUN_AFTER.test(afterRange))) {
      range = { low: parsed.value * scale, high: hi.value * scale };
      end += rangeMatch[0].length;
    }
  }

  let noun: string | null = null;
  if (!unit) {
    if (fraction) {
      unit = 'percent';
    } else {
      const wordUnit = CURRENCY_WORDS.find(([re]) => re.test(sentence.slice(end)));
      if (wordUnit) {
        unit = wordUnit[1];
        end += wordUnit[0].exec(sentence.slice(end))![0].length;
      } else {
        const u = matchUnit(sentence.slice(end));
        if (u && !(u.unit === 'm' && scale !== 1)) {
          unit = u.unit;
          factor = u.factor;
          end += u.length;
          noun = u.unit === 'count' ? sentence.slice(end - u.length, end).trim() : null;
        }
      }
    }
  }

  if (!unit && isYearLike(parsed, raw) && scale === 1) return null;
  if (fraction && !/^\s(?:of|longer|more|larger|bigger|higher|lower|smaller|less)\b/i.test(sentence.slice(end))) {
    const hedged = hedgeBefore(before).length > 0;
    if (!hedged) return null;
  }
  if (fraction && /\b(?:first|second|third|last|final|other)\s$/i.test(before)) return null;

  if (!unit) {
    unit = 'count';
    const outOf = OUT_OF.exec(sentence.slice(end));
    if (outOf) end += outOf[0].length;
    const nounMatch = NOUN_AFTER.exec(sentence.slice(end));
    const firstWord = nounMatch?.[1]?.split(/\s/)[0] ?? '';
    if (nounMatch && !NON_COUNT_NOUNS.test(firstWord)) {
      noun = nounMatch[1]!;
      // Only the first noun word belongs to the quote ("90 joint drills" keeps both words when
      // the first is an adjective we cannot tell apart, so the quote takes what was read).
      if (!outOf) end += nounMatch[0].length;
    }
    if (parsed.spelled && !noun && scale === 1) return null;
    if (parsed.spelled && scale === 1 && DETERMINER_BEFORE.test(before)) return null;
    // A bare "one" is mostly a pronoun ("one where", "one set of"); as a count it is stressed ("only one instance").
    if (parsed.spelled && scale === 1 && parsed.value === 1 && !EMPHASIS_BEFORE.test(before)) return null;
    const hedged = hedgeBefore(before).length > 0;
    // "Power of Siberia 2", "Boeing 737 MAX", "the 50 Let Pobedy": a bare number beside a capitalised word is a name.
    if (!parsed.spelled && scale === 1 && !hedged && !outOf) {
      const lastWord = /(\S+)\s$/u.exec(before)?.[1] ?? '';
      if (/^\p{Lu}/u.test(lastWord) && !/[.!?:;,]$/.test(lastWord) && numberStart > lastWord.length + 1) return null;
      if (/^\s\p{Lu}/u.test(sentence.slice(numberEnd, numberEnd + 2))) return null;
    }
  }
  if (RELATIVE_TIME_AFTER.test(sentence.slice(end)) && ['year', 'month', 'week', 'day', 'hour', 'min'].includes(unit)) return null;

  const rateMatch = RATE_AFTER.exec(sentence.slice(end));
  const rate = rateMatch ? rateMatch[1]!.toLowerCase() : null;
  if (rateMatch && unit !== 'count') end += rateMatch[0].length;

  const hedge = hedgeBefore(before);
  start -= hedge.length;
  const value = parsed.value * scale * factor;
  return {
    start,
    end,
    numberStart,
    numberEnd,
    value: range ? (range.low + range.high) / 2 * factor : value,
    unit,
    qualifier: hedge.qualifier,
    halfStep: fraction ? 0 : unit === 'count' && !range ? 0 : halfStepOf(parsed, scale) * factor,
    range: range ? { low: range.low * factor, high: range.high * factor } : null,
    noun,
    rate,
  };
}

/**
 * "3,045km (1,892-mile)", "1.74 trillion yuan ($237 billion)": a bracketed figure in another unit
 * of the same kind restates the one before it. It stays a figure, marked as the restatement.
 */
function dropRestatements(sentence: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const prev = quantities[i - 1];
    if (!prev) return q;
    const between = sentence.slice(prev.end, q.start);
    const bracketed = /^\s?\(\s?(?:or\s|about\s|some\s|roughly\s|around\s|approximately\s)?$/i.test(between);
    return bracketed && sameKind(prev.unit, q.unit) ? { ...q, restates: i - 1 } : q;
  });
}

const MONEY = /^[A-Z]{3}$/;
function sameKind(a: string, b: string): boolean {
  if (MONEY.test(a) || MONEY.test(b)) return MONEY.test(a) && MONEY.test(b);
  const family = (u: string) => ({ km: 'length', mi: 'length', nmi: 'length', m: 'length', m3: 'volume', ft3: 'volume', bbl: 'volume' })[u] ?? u;
  return family(a) === family(b);
}
