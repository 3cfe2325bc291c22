/**
 * Numbers as written: digits in every grouping the news uses, spelled-out numbers, magnitude
 * words and fractions, read into exact decimals.
 *
 * Values are computed from the decimal digits, never by multiplying binary floats: a number
 * is kept as its digit string and a power of ten, and turned into a double once, by the
 * correctly rounded string-to-number conversion ("136.67" × 1e9 is read as "13667e7", which
 * is exactly 136670000000). A non-decimal factor (a dozen, two thirds) is rounded to 15
 * significant digits.
 */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Magnitude words and abbreviations, as powers of ten (a dozen is 12, not a power). */
export const SCALE_EXPONENTS: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  mil: 6,
  mio: 6,
  bn: 9,
  bln: 9,
  bil: 9,
  b: 9,
  tn: 12,
  tr: 12,
  trn: 12,
  trln: 12,
  t: 12,
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  crore: 7,
  crores: 7,
};

/** Digits in every grouping the grammar reads (parseDigits turns a match into a number). */
export const DIGITS = [
  '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?(?![\\d,])', // Indian grouping 12,34,567.89
  '\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?(?![\\d.])', // 1.234.567(,89)
  '\\d{1,3}(?:\\.\\d{3})+,\\d+(?![\\d,])', // 1.234,5
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d])', // 1,234,567.89
  "\\d{1,3}(?:[\\u00a0\\u2009\\u202f ’'](?=\\d{3}(?![\\d]))\\d{3})+(?:\\.\\d+)?(?![\\d])", // 3 870 · 1’000
  '\\d{1,3},\\d{1,2}(?![\\d,])', // decimal comma 297,6
  '\\d+(?:\\.\\d+)?[eE][-+−]?\\d{1,3}(?![\\p{L}\\d])', // 4e14
  '\\d+(?:\\.\\d+)?',
  '(?<![\\d.,])\\.\\d+', // .002
].join('|');

/** Magnitude words after a number: always scales. */
export const SCALE_WORD =
  /^(?:[ \u00a0\u2009\u202f]|-(?=[a-z]))?(hundred|thousand|million|billion|trillion|bn|mn|mln|bln|bil|mio|tn|trn|trln|crores?|lakhs?|lacs?|dozen)(?![\p{L}\d])/iu;
/** Letter abbreviations: scales only where the context says so (see scaleAfter). */
export const SCALE_LETTER = /^([ \u00a0\u2009\u202f]?)(k|m|b|t|K|M|B|T|mil)(?![\p{L}\d])/u;

/** Fractions read as percentages ("half" of something is 50 %), to 15 significant digits. */
export const FRACTIONS: Record<string, number> = {
  half: 50,
  'a half': 50,
  'one half': 50,
  'a third': 33.3333333333333,
  'one third': 33.3333333333333,
  'two thirds': 66.6666666666667,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
  'a tenth': 10,
};

/** Vulgar fraction characters. */
export const VULGAR: Record<string, number> = {
  '½': 0.5,
  '⅓': 0.333333333333333,
  '⅔': 0.666666666666667,
  '¼': 0.25,
  '¾': 0.75,
  '⅕': 0.2,
  '⅛': 0.125,
  '⅜': 0.375,
  '⅝': 0.625,
  '⅞': 0.875,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero';
const BIG = 'hundred|thousand|million|billion|trillion|lakh|crore';
const WORD = `(?:${TENS})(?:[- ](?:${SMALL}))?|${SMALL}|${BIG}`;
/**
 * A spelled number, possibly compound: "seven", "twenty-five", "thirty-four thousand five
 * hundred twelve", "one hundred and two", "three million, two hundred & forty".
 */
export const SPELLED_NUMBER = `(?:(?:a|an)\\s(?=(?:${BIG}|dozen)\\b))?(?:${WORD})(?:(?:\\s?,\\s|\\s(?:and|&)\\s|[\\s-])(?:${WORD}))*`;

/** An exact decimal: sign × digits × 10^exp. */
export interface Decimal {
  negative: boolean;
  digits: string;
  exp: number;
}

export interface ParsedNumber {
  value: number;
  /** Decimal places written (for the rounding interval); 0 for integers and words. */
  decimals: number;
  spelled: boolean;
  /** The exact decimal the value came from (null for fractions). */
  exact: Decimal | null;
  /** Characters of the raw text the number took (spelled numbers may stop early). */
  length?: number;
  /** Written with thousands separators ("494,989", "3 870", "1.234.567"): a quantity, never a model number. */
  grouped?: boolean;
}

export function decimalOf(text: string): Decimal {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const digits = (dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1)).replace(/^0+(?=\d)/, '') || '0';
  return { negative, digits, exp: dot < 0 ? 0 : -(body.length - dot - 1) };
}

