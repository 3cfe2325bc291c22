import { personName } from './person-name.js';
import type { CitableSource, CslDate, CslItem } from './types.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * "2025" → [[2025]], "2024-05" → [[2024, 5]], "2025-12-04" → [[2025, 12, 4]]. A part that is
 * out of range is dropped with everything finer, so a bad day still leaves the month.
 */
export function cslDate(publishedAt: string | null): CslDate | undefined {
  const match = publishedAt ? ISO_DATE.exec(publishedAt.trim()) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 0 : Number(match[2]);
  if (month < 1 || month > 12) return { 'date-parts': [[year]] };
  const day = match[3] === undefined ? 0 : Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}

/**
 * A CSL-JSON item for a source. With a publisher the item is an `article-magazine` whose
 * container is the publication: APA, MLA and Chicago then all print the site name where an
 * online article's periodical goes, and citation-js exports it as RIS `MGZN` with `T2` and
 * BibTeX `@article` with `journal`. (`article-newspaper` would be apter for a newspaper, but
 * citation-js's RIS mapping drops its authors and date; `webpage` drops the site name from
 * RIS and BibTeX.) The publisher is not also set as `publisher`, or Chicago prints it twice.
 * Without a publisher the item is a plain `webpage`.
 */
export function cslItem(source: CitableSource): CslItem {
  const publisher = source.publisher?.trim();
  const authors = source.authors.filter((name) => name.trim() !== '').map(personName);
  const url = source.url?.trim();
  const issued = cslDate(source.publishedAt);
  // Kept even when "und" (undetermined): without a language, styles assume English and
  // title-case the title, which garbles a title in any other language.
  const language = source.language.trim();
  return {
    id: source.id,
    type: publisher ? 'article-magazine' : 'webpage',
    title: source.title.trim(),
    ...(authors.length > 0 && { author: authors }),
    ...(publisher && { 'container-title': publisher }),
    ...(url && { URL: url }),
    ...(issued && { issued }),
    ...(language && { language }),
  };
}
