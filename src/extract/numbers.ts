/** Number words and scales: the vocabulary the quantity grammar is built from. */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, dozen: 12,
};

/** Fractions read as percentages ("half" of something is 50 %). */
export const FRACTIONS: Record<string, number> = {
  half: 50, 'a half': 50, 'one half': 50, 'a third': 100 / 3, 'one third': 100 / 3, 'one-third': 100 / 3,
  'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'a quarter': 25, 'one quarter': 25, 'one-quarter': 25,
  'three quarters': 75, 'three-quarters': 75, 'a fifth': 20, 'one fifth': 20, 'one-fifth': 20, 'a tenth': 10,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** "twenty-five", "ninety", "seven", "a dozen"/"two dozen" are handled by the caller through SCALES. */
export const SPELLED_NUMBER = `(?:(?:${TENS})(?:[- ](?:${SMALL}))?|${SMALL})`;

export interface ParsedNumber {
  value: number;
  /** Decimal places written (for the rounding interval); 0 for integers and words. */
  decimals: number;
  spelled: boolean;
}

export function parseDigits(raw: string): ParsedNumber {
  const clean = raw.replace(/[,\u00a0\u202f ]/g, '');
  const dot = clean.indexOf('.');
  return { value: Number(clean), decimals: dot < 0 ? 0 : clean.length - dot - 1, spelled: false };
}

export function parseSpelled(raw: string): ParsedNumber | null {
  const words = raw.toLowerCase().split(/[- ]+/);
  let value = 0;
  for (const w of words) {
    if (w === 'a') {
      value += 1;
      continue;
    }
    const n = UNITS_WORDS[w];
    if (n === undefined) return null;
    value += n;
  }
  return { value, decimals: 0, spelled: true };
}
