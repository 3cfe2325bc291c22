import type { PublicationDate } from './periods.js';
import type { Period } from './types.js';

/**
 * "Inflation is expected to rise to 2.75 % in the second half of the year", written in August 2024: a
 * half or quarter named without its year that had not ended when the text was written is taken to be
 * last year's when the figure is an outturn. A forecast is about the months ahead, so it is this year's,
 * unless that part of last year ended just before the text was written, or the sentence itself points back
 * ("last year", "a year earlier", or names that year).
 */
export function forecastPartOfThisYear(period: Period, pub: PublicationDate | null, sentence: string): Period {
  if (!pub || period.resolution !== 'relative' || !period.start || !period.end) return period;
  const m = /^([HQ][1-4]) (\d{4})$/.exec(period.label);
  if (!m || Number(m[2]) !== pub.year - 1 || pub.month === null) return period;
  // A part that ended just before the text was written is the one being reported on ("missing the consensus
  // estimate for Q4", written in January): only one long past is not what a forecast is about.
  const ended = Number(period.end.slice(0, 4)) * 12 + Number(period.end.slice(5, 7));
  if (pub.year * 12 + pub.month - ended <= 3) return period;
  if (new RegExp(`\\b${m[2]}\\b`).test(sentence) || /\b(?:last|previous|prior|past)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b/i.test(sentence))
    return period;
  const next = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
  return { ...period, start: next(period.start), end: next(period.end), label: `${m[1]} ${pub.year}` };
}

const YEARS_AHEAD = /^\s*(?:in|within)\s+(two|three|four|five|2|3|4|5)\s+years(?:['’]\s*time)?\b/i;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "CPI inflation projected to fall to 1.7 % in two years and 1.5 % in three years": a forecast for a
 * number of years ahead is about the year that many years after the text, not the month it was written in.
 */
export function forecastYearsAhead(period: Period, pub: PublicationDate | null, sentence: string, figureEnd: number): Period {
  const m = YEARS_AHEAD.exec(sentence.slice(figureEnd, figureEnd + 40));
  if (!m || !pub) return period;
  const y = pub.year + (COUNT[m[1]!.toLowerCase()] ?? Number(m[1]));
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y), resolution: 'relative' };
}
