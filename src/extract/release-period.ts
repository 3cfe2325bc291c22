import type { PassageSpan } from './passages.js';
import { findTimeExpressions, publicationEnd, type PublicationDate } from './periods.js';
import type { Period } from './types.js';

// "the latest immigration statistics for 2023", "figures for 2024 published today": a release named by a year.
const RELEASE_FOR_YEAR = /\b(?:statistics|figures|data|numbers|estimates|results)\s+for\s+((?:19|20)\d{2})\b/i;

function monthsSpanned(p: Period): number {
  const [sy, sm] = p.start!.split('-').map(Number) as [number, number];
  const [ey, em] = p.end!.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

/**
 * "The latest immigration statistics for 2023 have just been released …, with net migration estimated
 * at 672,000", written in November 2023: a release named by a year that had not ended when it came out
 * cannot hold actual figures for that whole year. When a later sentence of the same paragraph names a
 * twelve-month period ending in that year, before publication ("arriving in the year ending June
 * 2023"), that is the period the release covers. Null when the sentence names no such release or the
 * paragraph says no more.
 */
export function releasePeriod(sentence: string, period: Period, passages: readonly PassageSpan[], at: number, pub: PublicationDate): Period | null {
  const m = RELEASE_FOR_YEAR.exec(sentence);
  const year = m?.[1];
  if (!year || period.start !== `${year}-01-01` || period.end !== `${year}-12-31`) return null;
  const published = publicationEnd(pub);
  for (let k = at + 1; k < passages.length && passages[k]!.paragraph === passages[at]!.paragraph; k++) {
    for (const e of findTimeExpressions(passages[k]!.text, pub)) {
      const p = e.period;
      if (e.base || e.anaphor || e.span || p.resolution !== 'explicit' || !p.start || !p.end) continue;
      if (p.end.startsWith(year) && p.end <= published && monthsSpanned(p) === 12) return p;
    }
  }
  return null;
}