/** The double nearest to d × 10^shift, read from the decimal string (no binary products). */
export function decimalValue(d: Decimal, shift = 0): number {
  const v = Number(`${d.digits}e${d.exp + shift}`);
  return d.negative ? -v : v;
}

/** x × factor, exact when the factor is a power of ten, else to 15 significant digits. */
export function scaleExact(d: Decimal | null, value: number, factor: number): number {
  if (factor === 1) return value;
  const exp = Math.log10(Math.abs(factor));
  if (d && Number.isInteger(exp)) return decimalValue(d, exp) * (factor < 0 ? -1 : 1);
  const r = value * factor;
  return r === 0 ? 0 : Number(r.toPrecision(15));
}

/**
 * Digits with any thousands grouping (1,234 · 1 234 · 1’234 · 12,34,567 · 1.234.567), a
 * decimal point or an unambiguous decimal comma ("297,6": one or two digits after it).
 */
export function parseDigits(raw: string): ParsedNumber {
  const sci = /^(.*?)[eE]([-+−]?\d+)$/.exec(raw);
  if (sci) {
    const m = parseDigits(sci[1]!);
    const exp = Number(sci[2]!.replace('−', '-'));
    const d = { ...m.exact!, exp: m.exact!.exp + exp };
    return { value: decimalValue(d), decimals: Math.max(0, -d.exp), spelled: false, exact: d };
  }
  let s = raw.replace(/[\u00a0\u2009\u202f ’'_]/g, '');
  let grouped = s !== raw;
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(s) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) {
    s = s.replace(/\./g, '').replace(',', '.');
    grouped = true;
  } else if (/^\d+,\d{1,2}$/.test(s)) {
    s = s.replace(',', '.');
  } else {
    grouped ||= s.includes(',');
    s = s.replace(/,/g, '');
  }
  if (s.startsWith('.')) s = `0${s}`;
  const d = decimalOf(s);
  return { value: decimalValue(d), decimals: Math.max(0, -d.exp), spelled: false, exact: d, grouped };
}

/**
 * A compound spelled number, read as far as it is well formed: "thirty-four thousand five
 * hundred twelve" → 34512; "one and two" stops after "one". Returns the value and how many
 * characters were used.
 */
export function parseSpelled(raw: string): ParsedNumber | null {
  const re = /[a-z]+|&|,|[\s-]+/gi;
  let total = 0;
  let group = 0;
  let last: 'small' | 'tens' | 'hundred' | 'big' | 'a' | null = null;
  let consumed = 0;
  let pendingJoin = false;
  let any = false;
  let lastBig = Infinity;
  for (const m of raw.matchAll(re)) {
    const t = m[0].toLowerCase();
    if (/^[\s-]+$/.test(t) || t === ',') continue;
    if (t === 'and' || t === '&') {
      if (last !== 'hundred' && last !== 'big') break;
      pendingJoin = true;
      continue;
    }
    const end = m.index + m[0].length;
    if (t === 'a' || t === 'an') {
      if (any) break;
      group = 1;
      last = 'a';
      continue;
    }
    const n = UNITS_WORDS[t];
    if (n !== undefined) {
      if (last === 'small' || (last === 'tens' && (n >= 10 || n === 0)) || last === 'a') break;
      if (pendingJoin && n === 0) break;
      group += n;
      last = n >= 20 && n % 10 === 0 ? 'tens' : 'small';
    } else if (t === 'hundred') {
      if (last === 'hundred') break;
      group = (group || (last === null ? 0 : 1)) * 100;
      if (group === 0) break;
      last = 'hundred';
    } else if (t in SCALE_EXPONENTS && t.length > 3) {
      const size = 10 ** SCALE_EXPONENTS[t]!;
      if (size >= lastBig || (!group && last !== 'a')) break;
      total += (group || 1) * size;
      group = 0;
      lastBig = size;
      last = 'big';
    } else {
      break;
    }
    pendingJoin = false;
    any = true;
    consumed = end;
  }
  if (!any || last === 'a') return null;
  const value = total + group;
  return { value, decimals: 0, spelled: true, exact: decimalOf(String(value)), length: consumed };
}
