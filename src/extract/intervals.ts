import { roundSignificant, unitByCode } from '../lexicon/units.js';
import type { Interval, Qualifier } from './types.js';

/** "about X" is read as within 2 % of X (or the stated rounding, if wider). */
export const APPROXIMATELY_TOLERANCE = 0.02;
/** "nearly X" / "almost X" is read as up to 5 % below X, never above it. */
export const NEARLY_TOLERANCE = 0.05;

/** Units whose values cannot be negative: open-below hedges ("up to") start at zero. */
export function isNonNegative(unit: string): boolean {
  const dimension = unitByCode(unit)?.dimension;
  return dimension !== 'percentage_point' && dimension !== 'temperature';
}

/** Bounds are sums of decimals: rounded to 15 significant digits, 5.3 + 0.05 is 5.35, not 5.3500000000000005. */
const r = roundSignificant;

/**
 * Every true value the wording is consistent with. The stated precision gives half a unit of
 * the last digit either side ("$245 billion" → 244.5–245.5 bn); the hedge then widens or
 * opens it. Counts stated as integers are exact.
 */
export function intervalFor(value: number, unit: string, qualifier: Qualifier, halfStep: number, range: { low: number; high: number } | null = null): Interval {
  const low = range ? range.low : value;
  const high = range ? range.high : value;
  const floor = isNonNegative(unit) && low >= 0 ? 0 : null;
  switch (qualifier) {
    case 'exact':
      return { low: r(low - halfStep), high: r(high + halfStep) };
    case 'approximately': {
      const w = Math.max(halfStep, APPROXIMATELY_TOLERANCE * Math.abs(value));
      return { low: r(low - w), high: r(high + w) };
    }
    case 'nearly':
      return { low: r(low - Math.max(halfStep, NEARLY_TOLERANCE * Math.abs(value))), high };
    case 'more_than':
    case 'at_least':
      return { low, high: null };
    case 'less_than':
    case 'at_most':
      return { low: floor, high };
  }
}
