import { clauseOf } from './proposition.js';
import type { PublicationDate } from './periods.js';
import type { Period, Proposition } from './types.js';
import { isWorkId, OPENING_WEEKEND } from './works.js';

/**
 * Periods a text names relative to the day it was published: "this weekend", "last weekend",
 * "opening weekend", "on Thursday", "yesterday", "this week". A weekend runs Friday to Sunday: "the
 * weekend" is the most recent one at or before publication (the one under way when published on a
 * Friday, Saturday or Sunday). These need the day of publication; a text dated only by its month or
 * year cannot say which weekend, and its figures stay undated rather than take a guess.
 */

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

function dayOf(pub: PublicationDate | null): string | null {
  return pub && pub.month !== null && pub.day !== null ? `${pub.year}-${pad(pub.month)}-${pad(pub.day)}` : null;
}

function labelOf(iso: string): string {
  return `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

const relative = (start: string, end: string, label: string): Period => ({ start, end, label, resolution: 'relative' });

/** Friday to Sunday of the most recent weekend at or before the day (`back` weekends earlier). */
export function weekendAtOrBefore(day: string, back = 0): Period {
  const friday = addDays(day, -((weekday(day) + 2) % 7) - 7 * back);
  const sunday = addDays(friday, 2);
  return relative(friday, sunday, `weekend of ${labelOf(friday)}–${labelOf(sunday)}`);
}

/** Monday to Sunday of the day's week (`back` weeks earlier). */
function weekOf(day: string, back = 0): Period {
  const monday = addDays(day, -((weekday(day) + 6) % 7) - 7 * back);
  const sunday = addDays(monday, 6);
  return relative(monday, sunday, `week of ${labelOf(monday)}`);
}

/** The last such weekday at or before the day; "last Friday" said on a Friday is a week before. */
function lastWeekday(day: string, name: string, strictlyBefore: boolean): Period {
  const target = DAYS.indexOf(name.toLowerCase());
  let back = (weekday(day) - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  const d = addDays(day, -back);
  return relative(d, d, labelOf(d));
}

type Built = { period: Period; span: boolean };

const DATE_AFTER = /^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

// "SIPRI said on Monday", "in a press release on Monday", "Tesla on Tuesday said": when a statement was made, not what it measures.
const SAYING =
  /\b(?:said|says|saying|announced|announces|announcing|released|releases|published|publishes|reported|reports|report|statement|told|tells|data|figures|showed|shows|according|disclosed|confirmed|revealed|unveiled|updated)\b/i;

// "will arrive in Beijing on Thursday": a day ahead of the publication, which "the last such day" would misread.
const AHEAD = /\b(?:will|would|shall|is\s+to|are\s+to|set\s+to|scheduled|due|expected|expects?|plans?\s+to|next)\b/i;

function whenSaid(m: RegExpExecArray): boolean {
  const input = m.input;
  const before = input.slice(Math.max(0, m.index - 40), m.index);
  return SAYING.test(before) || AHEAD.test(before) || SAYING.test(input.slice(m.index + m[0].length, m.index + m[0].length + 25));
}
type Builder = (m: RegExpExecArray, pub: PublicationDate | null) => Built | null;

// A weekend someone else's ("the opening weekend of ‘Avengers: Endgame’", "Endgame's opening weekend") is no weekend of this text's.
const WEEKEND =
  /\b(?:(?:over|during|for|in|on)\s+)?(?:(this|last|past|the|that|its|their|an?)\s+)?(?:(?:past|previous|same)\s+)?(?:(opening|debut|first)[-\s]+)?weekend(?:['’]s)?(?!\s+(?:of|before|after|earlier|ago)\b)(?![-\s]+(?:records?|highs?|lows?|ever)\b)|\b(?:its|their)\s+(?:opening|debut)\s+frame\b/gi;
// ("By Sunday afternoon, officials couldn't account for 267 people", "Sunday's figures", in a Monday story: the Sunday before.)
const WEEKDAY =
  /\b(?:(?:on|last|this\s+past|[Bb]y|[Aa]s\s+of|[Uu]ntil)\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\s+(?:meeting|decision|announcement))|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?!meeting|decision|announcement|statement|report|release)/g;
const YESTERDAY = /\byesterday\b/gi;
const WEEK = /\b(this|last|past|the\s+past)\s+week\b(?![-\s]+(?:ago|earlier|before)\b)/gi;

/** Patterns findTimeExpressions tries after its own (see periods.ts). */
export const EVENT_PATTERNS: Array<[RegExp, Builder, RegExp?]> = [
  [
    WEEKEND,
    (m, pub) => {
      const day = dayOf(pub);
      if (!day || whenSaid(m)) return null;
      // ("the previous weekend"; "last weekend" said on a weekend: the one before.)
      const onWeekend = [5, 6, 0].includes(weekday(day));
      const back = /\bprevious\b/i.test(m[0]) ? 1 : /\blast\s/i.test(m[0]) && onWeekend ? 1 : 0;
      return { period: weekendAtOrBefore(day, back), span: false };
    },
    /weekend|frame/i,
  ],
  [
    WEEKDAY,
    (m, pub) => {
      const day = dayOf(pub);
      // ("by Friday, Oct. 7": the date that follows says which Friday.)
      if (DATE_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      return day && !whenSaid(m) ? { period: lastWeekday(day, (m[1] ?? m[2])!, /^last/i.test(m[0])), span: false } : null;
    },
    /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  ],
  [
    YESTERDAY,
    (m, pub) => {
      const day = dayOf(pub);
      if (!day || whenSaid(m)) return null;
      const d = addDays(day, -1);
      return { period: relative(d, d, labelOf(d)), span: false };
    },
    /yesterday/i,
  ],
  [
    WEEK,
    (m, pub) => {
      const day = dayOf(pub);
      return day && !whenSaid(m) ? { period: weekOf(day, /^last/i.test(m[1]!) ? 1 : 0), span: false } : null;
    },
    /week\b/i,
  ],
];

/** Words the guard of findTimeExpressions lets through for the patterns above. */
export const EVENT_WORDS = /weekend|week|yesterday|frame|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/i;

const WEEKEND_WORDS = new RegExp(WEEKEND.source, 'i');

/**
 * The period of a figure that the publication date dates by an event:
 * - the opening weekend of a work ("‘Barbie’ opened to $155 million"): the weekend at or before a
 *   publication day, when its sentence names no time of its own (a dateline's day is not one). A text
 *   dated only by its month says the opening fell by then: the month stands for it, and since a work
 *   opens once in a market, two such texts still speak of the same weekend;
 * - a figure whose clause says "this weekend" in a text without a publication day: no period
 *   (unresolved) rather than the year the text came out.
 */
export function eventPeriod(
  sentence: string,
  figure: { start: number; end: number },
  proposition: Proposition | null,
  pub: PublicationDate | null,
  period: Period,
  stated: Period | null,
): Period | null {
  const day = dayOf(pub);
  const opening = proposition?.facets.includes(OPENING_WEEKEND) ?? false;
  const ofWork = proposition?.subject.some(isWorkId) ?? false;
  // (Most figures are no work's and their texts are dated to the day: nothing to read.)
  if (!opening && !ofWork && (day || stated !== null || !/weekend|frame/i.test(sentence))) return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  if (opening) {
    // ("the $153 million opening of Anna Boden’s “Captain Marvel” in 2019": the year named after the work is the opening's.)
    const year = /^[^.;$€£¥]{0,60}?\bin\s+((?:19|20)\d{2})\b/.exec(sentence.slice(figure.end, clause.end))?.[1];
    if (year) return { start: `${year}-01-01`, end: `${year}-12-31`, label: year, resolution: 'explicit' };
    // ("which opened to $133 million in 2016": a time its sentence names keeps it; a dateline's day, or "now", is not one.)
    const present = stated !== null && pub !== null && stated.resolution === 'relative' && stated.label === String(pub.year);
    if (stated && !present && !(stated.start !== null && stated.start === stated.end)) return null;
    // (Nor does a period the paragraph named before: "The 2016 film … It opened to $133 million.")
    if ((!stated || present) && period.resolution === 'explicit' && period.start !== null && period.start !== period.end) return null;
    if (day) return weekendAtOrBefore(day);
    if (pub && pub.month !== null) {
      const last = new Date(Date.UTC(pub.year, pub.month, 0)).getUTCDate();
      return relative(
        `${pub.year}-${pad(pub.month)}-01`,
        `${pub.year}-${pad(pub.month)}-${pad(last)}`,
        `opening weekend, ${MONTHS[pub.month - 1]} ${pub.year}`,
      );
    }
    return null;
  }
  if (!day && stated === null && WEEKEND_WORDS.test(sentence.slice(clause.start, clause.end))) return UNRESOLVED;
  // ("it has taken in $174 million worldwide so far": a running total up to an unknown day, not the year's.)
  if (ofWork && SO_FAR.test(sentence.slice(clause.start, clause.end))) return UNRESOLVED;
  return null;
}

const UNRESOLVED: Period = { start: null, end: null, label: 'unresolved', resolution: 'unresolved' };
const SO_FAR = /\b(?:so\s+far|to\s+date|now|current|currently|running\s+total|cumulative|lifetime)\b/i;

/** A dated weekend names the opening already: "opened to $155 million" and "took $155 million this weekend" are one figure. */
export function settleOpening(p: Proposition, period: Period): Proposition {
  if (!p.facets.includes(OPENING_WEEKEND) || !period.label.startsWith('weekend of ')) return p;
  return { ...p, facets: p.facets.filter((f) => f !== OPENING_WEEKEND) };
}

/**
 * A work's takings are compared only for a span that pins them: its opening weekend, or a weekend, week or
 * day the text dates. "$169.1 million … in 2011" may be an opening, a year's takings or a lifetime total.
 */
export function workFigureDated(p: Proposition, period: Period): boolean {
  if (!p.subject.some(isWorkId)) return true;
  // (A production budget is no figure of the year the text came out.)
  if (p.measure === 'production-budget') return period.resolution === 'explicit';
  if (p.measure !== 'box-office' && p.measure !== 'admissions') return true;
  return p.facets.includes(OPENING_WEEKEND) || /^(?:weekend|week) of /.test(period.label) || (period.start !== null && period.start === period.end);
}
