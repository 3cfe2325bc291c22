import { type Entity, entities } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
import type { Period, Proposition } from './types.js';

/**
 * A figure of a recurring event (a tournament, a race) stated for a year is one of that year's edition: "Wimbledon prize
 * money rises to £50 million in 2024" and "the 2024 Championships pay £50 million" both mean the fortnight the 2024
 * Championships were held, and "£25 million in 2014" the 2014 edition. Only a year the text reads (named, or relative to
 * the publication date) is so dated: the publication year a figure falls back to stays marked as such. The accounts of
 * the body that runs the event (revenue, profit) keep their year. Null when the proposition is of no such event, the
 * period is no calendar year, or the lexicon does not know that year's edition.
 */
export function editionPeriod(period: Period, proposition: Proposition | null): Period | null {
  if (!proposition || !period.start || !period.end || period.resolution === 'publication') return null;
  const event = eventOf(proposition);
  if (!event) return null;
  const year = Number(period.start.slice(0, 4));
  if (period.start !== `${year}-01-01` || period.end !== `${year}-12-31`) return null;
  const edition = event.editions!.get(year);
  if (!edition) return null;
  return { start: edition.start, end: edition.end, label: `${event.label} ${year}`, resolution: period.resolution };
}

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
