/** One number with its magnitude words and unit, and the arithmetic that turns it into a value. */
import { matchCurrencyBefore, matchUnitAfter, type UnitMatch } from '../lexicon/units.js';
import { decimalValue, DIGITS, parseDigits, parseSpelled, SCALE_EXPONENTS, SCALE_LETTER, SCALE_WORD, SPELLED_NUMBER, type ParsedNumber } from './numbers.js';

/** A counted plural noun after "30m": people, users, barrels (not "is", "was", "across"). */
const PLURAL_NOUN =
  /^\s(?!(?:was|has|does|is|gets|goes|makes|takes|seems|means|remains|stands|costs|equals|across|plus|less|thus|versus|towards|as|us|its|this|his|hers|yes|hurdles|heats|finals|races|relays|sprints|lanes|laps|runners|swimmers|walls|towers|dunes)\b)(?:[a-z]{2,}[^s\W]s|people|children|women|men)\b/;

/** What may follow a bare "18.7m" that ends its phrase: punctuation, the end, or a word that opens the next phrase. */
const PHRASE_END =
  /^(?:\s*[,.;:!?)\]]|\s*$|\s+(?:and|or|but|in|from|to|on|at|by|for|with|against|compared|versus|vs\.?|a\s+year|last|this|year[-\s]on[-\s]year)\b)/i;

/** "20.2m passengers": the text writes millions as a glued "m" before what it counts. */
const GLUED_MILLIONS = /\d(?:[.,]\d+)?m(?=\s[a-z])/g;

/**
 * Whether a text writes millions as a glued "m" ("carrying 20.2m passengers"). In such a text a
 * bare "18.7m" that ends its phrase ("when traffic totalled 18.7m and …") is millions too, not
 * metres; elsewhere a bare "2.5m" stays a length.
 */
