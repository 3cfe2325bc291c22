import { unitByCode } from '../lexicon/units.js';
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

const SCALE_NAMES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
// One formatter for all calls: toLocaleString builds a new one each time and dominates extraction.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

// Formatting is slow next to a lookup, and statements repeat their numbers; bounded, cleared when full.
const formatted = new Map<number, string>();

function trimNumber(n: number): string {
  // (An integer of at most twelve digits is its own rounding; + 0 turns −0 into 0, as the string round trip does.)
  const x = Number.isInteger(n) && Math.abs(n) < 1e12 ? n + 0 : Number(n.toPrecision(12));
  let s = formatted.get(x);
  if (s === undefined) {
    if (formatted.size >= 10_000) formatted.clear();
    s = NUMBER_FORMAT.format(x);
    formatted.set(x, s);
  }
  return s;
}

function scaled(value: number): string {
  for (const [size, name] of SCALE_NAMES) if (Math.abs(value) >= size) return `${trimNumber(value / size)} ${name}`;
  return trimNumber(value);
}

const ORDINAL_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

/** A figure as a reader would write it: "US$244.8 billion", "40%", "11 times", "3,045 km". */
export function formatFigure(value: number, unit: string, noun: string | null = null): string {
  const u = unitByCode(unit);
  if (u?.display.sign) return `${u.display.sign}${scaled(value)}`;
  if (u?.dimension === 'money' || (!u && /^[A-Z]{3}$/.test(unit))) return `${scaled(value)} ${unit}`;
  if (unit === 'percent') return `${trimNumber(value)}%`;
  if (unit === 'rank') return `${value}${ORDINAL_SUFFIX(value)}`;
  if (unit === 'count') return noun ? `${scaled(value)} ${noun}` : scaled(value);
  if (!u) return `${scaled(value)} ${unit}`;
  return `${scaled(value)} ${value === 1 ? u.display.one : u.display.many}`;
}

function periodPhrase(period: Period | null): string {
  if (!period || period.resolution === 'unresolved') return '';
  if (period.label === 'at publication') return ` at the time of writing (${period.end})`;
  if (period.start && period.end && period.start.slice(0, 4) !== period.end.slice(0, 4))
    return ` from ${period.start.slice(0, 4)} to ${period.end.slice(0, 4)}`;
  return ` in ${period.label}`;
}

/** A readable sentence generated from the structured fields. */
export function makeStatement(label: string, value: number, unit: string, qualifier: Qualifier, period: Period | null, noun: string | null): string {
  const subject = label.charAt(0).toUpperCase() + label.slice(1);
  const verb = unit === 'rank' ? 'ranked' : 'was';
  return `${subject}${periodPhrase(period)} ${verb} ${HEDGE_WORDS[qualifier]}${formatFigure(value, unit, unit === 'count' ? noun : null)}.`;
}
