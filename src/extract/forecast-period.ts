import type { PublicationDate } from './periods.js';
import type { Period } from './types.js';

/**
 * "Inflation is expected to rise to 2.75 % in the second half of the year", written in August 2024: a
 * half or quarter named without its year that had not ended when the text was written is taken to be
 * last year's when the figure is an outturn. A forecast is about the months ahead, so it is this year's,
 * unless that part of last year ended just before the text was written, or the sentence itself points back
 * ("last year", "a year earlier", or names that year); "last year's energy prices" names what a noun is of, not when.
 */
const SAME_PERIOD_LAST_YEAR =
  /\bthe\s+same\s+(?:period|quarter|half|month|time)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year(?:\s+(?:earlier|before|ago))?\b/gi;

export function forecastPartOfThisYear(period: Period, pub: PublicationDate | null, sentence: string): Period {
  if (!pub || period.resolution !== 'relative' || !period.start || !period.end) return period;
  const m = /^([HQ][1-4]) (\d{4})$/.exec(period.label);
  if (!m || Number(m[2]) !== pub.year - 1 || pub.month === null) return period;
  // A part that ended just before the text was written is the one being reported on ("missing the consensus
  // estimate for Q4", written in January): only one long past is not what a forecast is about.
  const ended = Number(period.end.slice(0, 4)) * 12 + Number(period.end.slice(5, 7));
  if (pub.year * 12 + pub.month - ended <= 3) return period;
  // ("… to $9.24 billion, compared to the same period last year": the base a forecast is set against points back, the forecast does not.)
  const own = sentence.replace(SAME_PERIOD_LAST_YEAR, ' ');
  if (new RegExp(`\\b${m[2]}\\b`).test(own) || /\b(?:last|previous|prior|past)\s+year\b(?!['’]s)|\ba\s+year\s+(?:earlier|ago|before)\b/i.test(own))
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

// "over the upcoming months", "in the months ahead", "later this year": words that look past the period reported on.
// (A consensus "expected a 0.3 % rise" is about the month just reported, and keeps it.)
const AHEAD =
  /\b(?:upcoming|coming|next|following)\s+(?:few\s+)?(?:months?|quarters?|weeks?)\b|\b(?:months|quarters)\s+ahead\b|\blater\s+(?:this|in\s+the)\s+year\b/i;

/**
 * "Inflation fell back to 2 % in May 2024 … over the upcoming months inflation will probably rise to 2.75 %":
 * a forecast whose own sentence names no time but looks ahead is about the time ahead, not the month or quarter an earlier
 * sentence reported on. It keeps only the year of the period it would have taken from the text around it.
 */
export function forecastNotOfEarlierMonth(period: Period, statedInSentence: boolean, sentence: string): Period {
  if (statedInSentence || !period.start || !period.end || period.resolution === 'publication' || !AHEAD.test(sentence)) return period;
  const y = period.end.slice(0, 4);
  if (period.start === `${y}-01-01` && period.end === `${y}-12-31`) return period;
  if (period.start.slice(0, 4) !== y) return period;
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: y, resolution: period.resolution };
}
