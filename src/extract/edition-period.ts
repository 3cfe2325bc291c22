import { type Entity, entities } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
import { publicationEnd, type PublicationDate } from './periods.js';
import type { Period, Proposition } from './types.js';

/**
 * A figure of a recurring event (a tournament, a race) stated for a year is one of that year's edition: "Wimbledon prize
 * money rises to £50 million in 2024" and "the 2024 Championships pay £50 million" both mean the fortnight the 2024
 * Championships were held, and "£25 million in 2014" the 2014 edition. Only a year the text reads (named, or relative to
 * the publication date) is so dated, and a figure with no time of its own told within a month after an edition (see
 * latestEdition); otherwise the publication year a figure falls back to stays marked as such. The accounts of
 * the body that runs the event (revenue, profit) keep their year. Null when the proposition is of no such event, the
 * period is no calendar year, or the lexicon does not know that year's edition.
 */
export function editionPeriod(period: Period, proposition: Proposition | null, pub: PublicationDate | null = null): Period | null {
  if (!proposition || !period.start || !period.end) return null;
  const event = eventOf(proposition);
  if (!event) return null;
  if (period.resolution === 'publication') return latestEdition(event, proposition, pub);
  const year = Number(period.start.slice(0, 4));
  if (period.start !== `${year}-01-01` || period.end !== `${year}-12-31`) return null;
  const edition = event.editions!.get(year);
  if (!edition) return null;
  return { start: edition.start, end: edition.end, label: `${event.label} ${year}`, resolution: period.resolution };
}

/**
 * "19.5 million tuned in to watch Hollywood's big night", in a story filed two days after the 2024 ceremony: an outturn of a
 * recurring event that names no time of its own, told within a month of an edition, is that edition's. (Not a forecast,
 * and not from a publication date without its day.)
 */
function latestEdition(event: Entity, proposition: Proposition, pub: PublicationDate | null): Period | null {
  if (proposition.modality !== 'actual' || !pub || pub.day === null) return null;
  const published = publicationEnd(pub);
  let latest: { year: number; start: string; end: string } | null = null;
  for (const [year, edition] of event.editions!) if (edition.end <= published && (!latest || edition.end > latest.end)) latest = { year, ...edition };
  if (!latest || daysBetween(latest.end, published) > RECENT_DAYS) return null;
  return { start: latest.start, end: latest.end, label: `${event.label} ${latest.year}`, resolution: 'relative' };
}
const RECENT_DAYS = 31;
const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The one recurring event the lexicon dates that a proposition is of, unless it is of its organiser's accounts. */
function eventOf(proposition: Proposition): Entity | null {
  if (measures.get(proposition.measure)?.fiscal) return null;
  const events = [...new Set([...proposition.subject, proposition.counterpart])].flatMap((id) => {
    const e = id ? entities.get(id) : undefined;
    return e?.editions ? [e] : [];
  });
  return events.length === 1 ? events[0]! : null;
}

/** Whether a period is a whole edition of the event the proposition is of: what a year named of it was read as. */
export function isEditionOf(period: Period | null, proposition: Proposition | null): boolean {
  const event = proposition ? eventOf(proposition) : null;
  if (!event || !period?.start) return false;
  const edition = event.editions!.get(Number(period.start.slice(0, 4)));
  return edition?.start === period.start && edition.end === period.end;
}
