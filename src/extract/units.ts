/** Unit vocabulary: words and symbols after (or before) a number, mapped to contract units. */

export const CURRENCY_PREFIX =
  /(?:US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|\$|€|£|¥|₹|₽|USD|EUR|GBP|JPY|INR|CNY|RMB|RUB|AUD|CAD|CHF|HKD|SGD|KRW|Rs\.?)\s?$/;

const PREFIX_CODES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'HK$': 'HKD', 'S$': 'SGD',
  'NZ$': 'NZD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', RMB: 'CNY', Rs: 'INR', 'Rs.': 'INR',
};

export function currencyFromPrefix(symbol: string): string {
  const key = symbol.replace(/\s/g, '');
  return PREFIX_CODES[key] ?? key;
}

export const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^\s(?:US |U\.S\. |American )?dollars?\b/i, 'USD'],
  [/^\s(?:Chinese )?(?:yuan|renminbi)\b/i, 'CNY'],
  [/^\seuros?\b/i, 'EUR'],
  [/^\s(?:Indian )?rupees?\b/i, 'INR'],
  [/^\s(?:Russian )?(?:roubles?|rubles?)\b/i, 'RUB'],
  [/^\spounds?(?: sterling)?\b/i, 'GBP'],
  [/^\s(?:Japanese )?yen\b/i, 'JPY'],
];

export interface UnitMatch {
  unit: string;
  /** Multiplier into the base unit (bcm is 1e9 m3). */
  factor: number;
  length: number;
  /** Hyphenated adjective form ("two-day trip", "1,892-mile"). */
  adjective: boolean;
}

// Order matters: longer phrases first ("nautical miles" before "miles", "per cent" before "per").
const UNIT_PATTERNS: Array<[RegExp, string, number]> = [
  [/^(?:\s?%|\s?per[ \u00a0]?cent\b|\s?percent\b)/i, 'percent', 1],
  [/^\s?percentage points?\b/i, 'percentage_point', 1],
  [/^(?:\s|-)?(?:nautical miles?|nmi)\b/i, 'nmi', 1],
  [/^(?:\s|-)?(?:km|kilomet(?:re|er)s?)\b/i, 'km', 1],
  [/^(?:\s|-)(?:miles?)\b/i, 'mi', 1],
  [/^\s?(?:bcm)\b/i, 'm3', 1e9],
  [/^\s(?:cubic met(?:re|er)s?)\b/i, 'm3', 1],
  [/^\s(?:cubic feet)\b/i, 'ft3', 1],
  [/^(?:\s|-)?(?:tonnes?|metric tons?)\b/i, 't', 1],
  [/^(?:\s|-)(?:barrels?)\b/i, 'bbl', 1],
  [/^(?:\s|-)(?:met(?:re|er)s?)\b/i, 'm', 1],
  [/^(?:\s|-)(?:(?:consecutive|straight|successive|full) )?(?:years?)\b/i, 'year', 1],
  [/^(?:\s|-)(?:decades?)\b/i, 'year', 10],
  [/^(?:\s|-)(?:(?:consecutive|straight) )?(?:months?)\b/i, 'month', 1],
  [/^(?:\s|-)(?:weeks?)\b/i, 'week', 1],
  [/^(?:\s|-)(?:(?:consecutive|straight) )?(?:days?)\b/i, 'day', 1],
  [/^(?:\s|-)(?:hours?)\b/i, 'hour', 1],
  [/^(?:\s|-)(?:minutes?|mins?)\b/i, 'min', 1],
  [/^(?:\s|-)(?:seconds?)\b/i, 's', 1],
  [/^\s(?:times|occasions)\b/i, 'count', 1],
];

export function matchUnit(after: string): UnitMatch | null {
  for (const [re, unit, factor] of UNIT_PATTERNS) {
    const m = re.exec(after);
    if (m) return { unit, factor, length: m[0].length, adjective: m[0].startsWith('-') };
  }
  return null;
}

/** Units whose values cannot be negative: open-below hedges ("up to") start at zero. */
export function isNonNegative(unit: string): boolean {
  return unit !== 'percentage_point';
}