export function writesGluedMillions(text: string): boolean {
  GLUED_MILLIONS.lastIndex = 0;
  for (let m = GLUED_MILLIONS.exec(text); m; m = GLUED_MILLIONS.exec(text))
    if (PLURAL_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  return false;
}

const SECOND_NUMBER = new RegExp(`^(?:(?<digits>${DIGITS})|(?<words>${SPELLED_NUMBER}))`, 'iu');

export type NumberKind = 'digits' | 'vulgar' | 'fraction' | 'words';

/** A number with its magnitude and unit: what one side of a range reads. */
export interface Reading {
  parsed: ParsedNumber;
  /** Power of ten from magnitude words ("billion" is 9). */
  shift: number;
  /** Any other factor (a dozen is 12). */
  factor: number;
  /** Where the magnitude words end. */
  scaleEnd: number;
  unit: UnitMatch | null;
  end: number;
}

export function valueOf(r: Reading, extraShift = 0): number {
  const shift = r.shift + extraShift;
  const mult = r.unit?.multiplier ?? 1;
  const multExp = Math.log10(mult);
  let v: number;
  if (r.parsed.exact && Number.isInteger(multExp)) v = decimalValue(r.parsed.exact, shift + multExp);
  else v = roundSig(r.parsed.value * 10 ** shift * mult);
  return r.factor === 1 ? v : roundSig(v * r.factor);
}

export function stepOf(r: Reading, extraShift = 0): number {
  const mult = r.unit?.multiplier ?? 1;
  const multExp = Math.log10(mult);
  const exp = -r.parsed.decimals - 1 + r.shift + extraShift + (r.parsed.spelled ? spelledStep(r.parsed) : 0);
  const half = Number.isInteger(multExp) ? Number(`5e${exp + multExp}`) : roundSig(Number(`5e${exp}`) * mult);
  return r.factor === 1 ? half : roundSig(half * r.factor);
}

/** "two million" is stated to the million; "two million five hundred" to the unit. */
function spelledStep(p: ParsedNumber): number {
  const digits = String(Math.trunc(Math.abs(p.value)));
  const zeros = /0*$/.exec(digits)![0].length;
  return digits === '0' ? 0 : Math.min(zeros, 12);
}

export function roundSig(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

/** Magnitude words after the number, chained ("4 hundred million"); letters only where they must be scales. */
export function scaleAfter(
  sentence: string,
  from: number,
  money: boolean,
  kind: NumberKind,
  gluedMillions = false,
): { shift: number; factor: number; end: number } {
  let shift = 0;
  let factor = 1;
  let end = from;
  if (kind === 'fraction' || kind === 'vulgar') return { shift, factor, end };
  for (let i = 0; i < 3; i++) {
    const after = sentence.slice(end);
    const w = SCALE_WORD.exec(after);
    if (w) {
      const word = w[1]!.toLowerCase();
      if (word === 'dozen') factor *= 12;
      else shift += SCALE_EXPONENTS[word]!;
      end += w[0].length;
      continue;
    }
    if (i > 0) break;
    const l = SCALE_LETTER.exec(after);
    if (!l) break;
    const letter = l[2]!;
    const spaced = l[1]!.length > 0;
    const rest = after.slice(l[0].length);
    const lower = letter.toLowerCase();
    let isScale: boolean;
    if (money) isScale = !spaced || lower !== 't';
    else if (spaced) isScale = false;
    else if (lower === 'k') isScale = !/^\s?(?:m|km|g)\b/.test(rest);
    else if (lower === 't') isScale = false;
    // ("Hulu has 50.2M total subscribers and ESPN+ boasts 24.8M": a capital M or B glued to a number is millions or billions;
    // metres are written in lower case.)
    // (After a decimal only: "the 1500M", "3M said" name a race and a company.)
    else if ((letter === 'M' || letter === 'B') && /\.\d+$/.test(sentence.slice(Math.max(0, from - 12), from))) isScale = true;
    else {
      // "8.5m tonnes", "30m people": a unit or a plural noun follows; "a 30m wall" is metres.
      const unit = matchUnitAfter(rest, sentence);
      isScale = (!!unit && unit.code !== 'm' && !unit.adjective) || PLURAL_NOUN.test(rest) || (gluedMillions && lower === 'm' && PHRASE_END.test(rest));
    }
    if (!isScale) break;
    shift += lower === 'mil' ? 6 : SCALE_EXPONENTS[lower]!;
    end += l[0].length;
  }
  return { shift, factor, end };
}

/** A second number of a range: "to $93 billion", "-16-meter", "and 50 mg". */
export function readSecond(sentence: string, from: number, money: string | null): { reading: Reading; start: number; negative: boolean } | null {
  let at = from;
  let negative = false;
  if (money) {
    const prefix = /^(?:[A-Z]{0,3}\$|€|£|¥|₹|₽|[A-Z]{3}\s?)/.exec(sentence.slice(at));
    if (prefix) {
      const cur = matchCurrencyBefore(prefix[0], sentence);
      if (!cur || cur.code !== money) return null;
      at += prefix[0].length;
    }
  }
  const sign = /^[-−]/.exec(sentence.slice(at));
  if (sign) {
    negative = true;
    at += 1;
  }
  const m = SECOND_NUMBER.exec(sentence.slice(at));
  if (!m) return null;
  let parsed: ParsedNumber | null;
  let end = at + m[0].length;
  if (m.groups!.digits) parsed = parseDigits(m[0]);
  else {
    parsed = parseSpelled(m[0]);
    if (parsed?.length) end = at + parsed.length;
  }
  if (!parsed) return null;
  if (/^[\p{L}\d]/u.test(sentence.slice(end)) && !matchUnitAfter(sentence.slice(end), sentence) && !SCALE_LETTER.test(sentence.slice(end))) return null;
  if (negative) parsed = negate(parsed);
  const scale = scaleAfter(sentence, end, !!money, m.groups!.digits ? 'digits' : 'words');
  const unit = matchUnitAfter(sentence.slice(scale.end), sentence);
  const reading: Reading = { parsed, shift: scale.shift, factor: scale.factor, scaleEnd: scale.end, unit, end: unit ? scale.end + unit.length : scale.end };
  return { reading, start: at, negative };
}

export function negate(p: ParsedNumber): ParsedNumber {
  return { ...p, value: -p.value, exact: p.exact ? { ...p.exact, negative: !p.exact.negative } : null };
}
