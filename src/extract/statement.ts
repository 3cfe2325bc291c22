import type { Period, Qualifier } from './types.js';

const HEDGE_WORDS: Record<Qualifier, string> = {
  exact: '',
  approximately: 'about ',
  nearly: 'nearly ',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  at_most: 'at most ',
};

const CURRENCY_SIGNS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const SCALE_NAMES: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const UNIT_NAMES: Record<string, [string, string]> = {
  km: ['km', 'km'], mi: ['mile', 'miles'], nmi: ['nautical mile', 'nautical miles'], m: ['metre', 'metres'],
  m3: ['cubic metre', 'cubic metres'], ft3: ['cubic foot', 'cubic feet'], t: ['tonne', 'tonnes'], bbl: ['barrel', 'barrels'],
  year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'], hour: ['hour', 'hours'],
  min: ['minute', 'minutes'], s: ['second', 'seconds'], percentage_point: ['percentage point', 'percentage points'],
};

// One formatter for all calls: toLocaleString builds a new one each time and dominates extraction.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function trimNumber(n: number): string {
  return NUMBER_FORMAT.format(Number(n.toPrecision(12)));
}

function scaled(value: number): string {
  for (const [size, name] of SCALE_NAMES) if (Math.abs(value) >= size) return `${trimNumber(value / size)} ${name}`;
  return trimNumber(value);
}

const ORDINAL_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

/** A figure as a reader would write it: "US$244.8 billion", "40%", "11 times", "3,045 km". */
export function formatFigure(value: number, unit: string, noun: string | null = null): string {
  if (/^[A-Z]{3}$/.test(unit)) {
    const sign = CURRENCY_SIGNS[unit];
    return sign ? `${sign}${scaled(value)}` : `${scaled(value)} ${unit}`;
  }
  if (unit === 'percent') return `${trimNumber(value)}%`;
  if (unit === 'rank') return `${value}${ORDINAL_SUFFIX(value)}`;
  if (unit === 'count') return noun ? `${scaled(value)} ${noun}` : scaled(value);
  const names = UNIT_NAMES[unit];
  return names ? `${scaled(value)} ${value === 1 ? names[0] : names[1]}` : `${scaled(value)} ${unit}`;
}

function periodPhrase(period: Period | null): string {
  if (!period || period.resolution === 'unresolved') return '';
  if (period.label === 'at publication') return ` at the time of writing (${period.end})`;
  if (period.start && period.end && period.start.slice(0, 4) !== period.end.slice(0, 4)) return ` from ${period.start.slice(0, 4)} to ${period.end.slice(0, 4)}`;
  return ` in ${period.label}`;
}

/** A readable sentence generated from the structured fields. */
export function makeStatement(label: string, value: number, unit: string, qualifier: Qualifier, period: Period | null, noun: string | null): string {
  const subject = label.charAt(0).toUpperCase() + label.slice(1);
  const verb = unit === 'rank' ? 'ranked' : 'was';
  return `${subject}${periodPhrase(period)} ${verb} ${HEDGE_WORDS[qualifier]}${formatFigure(value, unit, unit === 'count' ? noun : null)}.`;
}
