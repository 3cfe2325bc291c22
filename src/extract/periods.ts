import { movedFromTimed, movedToBefore, setAgainstBefore, YEAR_ON_YEAR_WORDS } from './moved-from.js';
import { EVENT_PATTERNS, EVENT_WORDS } from './event-period.js';
import { CHANGE_NOUNS, LEVEL_LEAD, MOVED_BY } from './level-of-time.js';
import type { Period } from './types.js';
import { quickEdges } from './word-edges.js';

/** A publication date of any precision ("2025", "2024-05", "2025-12-04"). */
export interface PublicationDate {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePublicationDate(value: string | null): PublicationDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The last day of month `m` (1–12) of year `y`; by table for the years and months texts name, else as the calendar counts. */
const lastDay = (y: number, m: number) =>
  Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12
    ? m === 2 && isLeapYear(y)
      ? 29
      : DAYS_IN_MONTH[m - 1]!
    : new Date(Date.UTC(y, m, 0)).getUTCDate();
const yearStart = (y: number) => `${y}-01-01`;
const yearEnd = (y: number) => `${y}-12-31`;
const monthStart = (y: number, m: number) => `${y}-${pad(m)}-01`;
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

/** The first day the publication date can stand for, at its own precision. */
export function publicationStart(pub: PublicationDate): string {
  return `${pub.year}-${pad(pub.month ?? 1)}-${pad(pub.day ?? 1)}`;
}

/** The last day the publication date can stand for, at its own precision. */
export function publicationEnd(pub: PublicationDate): string {
  if (pub.month === null) return yearEnd(pub.year);
  if (pub.day === null) return monthEnd(pub.year, pub.month);
  return `${pub.year}-${pad(pub.month)}-${pad(pub.day)}`;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A month by name, or by the short form news style writes before a day or year ("Nov. 23", "Sept. 30, 2024", "Dec 2023").
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\\.|(?=\\s+\\d)))';
const YEAR = '((?:19|20|21)\\d{2})';
const QUARTER_ORDINAL = ['first', 'second', 'third', 'fourth'];
/** "second" → 2, "4th" → 4, "final" → 4. */
const quarterOrdinal = (w: string) => (/^(?:last|final)$/i.test(w) ? 4 : QUARTER_ORDINAL.indexOf(w.toLowerCase()) + 1 || Number(w.slice(0, 1)));
const QUARTER_PAIR_SOURCE = '(first|second|third|1st|2nd|3rd)\\s+and\\s+(?:the\\s+)?(second|third|fourth|final|last|2nd|3rd|4th)\\s+quarters?';
const MONTH_LABELS = MONTH_NAMES.map((n) => n.replace(/^./, (c) => c.toUpperCase()));
export const monthName = (m: number) => MONTH_LABELS[m - 1] ?? MONTH_NAMES[m - 1]!.replace(/^./, (c) => c.toUpperCase());
/** "Sept." → "September". */
const fullMonth = (name: string) => monthName(monthIndex(name));
const monthIndex = (name: string | undefined) => (name ? MONTH_NAMES.findIndex((n) => n.startsWith(name.slice(0, 3).toLowerCase())) + 1 : 0);
const COUNT_WORDS = '\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const WORD_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const DAY_COUNTS: Record<string, number> = { fifteen: 15, twenty: 20 };
const countOf = (w: string) => Number(w) || WORD_COUNTS[w.toLowerCase()] || 0;
/** The first month of the `months` that end with month `m` of year `y`. */
function monthsBack(y: number, m: number, months: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) - (months - 1);
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/**
 * A day named without its year ("Nov. 23") is the last such day up to the publication, unless the words before it say it
 * is still to come: "the tournament gets underway on 1 July", "the committee will meet on 18 September", written in June,
 * are this year's (`upcoming`, read with `upcomingAt` only for such a day). A day already past in the year of the
 * publication stays this year's either way: only the day later in the year than the publication moves, from the year
 * before to this one.
 */
function yearOfDay(mo: number, day: number, pub: PublicationDate, upcoming: () => boolean = () => false): number {
  const later = pub.month !== null && (mo > pub.month || (mo === pub.month && pub.day !== null && day > pub.day));
  return later && !upcoming() ? pub.year - 1 : pub.year;
}

// Words that put a date ahead of the time of writing, in its clause before it: a future ("will", "is due to", "is set to"),
// a schedule ("scheduled", "upcoming", "ahead of", "with effect from"), or the present of an event's start ("gets underway on", "runs from",
// "opens on"; told of the past these are "got underway", "ran", "opened").
const UPCOMING_BEFORE = quickEdges(
  /\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|slated|set|expected|planned|going)\s+to|scheduled|slated|upcoming|forthcoming|ahead\s+of|gets?\s+underway|(?:begin|start|run|open)s?|kicks?\s+off|takes?\s+place|with\s+effect\s+from|effective\s+from)\b(?<rest>[^.;:!?]{0,60})$/i,
);
// ("Inflation will ease, the bank said on 3 July": a past between the future and the day dates the day, not the future.)
const PAST_BETWEEN = /\b(?:said|told|was|were|had|did|\w+ed)\b/i;
/** Whether the words before `at` in the sentence say that what is dated there is still to come (see `yearOfDay`). */
function upcomingAt(sentence: string, at: number): boolean {
  const m = UPCOMING_BEFORE.exec(sentence.slice(Math.max(0, at - 80), at));
  return m !== null && !PAST_BETWEEN.test(m.groups!.rest!);
}
/** The ISO date so many days after (or, negative, before) another. */
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A day written "23 November" or "Nov. 23", with an optional year: groups day, month, month, day, year. */
const DAY_DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\d%])(?:,?\\s+${YEAR})?`;
function dayDate(m: RegExpExecArray, at: number, pub: PublicationDate | null): { date: string; label: string; stated: boolean } | null {
  const [day, month, year] = m[at] ? [Number(m[at]), m[at + 1]!, m[at + 4]] : [Number(m[at + 3]), m[at + 2]!, m[at + 4]];
  const mo = monthIndex(month);
  if (!year && !pub) return null;
  const y = year ? Number(year) : yearOfDay(mo, day, pub!, () => upcomingAt(m.input, m.index));
  if (day < 1 || day > lastDay(y, mo)) return null;
  return { date: `${y}-${pad(mo)}-${pad(day)}`, label: `${day} ${monthName(mo)} ${y}`, stated: !!year };
}

/** A time expression found in a sentence, with UTF-16 offsets into it. */
export interface TimeExpression {
  start: number;
  end: number;
  period: Period;
  /** "since 2013", "from 2003 to 2025": spans that cover figures stated later in the sentence. */
  span: boolean;
  /** "than in 2022", "compared with last year", "the steepest rise since 2009": a base of comparison, never the time of a figure stated before it. */
  base?: boolean;
  /** Where the comparison word stands: a figure after it ("than the 2023 deficit of $1.7 trillion") is dated by the expression. */
  baseFrom?: number;
  /**
   * "the full year", "during the quarter", "in the same period": a period that names no date of its own and
   * stands for the one the text is already about (of that length). `period` holds the reading against the
   * publication date until the context resolves it.
   */
  anaphor?: Anaphor;
  /** "its 2023 target": a year naming what a noun is of, which "the same period" later does not point back to. */
  attributive?: boolean;
  /** "the previous month", "a year ago": the step before the period at hand (anaphor 'previous'); "the following year": after it ('following'). */
  step?: Step;
  /** "to start 2025", "at the end of the year": the first or last month (or quarter) of a year (anaphor 'edge'). */
  edge?: 'start' | 'end';
  /** "the same month last year": the length of the period at hand the base steps back from, when the words say it. */
  sameLength?: 'month' | 'quarter';
  /** "this month", said in the first days of a month by a report on the month before: that month, if the text is about it. */
  thisMonth?: boolean;
  /** "the fiscal year", "full-year": a year anaphor resolved only where the text named the fourth quarter that closes the year. */
  closingOnly?: boolean;
}

export type Step = 'week' | 'month' | 'quarter' | 'year';

export type Anaphor = 'year' | 'quarter' | 'month' | 'period' | 'present' | 'previous' | 'following' | 'past-year' | 'latest' | 'these' | 'edge';

type Built = {
  period: Period;
  span: boolean;
  anaphor?: Anaphor;
  base?: boolean;
  step?: Step;
  edge?: 'start' | 'end';
  sameLength?: 'month' | 'quarter';
  thisMonth?: boolean;
  closingOnly?: boolean;
};
type Builder = (m: RegExpExecArray, pub: PublicationDate | null) => Built | null;

const explicit = (start: string, end: string | null, label: string): Period => ({ start, end, label, resolution: 'explicit' });

/** The `n`th quarter (or half) of fiscal year `y`, dated by the calendar's months until its owner's convention is known. */
function fiscalPart(y: number, n: number, half: boolean): Period {
  const months = half ? 6 : 3;
  const from = (n - 1) * months + 1;
  const period: Period = {
    ...explicit(monthStart(y, from), monthEnd(y, from + months - 1), `${half ? 'H' : 'Q'}${n} FY${y}`),
    fiscal: { year: y, months, from },
  };
  // ("the fourth quarter of fiscal 2024 … for the fiscal year": fiscal 2024, which that quarter closes.)
  if (n * months === 12) period.closesYear = true;
  return period;
}
const relative = (start: string, end: string, label: string): Period => ({ start, end, label, resolution: 'relative' });

function fromParts(month: string | undefined, year: string, edge: 'start' | 'end'): string {
  const y = Number(year);
  const m = monthIndex(month);
  if (!m) return edge === 'start' ? yearStart(y) : yearEnd(y);
  return edge === 'start' ? monthStart(y, m) : monthEnd(y, m);
}

// ("the fiscal 2024 fourth quarter ended September 28, 2024": the day a named fiscal part ended belongs to the part, not a
// time of its own.)
const MONTH_UNCAPTURED = MONTH.replace(/^\(/, '(?:');
const ENDED_ON_DAY = `(?:,?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|closed)\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_UNCAPTURED}|${MONTH_UNCAPTURED}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+(?:19|20)\\d{2})?(?!\\d))?`;
const QWORDS = 'first|second|third|fourth|last|final|1st|2nd|3rd|4th';
const ORDINAL_MONTHS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const FISCAL_YEAR = `(?:fiscal(?:\\s+year)?|FY)\\s?['’]?(\\d{4}|\\d{2})(?![-–/]\\d)`;
/** "third" → 3, "final" → the last of `count`. */
function ordinalOf(word: string, count: number): number {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'final') return count;
  return ['first', 'second', 'third', 'fourth'].indexOf(w) + 1 || ['1st', '2nd', '3rd', '4th'].indexOf(w) + 1;
}

// Guards of the patterns below that cannot match without a month's name (MONTH, in any case), or without a quarter,
// half or run of months.
const NAMES_A_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NAMES_A_PART_OF_YEAR = /quarter|half|months|q[1-4]|h[12]/i;
// Guards of patterns that cannot match without the word (in any case); each is tested once per sentence.
const SAYS_YEAR = /year/i;
const SAYS_MONTH = /month/i;
const SAYS_NOW = /now|currently|today|present|so far/i;
const SAYS_A_YEAR = new RegExp(YEAR);
const SAYS_END = /end/i;
const SAYS_FROM_OR_BETWEEN = /from|between/i;
const SAYS_SINCE_OR_AFTER = /since|after|starting/i;
// Two numbers joined by a dash or a stroke ("2024-25", "2023/24", "2019 – 2023"): a span of years has them.
const JOINS_NUMBERS = /\d\s?[-–/]\s?\d/;

// Checked in order; a later pattern never claims text an earlier one took. A third element, when given, is a cheap
// test a sentence must pass for the pattern to be tried at all.
const PATTERNS: Array<[RegExp, Builder, RegExp?]> = [
  [
    // "in the 2024 general election", "the 2024 Lok Sabha elections", "the 2016 referendum": a year that names an event held
    // in it ("ahead of the 2024 election" is another time; "2024 polls" may be surveys).
    new RegExp(
      `(?<!\\b(?:ahead\\s+of|before|after|until|since|towards|(?:run|lead)-up\\s+to)\\s+(?:the\\s+)?)\\b${YEAR}\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:(?:(?:general|presidential|parliamentary|legislative|local|municipal|regional|provincial|state|federal|national|European|midterm|mid-term|snap|assembly|congressional)\\s+)?(?:elections?|referendum)|(?:general|presidential|parliamentary|legislative|assembly|Lok\\s+Sabha)\\s+polls)\\b`,
      'gu',
    ),
    (m) => ({ period: { ...explicit(yearStart(Number(m[1])), yearEnd(Number(m[1])), `${m[1]} election`), eventYear: true }, span: false }),
    /election|polls|referendum/i,
  ],
  [
    // "Lok Sabha Election Results 2024", "US Elections 2024": the year after the election's name, as headlines put it.
    new RegExp(`\\b(?:elections?|referendum)(?:\\s+(?:results?|outcome))?\\s+${YEAR}\\b(?!\\s*[-–/]\\s*\\d)`, 'giu'),
    (m) => ({ period: { ...explicit(yearStart(Number(m[1])), yearEnd(Number(m[1])), `${m[1]} election`), eventYear: true }, span: false }),
    /election|referendum/i,
  ],
  [
    // "Q4 of 2023-24", "the first half of FY2024-25": a part of a fiscal year across two calendar years, counted from April
    // (as below) unless the budget's owner counts from another month.
    new RegExp(
      `\\b(?:the\\s+)?(?:(${QWORDS})[\\s-]+(quarter|half)|([QH])([1-4]))\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:financial|fiscal)\\s+(?:year\\s+)?|FY\\s?)?${YEAR}[-–/](\\d{2})\\b(?![-–/]\\d)(?!\\s+(?:season|campaign|academic|school|crop|marketing|winter|summer)\\b)`,
      'gi',
    ),
    (m) => {
      // ("Q4 of 1999-00": the year after 1999.)
      if ((Number(m[5]) + 1) % 100 !== Number(m[6])) return null;
      const end = Number(m[5]) + 1;
      const half = (m[2] ?? m[3])!.toLowerCase().startsWith('h');
      const n = m[4] ? Number(m[4]) : ordinalOf(m[1]!, half ? 2 : 4);
      if (!n || (half && n > 2)) return null;
      const months = half ? 6 : 3;
      const from = (n - 1) * months + 1;
      // (Months counted from January of the fiscal year's first calendar year: April is the fourth.)
      const first = 3 + from;
      const last = first + months - 1;
      const y = Number(m[5]);
      const period: Period = {
        ...explicit(
          monthStart(y + Math.floor((first - 1) / 12), ((first - 1) % 12) + 1),
          monthEnd(y + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1),
          `${half ? 'H' : 'Q'}${n} FY${m[5]}–${m[6]}`,
        ),
        fiscal: { year: end, months, from },
      };
      if (n * months === 12) period.closesYear = true;
      return { period, span: true };
    },
    /quarter|half|[QH][1-4]/i,
  ],
  [
    // "the week ended Nov. 23", "the week ending Saturday 4 May 2024": the seven days up to that day.
    new RegExp(`\\b(?:the\\s+)?week\\s+(?:ended|ending|to|through)\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${DAY_DATE}(?!\\w)`, 'gi'),
    (m, pub) => {
      const d = dayDate(m, 1, pub);
      if (!d) return null;
      const period = {
        start: addDays(d.date, -6),
        end: d.date,
        label: `week to ${d.label}`,
        resolution: (d.stated ? 'explicit' : 'relative') as Period['resolution'],
      };
      return { period, span: false };
    },
    /week/i,
  ],
  [
    // "June 1-20", "the first 20 days of February", "the first ten days of July", "between Jan. 1 and March 21": a run of days (the month-to-date
    // figures customs offices and health agencies report), in the year named, else the last year in which it had ended by the publication.
    new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})\\s?(?:[-–]|to|through)\\s?(\\d{1,2})(?![\\d%]|\\s*(?:per\\s*cent|percent|million|billion))|(?:the\\s+)?first\\s+(${COUNT_WORDS}|fifteen|twenty)\\s+days\\s+of\\s+${MONTH}|(?:between|from)\\s+${DAY_DATE}\\s+(?:and|to|through|until)\\s+${DAY_DATE})(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    (m, pub) => {
      let from: number;
      let to: number;
      let fromMonth: number;
      // (Groups: month, day, day; days, month; two days as DAY_DATE writes them; the year.)
      const year = m[16];
      if (m[1]) [fromMonth, from, to] = [monthIndex(m[1]), Number(m[2]), Number(m[3])];
      else if (m[4]) [fromMonth, from, to] = [monthIndex(m[5]), 1, DAY_COUNTS[m[4].toLowerCase()] ?? countOf(m[4])];
      else {
        const a = dayDate(m, 6, null) ?? (pub ? dayDate(m, 6, pub) : null);
        const b = dayDate(m, 11, null) ?? (pub ? dayDate(m, 11, pub) : null);
        if (!a || !b) return null;
        [fromMonth, from] = [Number(a.date.slice(5, 7)), Number(a.date.slice(8, 10))];
        const toMonth = Number(b.date.slice(5, 7));
        to = Number(b.date.slice(8, 10));
        if (toMonth < fromMonth) return null;
        const y = b.stated ? Number(b.date.slice(0, 4)) : year ? Number(year) : pub ? yearOfDay(toMonth, to, pub, () => upcomingAt(m.input, m.index)) : null;
        if (y === null) return null;
        const start = `${a.stated ? a.date.slice(0, 4) : y}-${pad(fromMonth)}-${pad(from)}`;
        const end = `${y}-${pad(toMonth)}-${pad(to)}`;
        if (start > end) return null;
        const period: Period = {
          start,
          end,
          label: `${from} ${monthName(fromMonth)}–${to} ${monthName(toMonth)} ${y}`,
          resolution: b.stated || year ? 'explicit' : 'relative',
        };
        return { period, span: true };
      }
      const mo = fromMonth;
      if (from < 1 || to <= from) return null;
      const y = year ? Number(year) : pub ? yearOfDay(mo, to, pub, () => upcomingAt(m.input, m.index)) : null;
      if (y === null || to > lastDay(y, mo)) return null;
      const period: Period = {
        start: `${y}-${pad(mo)}-${pad(from)}`,
        end: `${y}-${pad(mo)}-${pad(to)}`,
        label: `${from}–${to} ${monthName(mo)} ${y}`,
        resolution: year ? 'explicit' : 'relative',
      };
      return { period, span: true };
    },
    NAMES_A_MONTH,
  ],
  [
    // "in the seventh month of the year", "the third month of 2024": a month by its ordinal.
    new RegExp(
      `\\b(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\\s+month\\s+of\\s+(?:the\\s+year|this\\s+year|${YEAR})\\b`,
      'gi',
    ),
    (m, pub) => {
      const mo = ORDINAL_MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      const y = m[2] ? Number(m[2]) : pub?.year;
      if (!mo || !y) return null;
      const period: Period = { start: monthStart(y, mo), end: monthEnd(y, mo), label: `${monthName(mo)} ${y}`, resolution: m[2] ? 'explicit' : 'relative' };
      return { period, span: false };
    },
    /month\s+of/i,
  ],
  [
    // "the first nine months of fiscal year 2024": months counted from the start of that fiscal year.
    new RegExp(`\\b(?:the\\s+)?first\\s+(${COUNT_WORDS})\\s+months\\s+of\\s+(?:the\\s+)?(?:fiscal(?:\\s+year)?|FY)\\s?${YEAR}\\b`, 'gi'),
    (m) => {
      const months = countOf(m[1]!);
      if (!months || months > 12) return null;
      return {
        period: { ...explicit(yearStart(Number(m[2])), yearEnd(Number(m[2])), `first ${months} months of FY${m[2]}`), fiscal: { year: Number(m[2]), months } },
        span: true,
      };
    },
    /fiscal|FY/i,
  ],
  [
    // "the fourth quarter of fiscal 2024", "Q2 FY25", "Q4FY24", "fiscal 2025 second quarter", "the first half of fiscal year 2024":
    // a part of a fiscal year, dated by its owner's convention once known (the calendar's until then).
    new RegExp(
      `\\b(?:(?:the\\s+)?(?:(${QWORDS})[\\s-]+(quarter|half)|([QH])([1-4]))(?:\\s+(?:of\\s+)?(?:the\\s+)?|(?<=[QH][1-4]))${FISCAL_YEAR}|${FISCAL_YEAR}\\s+(?:(${QWORDS})[\\s-]+(quarter|half)|([QH])([1-4])))\\b${ENDED_ON_DAY}`,
      'gi',
    ),
    (m) => {
      const [word, noun, letter, digit, fy] = m[1] || m[3] ? [m[1], m[2], m[3], m[4], m[5]!] : [m[7], m[8], m[9], m[10], m[6]!];
      const half = (noun ?? letter)!.toLowerCase().startsWith('h');
      const n = digit ? Number(digit) : ordinalOf(word!, half ? 2 : 4);
      if (!n || (half && n > 2)) return null;
      const y = fy.length === 2 ? 2000 + Number(fy) : Number(fy);
      return { period: fiscalPart(y, n, half), span: true };
    },
    /fiscal|FY/i,
  ],
  [
    // "the fourth quarter of the current financial year", "the fiscal fourth quarter": a part of a fiscal year named
    // without the year, the owner's latest such part (dated meanwhile as the latest such calendar part).
    new RegExp(
      `\\b(?:the\\s+)?(?:(${QWORDS})[\\s-]+(quarter|half)\\s+of\\s+(?:the|this|its|their)\\s+(?:(?:current|latest|last|previous|past|just[\\s-]ended|just[\\s-]concluded)\\s+)?(?:financial|fiscal)(?:\\s+year)?|fiscal\\s+(${QWORDS})[\\s-]+(quarter|half))\\b(?!\\s+(?:of\\s+)?(?:(?:fiscal|FY)\\s*)?['’]?\\d)`,
      'gi',
    ),
    (m, pub) => {
      if (!pub) return null;
      const half = (m[2] ?? m[4])!.toLowerCase() === 'half';
      const n = ordinalOf((m[1] ?? m[3])!, half ? 2 : 4);
      if (!n) return null;
      const months = half ? 6 : 3;
      const from = (n - 1) * months + 1;
      const to = from + months - 1;
      const y = pub.month !== null && to > pub.month ? pub.year - 1 : pub.year;
      const label = `${half ? 'H' : 'Q'}${n}`;
      const period: Period = { start: monthStart(y, from), end: monthEnd(y, to), label: `${label} ${y}`, resolution: 'relative' };
      period.yearUnstated = { from, months };
      period.fiscalNamed = true;
      return { period, span: true };
    },
    /fiscal|financial/i,
  ],
  [
    // "for the current financial year", "next fiscal year", "the previous fiscal year": a fiscal year named by where it stands,
    // dated once its owner's convention is known (the calendar year meanwhile).
    // (Not "the same period of the previous fiscal year", a base read below.)
    /(?<!(?:same|corresponding)\s+(?:period|quarter|month|week|time)\s+(?:of\s+|in\s+)?(?:the\s+)?)\b(?:(?:the|its|their)\s+)?(current|this|present|ongoing|next|coming|following|last|previous|past|prior)\s+(?:financial|fiscal)\s+year\b(?!\s+(?:of\s+)?(?:(?:fiscal|FY)\s*)?['’]?\d)/gi,
    (m, pub) => {
      if (!pub) return null;
      const word = m[1]!.toLowerCase();
      const offset = /^(?:next|coming|following)$/.test(word) ? 1 : /^(?:last|previous|past|prior)$/.test(word) ? -1 : 0;
      const y = pub.year + offset;
      return { period: { ...relative(yearStart(y), yearEnd(y), `${word} fiscal year`), fiscalOffset: offset }, span: false };
    },
    /fiscal|financial/i,
  ],
  [
    // "fiscal Q4 2024", "the fiscal fourth quarter of 2024": the same part of fiscal 2024, the word "fiscal" written first.
    new RegExp(`\\bfiscal\\s+(?:(${QWORDS})[\\s-]+(quarter|half)|([QH])([1-4]))(?:\\s+of)?,?\\s+${YEAR}\\b`, 'gi'),
    (m) => {
      const half = (m[2] ?? m[3])!.toLowerCase().startsWith('h');
      const n = m[4] ? Number(m[4]) : ordinalOf(m[1]!, half ? 2 : 4);
      if (!n || (half && n > 2)) return null;
      const y = Number(m[5]);
      return { period: fiscalPart(y, n, half), span: true };
    },
    /fiscal/i,
  ],
  [
    // "3Q24", "Q3'24", "Q3-2024", "2024Q3", "1H24": a quarter or half written short, with its year.
    /\b(?:([QH])([1-4])\s?[-'’/]\s?(\d{4}|\d{2})|([1-4])([QH])\s?['’]?(\d{4}|\d{2})|((?:19|20)\d{2})\s?[-/]?\s?([QH])([1-4]))\b/g,
    (m) => {
      const [letter, digit, year] = m[1] ? [m[1], m[2]!, m[3]!] : m[4] ? [m[5]!, m[4], m[6]!] : [m[8]!, m[9]!, m[7]!];
      const half = letter === 'H';
      const n = Number(digit);
      if (half && n > 2) return null;
      const y = year.length === 2 ? 2000 + Number(year) : Number(year);
      const months = half ? 6 : 3;
      const from = (n - 1) * months + 1;
      return { period: explicit(monthStart(y, from), monthEnd(y, from + months - 1), `${letter}${n} ${y}`), span: true };
    },
    /\d[QH]|[QH]\d/,
  ],
  [
    // "the September quarter", "a record December quarter": the quarter that ends with the month named (not "30 September
    // quarter on quarter", "the March quarter-point cut", nor the end of a run of months, "the October-December quarter").
    new RegExp(
      `(?<![\\d,/–—-]\\s*|\\b(?:to|through|and)\\s+)\\b(?:the\\s+)?${MONTH}[\\s-]+quarter(?![\\s-]+(?:on|over|to)[\\s-]+quarter\\b|[\\s-]+(?:point|percentage)\\b)(?:\\s+(?:of\\s+)?${YEAR})?\\b`,
      'gi',
    ),
    (m, pub) => {
      const mo = monthIndex(m[1]);
      if (mo % 3 !== 0) return null;
      let y = m[2] ? Number(m[2]) : null;
      if (y === null) {
        if (!pub) return null;
        y = pub.month !== null && mo > pub.month ? pub.year - 1 : pub.year;
      }
      const period = {
        start: monthStart(y, mo - 2),
        end: monthEnd(y, mo),
        label: `Q${mo / 3} ${y}`,
        resolution: (m[2] ? 'explicit' : 'relative') as Period['resolution'],
      };
      return { period, span: true };
    },
    /quarter/i,
  ],
  [
    // "fiscal year 2024", "FY2024", "fiscal 2024": dated by the convention of whoever keeps the budget (resolved later).
    /\b(?:fiscal\s+year|fiscal|FY)\s?['’]?(\d{4}|\d{2})(?![-–/]\d)\b/gi,
    (m) => {
      const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      return { period: { ...explicit(yearStart(y), yearEnd(y), `fiscal year ${y}`), fiscal: { year: y, months: 12 } }, span: false };
    },
    /fiscal|FY/i,
  ],
  [
    // "the 2024 fiscal year", "the 2024 financial year": the same, the year written first.
    /(?<![-–/]\s?)\b((?:19|20)\d{2})\s+(?:fiscal|financial)\s+year\b/gi,
    (m) => {
      const y = Number(m[1]);
      return { period: { ...explicit(yearStart(y), yearEnd(y), `fiscal year ${y}`), fiscal: { year: y, months: 12 } }, span: false };
    },
    /fiscal|financial/i,
  ],
  [
    // "the year ending (YE) June 2023", "YE June 2023", "the 12 months to March 2024", "the three months to the end of December",
    // "the year leading up to July 2024", "the half year ended 30 June", "the fiscal year that ended in March", "the year up to
    // this June":
    // the months that end with the month named.
    new RegExp(
      `\\b(?:(?:the\\s+)?(?:(?<count>${COUNT_WORDS})[\\s-]+months?|(?<half>half(?:[\\s-]year)?)|year|(?<quarter>(?:(?:fiscal\\s+(?:(?:19|20)\\d{2}\\s+)?|FY\\s?\\d{2,4}\\s+)?(?:first|second|third|fourth)\\s+)?quarter)|(?<countp>${COUNT_WORDS})-month\\s+period)(?:\\s+|,\\s+(?=(?:that|which)\\s))(?:(?:that|which)\\s+)?(?:ending|ended|to|through|until|(?:leading\\s+)?up\\s+to)(?:\\s+\\(YE\\))?|YE)\\s+(?:on\\s+)?(?:in\\s+)?(?:(?:the\\s+)?end\\s+of\\s+)?(?:this\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:${YEAR}|(?<rel>this|last)\\s+year))?(?!\\w)`,
      'gi',
    ),
    (m, pub) => {
      const g = m.groups!;
      const months = g.quarter ? 3 : g.half ? 6 : g.count || g.countp ? countOf((g.count || g.countp)!) : 12;
      if (!months || months > 12) return null;
      // (Numbered groups after the named ones: the month, then the year.)
      const mo = monthIndex(m[5]);
      let y = m[6] ? Number(m[6]) : null;
      if (y === null && g.rel && pub) y = g.rel.toLowerCase() === 'this' ? pub.year : pub.year - 1;
      if (y === null) {
        if (!pub) return null;
        y = pub.month !== null && mo > pub.month ? pub.year - 1 : pub.year;
      }
      const resolution = (m[6] ? 'explicit' : 'relative') as Period['resolution'];
      // ("the fourth quarter ended January 28, 2024": a quarter of whole weeks is dated by the month it ends in, as sources
      // that name it without its day date it.)
      const from = monthsBack(y, mo, months);
      const label = months === 12 ? `year ending ${monthName(mo)} ${y}` : `${months} months to ${monthName(mo)} ${y}`;
      const period: Period = { start: monthStart(from.y, from.m), end: monthEnd(y, mo), label, resolution };
      // ("the fourth quarter ended June 30": what "the full year" then means is the year that quarter closes.)
      if (g.quarter && /fourth/i.test(g.quarter)) period.closesYear = true;
      return { period, span: false };
    },
    NAMES_A_MONTH,
  ],
  [
    // "January–February 2024", "January to July", "the June-through-September quarter": a run of months, in the year named or the publication's.
    new RegExp(
      `(?:\\b(between)\\s+)?\\b${MONTH}\\s?(?:[-–]?to[-–]?|[-–]?through[-–]?|[-–]|and)\\s?${MONTH}(?:,?\\s+(?:of\\s+)?(?:${YEAR}|(this|last)\\s+year))?\\b`,
      'gi',
    ),
    (match, pub) => {
      // ("between September and October": the change from one month to the next, the later month's.)
      const between = !!match[1];
      const m = [match[0], match[2], match[3], match[4], match[5]] as const;
      let a = monthIndex(m[1]);
      const b = monthIndex(m[2]);
      if (b <= a) return null;
      if (between && b === a + 1) a = b;
      let y = m[3] ? Number(m[3]) : null;
      if (y === null && m[4] && pub) y = m[4].toLowerCase() === 'this' ? pub.year : pub.year - 1;
      if (y === null) {
        if (!pub) return null;
        y = pub.month !== null && b > pub.month ? pub.year - 1 : pub.year;
      }
      return {
        period: {
          start: monthStart(y, a),
          end: monthEnd(y, b),
          label: a === b ? `${monthName(b)} ${y}` : `${fullMonth(m[1]!)}–${fullMonth(m[2]!)} ${y}`,
          resolution: m[3] ? 'explicit' : 'relative',
        },
        span: a !== b,
      };
    },
    NAMES_A_MONTH,
  ],
  [
    // "the second and third quarters of 2023", "in the third and fourth quarter": the two quarters in a row the pair spans
    // ("the first and third quarters" are two times, and "the first, second and third quarters" three: neither is read here).
    new RegExp(
      `(?<!(?:first|second|third|1st|2nd|3rd),\\s*)\\b(?:the\\s+)?${QUARTER_PAIR_SOURCE}(?:\\s+of)?(?:\\s+(?:the\\s+)?(?:${YEAR}|(this|last|next)\\s+year))?\\b`,
      'gi',
    ),
    (m, pub) => {
      const [a, b] = [quarterOrdinal(m[1]!), quarterOrdinal(m[2]!)];
      if (b !== a + 1) return null;
      const [from, to] = [a * 3 - 2, b * 3];
      let y = m[3] ? Number(m[3]) : null;
      if (y === null && m[4] && pub) y = /^this$/i.test(m[4]) ? pub.year : /^next$/i.test(m[4]) ? pub.year + 1 : pub.year - 1;
      if (y === null) {
        if (!pub) return null;
        y = pub.month !== null && to > pub.month ? pub.year - 1 : pub.year;
      }
      const period: Period = { start: monthStart(y, from), end: monthEnd(y, to), label: `Q${a}–Q${b} ${y}`, resolution: m[3] ? 'explicit' : 'relative' };
      if (!m[3] && !m[4]) period.yearUnstated = { from, months: to - from + 1 };
      return { period, span: true };
    },
    NAMES_A_PART_OF_YEAR,
  ],
  [
    // "the first seven months of 2024", "in the first half", "Q3 2024", "the third quarter of 2023", "H1 2024",
    // "the final three months of last year", "the 3rd quarter", "last year's first quarter". (Not "the final half-hour", "the first half-century", "the
    // second quarter-final": a half or quarter of something else.)
    new RegExp(
      `\\b(?:(?:(?<prel>this|last|next|previous|past)\\s+year['’]s|(?<pyear>(?:19|20|21)\\d{2})['’]s)\\s+)?(?:(?:the\\s+)?first\\s+(?<months>${COUNT_WORDS})\\s+months|(?:the\\s+)?first\\s+(?<quarters>two|three|2|3)\\s+quarters|(?:the\\s+)?(?<tail>last|final)\\s+(?<tailmonths>three|six|3|6)\\s+months(?=\\s+of\\b)|(?:the\\s+)?(?<qword>first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\\s-]+quarter(?![\\s-]+(?:finals?|centur(?:y|ies)|hours?|miles?|inch(?:es)?|pounders?)\\b)|Q(?<q>[1-4])|(?:the\\s+)?(?<hword>first|second|last|final|latter)[\\s-]+half(?![\\s-]+(?:hours?|centur(?:y|ies)|decades?|miles?|marathons?|dozen|inch(?:es)?)\\b|-time\\b)|H(?<h>[12]))(?:\\s*\\([^)]{1,12}\\))?(?:\\s+of)?(?:\\s+(?:the\\s+)?(?:(?<year>(?:19|20|21)\\d{2})|(?<rel>this|last|next|previous|past)\\s+year))?\\b`,
      'gi',
    ),
    (m, pub) => {
      const g = m.groups!;
      const ord = (w: string) =>
        /^(?:last|final|latter)$/i.test(w)
          ? 4
          : ['first', 'second', 'third', 'fourth'].indexOf(
              w.toLowerCase().replace(/^1st$/, 'first').replace(/^2nd$/, 'second').replace(/^3rd$/, 'third').replace(/^4th$/, 'fourth'),
            ) + 1;
      let from: number;
      let to: number;
      let label: string;
      if (g.quarters) {
        const n = countOf(g.quarters) * 3;
        [from, to, label] = [1, n, `first ${n} months`];
      } else if (g.months) {
        const n = countOf(g.months);
        if (!n || n > 12) return null;
        [from, to, label] = [1, n, `first ${n} months`];
      } else if (g.tail) {
        const n = countOf(g.tailmonths!);
        [from, to, label] = n === 3 ? [10, 12, 'Q4'] : [7, 12, 'H2'];
      } else if (g.qword || g.q) {
        let q = g.q ? Number(g.q) : ord(g.qword!);
        // "last quarter" with no year: the quarter before the one the text was written in.
        if (/^last\s+quarter/i.test(m[0]) && !g.year && !g.rel && pub?.month) {
          q = Math.ceil(pub.month / 3) - 1;
          if (q === 0) return { period: relative(monthStart(pub.year - 1, 10), monthEnd(pub.year - 1, 12), `Q4 ${pub.year - 1}`), span: true };
        }
        [from, to, label] = [q * 3 - 2, q * 3, `Q${q}`];
      } else {
        const h = g.h ? Number(g.h) : Math.min(2, ord(g.hword!));
        [from, to, label] = [h * 6 - 5, h * 6, `H${h}`];
      }
      // ("last year's first quarter", "2023's second half": the year set before the part of it.)
      const yearNamed = g.year ?? g.pyear;
      const rel = g.rel ?? g.prel;
      let y = yearNamed ? Number(yearNamed) : null;
      if (y === null && rel && pub) y = /^this$/i.test(rel) ? pub.year : /^next$/i.test(rel) ? pub.year + 1 : pub.year - 1;
      if (y === null) {
        if (!pub) return null;
        y = pub.month !== null && to > pub.month ? pub.year - 1 : pub.year;
      }
      const period: Period = { start: monthStart(y, from), end: monthEnd(y, to), label: `${label} ${y}`, resolution: yearNamed ? 'explicit' : 'relative' };
      if (!yearNamed && !rel && (g.qword || g.q || g.h || g.hword) && !/^last\s+quarter/i.test(m[0])) period.yearUnstated = { from, months: to - from + 1 };
      return { period, span: true };
    },
    NAMES_A_PART_OF_YEAR,
  ],
  [
    // "the same period last year", "the same period of 2022", "the year-ago quarter": the base of a comparison, never the
    // figure's own time.
    new RegExp(
      `\\b(?:(?:(?:the\\s+)?(?:same|corresponding)\\s+(?:period|quarter|month|week|time)|this\\s+time)\\s+(?:of\\s+|in\\s+)?(?:(?:the\\s+)?(?:last|previous|prior)\\s+(?:fiscal\\s+)?year|a\\s+year\\s+(?:earlier|ago|before)|${YEAR})|(?:the|a)\\s+(?:year[-\\s](?:ago|earlier|before)|prior[-\\s]year)\\s+(?:period|quarter|month|week|half))\\b`,
      'gi',
    ),
    (m, pub) => {
      // (Read in context as the period at hand a year earlier, or in the year named: "the first nine months … the same
      // period of 2023".)
      const y = m[1] ? Number(m[1]) : pub ? pub.year - 1 : null;
      if (y === null) return null;
      const period = { ...relative(yearStart(y), yearEnd(y), `${y}`), resolution: (m[1] ? 'explicit' : 'relative') as Period['resolution'] };
      const sameLength = /\bmonth\b/i.test(m[0]) ? 'month' : /\bquarter\b/i.test(m[0]) ? 'quarter' : undefined;
      return { period, span: false, base: true, anaphor: 'previous', step: 'year', ...(sameLength ? { sameLength } : {}) };
    },
    /same|corresponding|this\s+time|year[-\s](?:ago|earlier|before)|prior[-\s]year/i,
  ],
  [
    // "the previous month", "the prior quarter", "the month before", "a year earlier", "one year ago": the month, quarter or year
    // before the one the text is about (resolved by the context). Read against the publication date, only a year
    // has a default: the one before the publication's.
    // ("Nvidia's prior-quarter revenue", "its previous quarter": a possessive stands where the article would.)
    // ("down from prior month's 4.2 %": headline style drops the article after the word that sets it against.)
    quickEdges(
      /\b(?:(?:the|a|its|their|\p{L}+['’]s)\s+(?:previous|prior|preceding)[-\s](?<unitA>week|month|quarter|year|three\s+months|three-month\s+period|3-month\s+period)\b|(?:the|a|one)\s+(?<unitB>week|month|quarter|year)\s+(?:before|earlier|prior|ago)\b(?!\s+(?:last|that|it|the|than)\b)|(?<=\b(?:from|than|on|over|versus|with)\s)(?:previous|prior|preceding)[-\s](?<unitC>week|month|quarter|year)\b)/giu,
    ),
    (m, pub) => {
      // ("after 0.4 % in the previous three months", "the previous three-month period": the quarter before.)
      const unit = (m.groups!.unitA ?? m.groups!.unitB ?? m.groups!.unitC)!.toLowerCase();
      const step = (/months$|month\s+period$/.test(unit) ? 'quarter' : unit) as Step;
      const period: Period =
        step === 'year' && pub
          ? relative(yearStart(pub.year - 1), yearEnd(pub.year - 1), `${pub.year - 1}`)
          : { start: null, end: null, label: `the previous ${step}`, resolution: 'unresolved' };
      return { period, span: false, anaphor: 'previous', step };
    },
    /previous|prior|preceding|before|earlier|ago/i,
  ],
  [
    // "the new numbers", "the latest figures": what the report is about; "these numbers": the figures just stated.
    /\b(?:the\s+)?(?<latest>new|latest|newest|fresh)\s+(?:numbers|figures|data|results|statistics)\b|\b(?:these|those)\s+(?:numbers|figures|results)\b/gi,
    (m) => ({
      period: { start: null, end: null, label: m.groups!.latest ? 'the latest figures' : 'these figures', resolution: 'unresolved' },
      span: false,
      anaphor: m.groups!.latest ? 'latest' : 'these',
    }),
    /numbers|figures|data|results|statistics/i,
  ],
  [
    // "for the full year", "the whole year", "for the year", "throughout the year": the year of the period the text is about (the
    // year a fourth quarter closes).
    /\b(?:(?:for|over|during|in|throughout)\s+)?the\s+(?:full|whole|entire)[\s-]+year\b(?!\s+(?:of\s+)?\d)|\b(?:for|throughout)\s+the\s+year\b(?!\s+(?:ending|ended|to|through|of|\d))/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year), yearEnd(pub.year), `${pub.year}`), span: false, anaphor: 'year' } : null),
    /year/i,
  ],
  [
    // "for the fiscal year", "full-year revenue": the year a fourth quarter the text named closes, and nothing otherwise.
    /\b(?:(?:for|over|during|in)\s+)?the\s+(?:fiscal|financial)[\s-]+year\b(?!\s+(?:of\s+)?['’]?\d|\s+(?:ending|ended|to|through)\b)|\bfull[\s-]year\b(?=\s+[a-z])(?!\s+(?:ending|ended|to|through|of)\b)/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year), yearEnd(pub.year), `${pub.year}`), span: false, anaphor: 'year', closingOnly: true } : null),
    /year/i,
  ],
  [
    // "during the quarter", "in the same period", "in the reporting period": the period already named.
    /\b(?:in|during|for|over|within|of)\s+(?:the|this|that)\s+(?:(?:same|said|reporting|reported|review|time|12-month|twelve-month|latest|most\s+recent|just[-\s]ended)\s+)?(?<kind>period|quarter|month)\b(?!\s+(?:before|earlier|ago|of\b|in\b|a\s+year))|\b(?:during|in|over|within)\s+(?:this|that)\s+time\b(?!\s+(?:last|next|a)\b)/gi,
    (m, pub) => {
      const kind = (m.groups?.kind?.toLowerCase() ?? 'period') as Anaphor;
      return { period: { start: null, end: null, label: `the ${kind}`, resolution: 'unresolved' }, span: false, anaphor: kind };
    },
    /period|quarter|month|time/i,
  ],
  [
    // "the two years of 2018 and 2019": both years, as one span.
    new RegExp(`\\b(?:two|both)\\s+years\\s+(?:of\\s+)?${YEAR}\\s+(?:and|to|through|[-–])\\s+${YEAR}\\b`, 'gi'),
    (m) => (Number(m[2]) === Number(m[1]) + 1 ? { period: explicit(yearStart(Number(m[1])), yearEnd(Number(m[2])), `${m[1]}–${m[2]}`), span: true } : null),
    /years/i,
  ],
  [
    // "during the past year", written in January 2024: 2023; later in the year, the twelve months before the publication's month.
    // ("the average monthly gain of 59,000 over the prior 12 months": the same twelve months.)
    /\b(?:over|during|in|for)\s+the\s+(?:(?:past|last)\s+(?:12\s+months|twelve\s+months|year)|(?:prior|previous|preceding)\s+(?:12|twelve)\s+months)\b(?!\s+(?:of|to|through|ending|ended)\b)/gi,
    (_m, pub) => {
      if (!pub) return null;
      const to = pub.month ? monthsBack(pub.year, pub.month, 2) : { y: pub.year - 1, m: 12 };
      const from = monthsBack(to.y, to.m, 12);
      // (The twelve months the text has named, if recent, are the ones meant: see the 'past-year' anaphor.)
      return {
        period: relative(monthStart(from.y, from.m), monthEnd(to.y, to.m), `12 months to ${monthName(to.m)} ${to.y}`),
        span: true,
        anaphor: 'past-year',
      };
    },
    /past|last|prior|previous|preceding/i,
  ],
  [
    // "in the past three months", written in January: October to December.
    // ("in the previous three months" after a quarter's figure is the quarter before it: see below.)
    new RegExp(`\\b(?:in|over|during)\\s+the\\s+(?:past|last)\\s+(${COUNT_WORDS})\\s+months\\b(?!\\s+of\\b)`, 'gi'),
    (m, pub) => {
      const n = countOf(m[1]!);
      if (!pub?.month || !n || n > 12) return null;
      const to = monthsBack(pub.year, pub.month, 2);
      const from = monthsBack(to.y, to.m, n);
      return { period: relative(monthStart(from.y, from.m), monthEnd(to.y, to.m), `${n} months to ${monthName(to.m)} ${to.y}`), span: true };
    },
    /past|last/i,
  ],
  [
    // "the £25 million awarded 10 years ago", "a decade ago", written in 2024: the year that many years before the publication's.
    /\b(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years|a\s+decade)\s+(?:ago|earlier)\b/gi,
    (m, pub) => {
      const n = m[1] ? countOf(m[1]) : 10;
      if (!pub || !n) return null;
      return { period: relative(yearStart(pub.year - n), yearEnd(pub.year - n), `${pub.year - n}`), span: false };
    },
    /years|decade/i,
  ],
  [
    /\bthe\s+year\s+before\s+last\b/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year - 2), yearEnd(pub.year - 2), `${pub.year - 2}`), span: false } : null),
    SAYS_YEAR,
  ],
  [
    // "this quarter", "the current quarter", "next quarter": counted from the quarter the text was written in.
    /\b(?:(?<now>this|the\s+current)|(?:the\s+)?(?<next>next|coming))\s+quarter\b/gi,
    (m, pub) => {
      if (!pub?.month) return null;
      const k = pub.year * 4 + Math.ceil(pub.month / 3) - 1 + (m.groups!.next ? 1 : 0);
      const [y, q] = [Math.floor(k / 4), (k % 4) + 1];
      return { period: relative(monthStart(y, q * 3 - 2), monthEnd(y, q * 3), `Q${q} ${y}`), span: false };
    },
    /quarter/i,
  ],
  [
    /\b(?:the\s+)?(?:next|coming)\s+month\b/gi,
    (_m, pub) => {
      if (!pub?.month) return null;
      const { y, m } = monthsBack(pub.year, pub.month, 0);
      return { period: relative(monthStart(y, m), monthEnd(y, m), `${monthName(m)} ${y}`), span: false };
    },
    SAYS_MONTH,
  ],
  [
    // "1.35 million tons this year, followed by 1.52 million tons in the subsequent year", "the following year", "a year later":
    // the year after the one at hand (resolved by the context; read against the publication date, the year after it).
    /\b(?:the\s+(?:following|subsequent)\s+year|a\s+year\s+later)\b/gi,
    (_m, pub) =>
      pub ? { period: relative(yearStart(pub.year + 1), yearEnd(pub.year + 1), `${pub.year + 1}`), span: false, anaphor: 'following', step: 'year' } : null,
    /following|subsequent|later/i,
  ],
  [
    /\bnext\s+year\b/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year + 1), yearEnd(pub.year + 1), `${pub.year + 1}`), span: false } : null),
    SAYS_YEAR,
  ],
  [
    // "the jobless rate fell to 4 % to start 2025", "earnings were 3.6 % higher at the end of the year": the first or
    // last month of the year in a text about months, its first or last quarter in one about quarters.
    new RegExp(
      `\\b(?:to\\s+(?<start>start|begin|open|kick\\s+off)|to\\s+(?:end|close(?:\\s+out)?|finish)|at\\s+the\\s+end\\s+of)\\s+(?:the\\s+year|${YEAR})\\b`,
      'gi',
    ),
    (m, pub) => {
      const y = m[2] ? Number(m[2]) : pub?.year;
      if (!y) return null;
      // ("at the end of 2024" is a day, read by the pattern for it.)
      if (m[2] && /^at\b/i.test(m[0])) return null;
      const period = { ...relative(yearStart(y), yearEnd(y), `${y}`), resolution: (m[2] ? 'explicit' : 'relative') as Period['resolution'] };
      return { period, span: false, anaphor: 'edge', edge: m.groups!.start ? 'start' : 'end' };
    },
    /start|begin|open|kick|end|close|finish/i,
  ],
  [
    /\b(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+year\b/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year), yearEnd(pub.year), `${pub.year}`), span: false } : null),
    SAYS_YEAR,
  ],
  [
    // "so far this year", "year to date", "since the start of 2024": from the first of January to the publication.
    new RegExp(
      `\\b(?:so\\s+far\\s+this\\s+year|(?:in\\s+)?the\\s+year\\s+to\\s+date|year[-\\s]to[-\\s]date|since\\s+the\\s+(?:beginning|start)\\s+of\\s+(?:the\\s+year|this\\s+year|${YEAR})|(?:so|thus)\\s+far\\s+in\\s+${YEAR}|(?:(?:in|over|during)\\s+)?${YEAR}\\s+(?:so\\s+far|thus\\s+far|to\\s+date))\\b`,
      'gi',
    ),
    (m, pub) => {
      if (!pub) return null;
      // ("so far in 2023", "in 2023 so far", "2023 to date": the year named, up to the publication.)
      const named = m[1] ?? m[2] ?? m[3];
      const y = named ? Number(named) : pub.year;
      if (y !== pub.year) return { period: explicit(yearStart(y), publicationEnd(pub), `since the start of ${y}`), span: true };
      const period = {
        start: yearStart(y),
        end: publicationEnd(pub),
        label: `${y} to date`,
        resolution: (named ? 'explicit' : 'relative') as Period['resolution'],
      };
      return { period, span: true };
    },
    /so\s+far|to[-\s]date|since/i,
  ],
  [
    // "the 2024-25 financial year", "2023/24", "FY2023/24", "fiscal year 2022/2023": a fiscal year across two calendar years,
    // April to March (as India, Japan and the UK count it) unless the budget's owner counts from another month.
    new RegExp(
      `(?:\\b(?:fiscal\\s+year|financial\\s+year|fiscal|FY)\\s?|\\b)${YEAR}[-–/](\\d{4}|\\d{2})(?:\\s+(?:financial|fiscal)\\s+year)?\\b(?![-–/]\\d)`,
      'gi',
    ),
    (m) => {
      // ("2022-2023" alone is as often two years as one fiscal year: four digits after the stroke only where the words say fiscal.)
      if (m[2]!.length === 4 && /^\d/.test(m[0]) && !/year$/i.test(m[0])) return null;
      const end = Number(m[2]!.length === 4 ? m[2] : m[1]!.slice(0, 2) + m[2]);
      if (end !== Number(m[1]) + 1) return null;
      return { period: { ...explicit(`${m[1]}-04-01`, `${end}-03-31`, `FY${m[1]}–${m[2]}`), fiscal: { year: end, months: 12 } }, span: true };
    },
    JOINS_NUMBERS,
  ],
  [
    new RegExp(`\\b(?:from|between)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:to|and|until|through|–|-)\\s+(?:${MONTH}\\s+)?${YEAR}\\b`, 'gi'),
    (m) => ({
      period: explicit(fromParts(m[1], m[2]!, 'start'), fromParts(m[3], m[4]!, 'end'), `${m[1] ? `${m[1]} ` : ''}${m[2]}–${m[3] ? `${m[3]} ` : ''}${m[4]}`),
      span: true,
    }),
    SAYS_FROM_OR_BETWEEN,
  ],
  [
    new RegExp(`\\b${YEAR}\\s?[-–]\\s?(\\d{4}|\\d{2})\\b`, 'g'),
    (m) => {
      const end = m[2]!.length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
      if (end <= Number(m[1])) return null;
      return { period: explicit(yearStart(Number(m[1])), yearEnd(end), `${m[1]}–${end}`), span: true };
    },
    JOINS_NUMBERS,
  ],
  [
    // ("the highest total since 2014, when it listed 1,796": the year a clause after it tells of is that year alone.)
    // (Not "the highest since 2018's $69.7 billion": the year in the possessive owns the figure after it.)
    new RegExp(`\\b(?:since|after|starting in|starting from)\\s+(?:(?:the\\s+)?((?:19|20)\\d)0s|(?:${MONTH}\\s+)?${YEAR})\\b(?!,?\\s+when\\b|['’]s\\s)`, 'gi'),
    (m, pub) => {
      // "since the 1980s": from the start of the decade.
      const start = m[1] ? `${m[1]}0-01-01` : fromParts(m[2], m[3]!, 'start');
      const label = m[1] ? `since the ${m[1]}0s` : `since ${m[2] ? `${m[2]} ` : ''}${m[3]}`;
      return { period: explicit(start, pub ? publicationEnd(pub) : null, label), span: true };
    },
    SAYS_SINCE_OR_AFTER,
  ],
  [
    // "in the 1960s": a decade.
    /\b(?:the\s+)?((?:19|20)\d)0s\b/g,
    (m) => ({ period: explicit(`${m[1]}0-01-01`, `${m[1]}9-12-31`, `${m[1]}0s`), span: true }),
    /0s/,
  ],
  [
    // ("in the last decade": ten years.)
    /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years|decade)\b/gi,
    (m, pub) => {
      if (!pub) return null;
      const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
      const n = m[1] ? Number(m[1]) || words[m[1].toLowerCase()] || 0 : 10;
      return { period: relative(yearStart(pub.year - n), publicationEnd(pub), `${pub.year - n}–${pub.year}`), span: true };
    },
    /year|decade/i,
  ],
  [
    new RegExp(
      `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b|\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+${YEAR}\\b`,
      'g',
    ),
    (m) => {
      const [day, month, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
      const mo = monthIndex(month);
      if (Number(day) < 1 || Number(day) > lastDay(Number(year), mo)) return null;
      const date = `${year}-${pad(mo)}-${pad(Number(day))}`;
      return { period: explicit(date, date, `${Number(day)} ${month} ${year}`), span: false };
    },
    NAMES_A_MONTH,
  ],
  [
    new RegExp(`\\b(?:at\\s+)?the\\s+end\\s+of\\s+${YEAR}\\b`, 'gi'),
    (m) => ({ period: explicit(`${m[1]}-12-31`, `${m[1]}-12-31`, `end of ${m[1]}`), span: false }),
    SAYS_END,
  ],
  [
    // ("its end-2023 forecast", "by end 2024", "by end of 2025", "year-end 2024": the year, which a stock is dated at the end of and a flow
    // spans; "since end-2023" is left to the span it opens.)
    new RegExp(
      `(?<!\\bsince\\s+)(?:\\b(?:year-?)?end-|(?<=\\b(?:by|at|until|till|before|for)\\s+)(?:year-?)?end\\s+(?:of\\s+)?|\\byear-end\\s+)${YEAR}\\b`,
      'gi',
    ),
    (m) => ({ period: explicit(`${m[1]}-01-01`, `${m[1]}-12-31`, m[1]!), span: false }),
    SAYS_END,
  ],
  [
    new RegExp(`\\b(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2},?)?\\s+${YEAR}\\b`, 'g'),
    (m) => ({ period: explicit(fromParts(m[1], m[2]!, 'start'), fromParts(m[1], m[2]!, 'end'), `${fullMonth(m[1]!)} ${m[2]}`), span: false }),
    NAMES_A_MONTH,
  ],
  [
    new RegExp(`(?<![\\p{L}\\p{N}$€£¥₹.,/-])${YEAR}(?![\\p{L}\\p{N}%/]|,\\d|\\.\\d)`, 'gu'),
    (m) => ({ period: explicit(yearStart(Number(m[1])), yearEnd(Number(m[1])), m[1]!), span: false }),
    SAYS_A_YEAR,
  ],
  [
    // "on Nov. 23", "by 30 September": a day named without its year, the last such day up to the publication.
    new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d|\\s*(?:per\\s*cent|percent|million|billion|years?\\b)))`,
      'g',
    ),
    (m, pub) => {
      if (!pub) return null;
      const mo = monthIndex(m[2] ?? m[3]);
      const day = Number(m[1] ?? m[4]);
      // ("by Friday, Oct. 7", written on 3 October 2022: the weekday says which year's, the one nearest the publication.)
      const weekday = WEEKDAY_BEFORE.exec(m.input.slice(Math.max(0, m.index - 12), m.index))?.[1];
      const named = weekday
        ? [pub.year, pub.year - 1, pub.year + 1].find(
            (y) => day <= lastDay(y, mo) && new Date(Date.UTC(y, mo - 1, day)).getUTCDay() === WEEKDAY_NAMES.indexOf(weekday.toLowerCase()),
          )
        : undefined;
      const y = named ?? yearOfDay(mo, day, pub, () => upcomingAt(m.input, m.index));
      if (day < 1 || day > lastDay(y, mo)) return null;
      const date = `${y}-${pad(mo)}-${pad(day)}`;
      return { period: relative(date, date, `${day} ${monthName(mo)} ${y}`), span: false };
    },
    NAMES_A_MONTH,
  ],
  [
    // A month named without its year ("in December", "November's 4.2%", "December saw…"): the last such month
    // up to the publication, or the one of the year named after it ("December last year").
    new RegExp(
      `(?<lead>\\b(?:[Aa]s of|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Ff]or|[Ff]rom|[Oo]f|[Tt]o|[Dd]uring|[Aa]nd|[Bb]etween|[Ll]ate|[Ee]arly|[Mm]id-?|at the end of)\\s+)?(?<lastMonth>[Ll]ast\\s+)?${MONTH}(?<poss>['’]s)?(?:,?\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year)?\\b(?!\\s+\\d|[-–]\\d)`,
      'g',
    ),
    (m, pub) => {
      if (!pub) return null;
      const mo = monthIndex(m[3]);
      // "May" with nothing that makes it a month is the verb.
      if (mo === 5 && !m.groups!.lead && !m.groups!.poss) return null;
      // ("The summit will be held in November", written in June: this year's November, as for a day; see `yearOfDay`.)
      let y = pub.month !== null && mo > pub.month && !upcomingAt(m.input, m.index) ? pub.year - 1 : pub.year;
      // "an 8 % increase from last July", written in August: the month just gone is "last month", so "last July" is the
      // year before's (and so is a month not yet reached this year).
      if (m.groups!.lastMonth && pub.month !== null && (mo >= pub.month - 1 || mo > pub.month)) y = pub.year - 1;
      const rel = m.groups!.rel?.toLowerCase();
      if (rel) y = rel === 'last' ? pub.year - 1 : rel === 'next' ? pub.year + 1 : pub.year;
      return { period: relative(monthStart(y, mo), monthEnd(y, mo), `${fullMonth(m[3]!)} ${y}`), span: false };
    },
    NAMES_A_MONTH,
  ],
  [
    /\blast year\b|\ba year (?:ago|earlier)\b/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year - 1), yearEnd(pub.year - 1), `${pub.year - 1}`), span: false } : null),
    SAYS_YEAR,
  ],
  [
    /\b(?:this|earlier this|so far this) year\b/gi,
    (_m, pub) => (pub ? { period: relative(yearStart(pub.year), yearEnd(pub.year), `${pub.year}`), span: false } : null),
    SAYS_YEAR,
  ],
  [
    /\blast month\b/gi,
    (_m, pub) => {
      if (!pub?.month) return null;
      const y = pub.month === 1 ? pub.year - 1 : pub.year;
      const mo = pub.month === 1 ? 12 : pub.month - 1;
      return { period: relative(monthStart(y, mo), monthEnd(y, mo), `${monthName(mo)} ${y}`), span: false };
    },
    SAYS_MONTH,
  ],
  [
    /\b(?:earlier |later |so far )?this month\b/gi,
    (m, pub) =>
      pub?.month
        ? {
            period: relative(monthStart(pub.year, pub.month), publicationEnd(pub), `${monthName(pub.month)} ${pub.year}`),
            span: false,
            ...(/^this/i.test(m[0]) ? { thisMonth: true } : {}),
          }
        : null,
    SAYS_MONTH,
  ],
  [
    // ("a now estimated 728,000", "has now revised": when the statement is made, not the time of the figure.)
    /\b(?:now|currently|today|at present|presently|so far)\b(?!\s+(?:estimated|revised|put|expected|thought|believed|reckoned|projected|forecast|sees?|says?|said|reports?|reported)\b)/gi,
    (_m, pub) => {
      if (!pub) return null;
      // "now" in a news text means the current state of affairs: the period the report is about if it has
      // named one, else dated like annual figures.
      return { period: relative(yearStart(pub.year), yearEnd(pub.year), `${pub.year}`), span: false, anaphor: 'present' };
    },
    SAYS_NOW,
  ],
];

const SINCE_THEN = /\bsince then\b/gi;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_BEFORE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+$/;
const DATELINE_BEFORE = /^\s*(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*(?:,\s*[\p{L} .]+)?,\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/u;
const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?(?:\([^)]{1,40}\)\s*)?[-–—:]\s/;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const ELLIPTIC_ORDINAL =
  /\b(?:in|for|during|over)\s+the\s+(first|second|third|fourth|final|last)(?=\s*(?:[,;.)—–]|$)|\s+(?:and|but|while|as|when|according|from|compared|versus|after|before|with|than)\b)/gi;
const LEVEL_SET_AGAINST_BEFORE =
  /\b(?:from|(?<!\b(?:more|less|fewer)\s)than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:[$€£¥₹]|US\$)?\s?\d[\d.,]*(?:\s*(?:%|percent|per\s*cent|million|billion|trillion|bn|mn|m)\b)?(?:\s+[\p{L}-]+){0,2}?\s+$/iu;
const ATTRIBUTIVE_BEFORE = /\b(?:its|their|his|her|the|a|an)\s+(?:(?:earlier|later|previous|latest|first|final|preliminary|initial|flash)\s+)?$/i;
const REPORT_AFTER =
  /^\s+(?:estimate|report|release|press\s+release|survey|reading|figure|data|print|forecast|statement|bulletin|note|filing|announcement)s?\b/i;
// ("for May delivery", "May futures", "the December contract rose", "for delivery in March"; not "September delivery numbers",
// "the June contract awards".)
const FUTURES_AFTER = /^[\s-]+(?:futures|options)\b/i;
const CONTRACT_AFTER = /^\s+contracts?\b(?!\s+(?:awards?|wins?|signings?|worth|to|for|with)\b)/i;
const DELIVERY_AFTER = /^\s+delivery\b/i;
const FOR_BEFORE = /\bfor\s+$/i;
const THE_BEFORE = /\bthe\s+$/i;
const FOR_DELIVERY_BEFORE = /\bfor\s+delivery\s+(?:in\s+)?$/i;

/** Whether a month names the month a futures contract delivers in: "futures for May delivery", "the December contract". */
function namesAContractMonth(sentence: string, e: TimeExpression): boolean {
  if (!/^[A-Z][a-z]+ \d{4}$/.test(e.period.label)) return false;
  const after = sentence.slice(e.end);
  const before = sentence.slice(Math.max(0, e.start - 24), e.start);
  // (The expression may have taken the "for" itself: "for May".)
  const afterFor = FOR_BEFORE.test(before) || /^for\s/i.test(sentence.slice(e.start, e.end));
  return (
    FOR_DELIVERY_BEFORE.test(before) ||
    FUTURES_AFTER.test(after) ||
    (DELIVERY_AFTER.test(after) && afterFor) ||
    (CONTRACT_AFTER.test(after) && THE_BEFORE.test(before))
  );
}
const MAY_NAME_TIME =
  /\d|year|month|quarter|half|period|this time|now|currently|today|present|so far|since|numbers|figures|data|results|statistics|January|February|March|April|May|June|July|August|September|October|November|December/i;
// Weekends, weekdays and weeks relative to the publication day (event-period.ts), tried after the patterns above.
const ALL_PATTERNS = [...PATTERNS, ...EVENT_PATTERNS];
/** A verb that sets a figure against an earlier level, with the level's noun to come: "surpasses 2019 traffic". */
const SURPASSED_BEFORE =
  /\b(?:surpass|exceed|top|beat|outstrip|outpace|eclipse|overtake|pass|match|return\s+to|recover\s+to|back\s+to|close\s+to|near)(?:e?s|ed|ing|ped|ping)?\s+(?:(?:the|its|their|pre-pandemic)\s+)?$/i;

/**
 * The patterns' guards, one per source and flags, by pattern. A guard of words only ("year", "jan|feb|…") is tested as
 * substrings, of the lower-cased sentence where it ignores case: the same answer as the pattern, since lower-casing
 * turns no character into an ASCII letter except İ and the Kelvin sign (FOLDS_TO_ASCII), which the pattern would not
 * take for i and k (sentences with them are tested with the pattern).
 */
const GUARDS: Array<{ re: RegExp; words: string[] | null }> = [];
const GUARD_OF = ALL_PATTERNS.map(([, , guard]) => {
  if (!guard) return undefined;
  const known = GUARDS.findIndex((g) => g.re.source === guard.source && g.re.flags === guard.flags);
  if (known >= 0) return known;
  const plain = /^[A-Za-z0-9 ]+(?:\|[A-Za-z0-9 ]+)*$/.test(guard.source) && (guard.flags === '' || guard.flags === 'i');
  return GUARDS.push({ re: guard, words: plain ? (guard.ignoreCase ? guard.source.toLowerCase() : guard.source).split('|') : null }) - 1;
});
const FOLDS_TO_ASCII = /[\u0130\u212a]/;

/** Where a global pattern goes on after an empty match, as matchAll does. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Every time expression in a sentence, earliest first, non-overlapping. */
// "increase, on £44.7 million from ": the level a change is on, then the time it is from.
const ON_A_LEVEL_FROM =
  /\b(?:increase|rise|growth|gain|jump|drop|decline|fall|decrease),?\s+on\s+(?:the\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?\d(?:[^,;.]|(?<=\d)[,.](?=\d))*\s+from\s+$/i;

const MONTH_PAIR = new RegExp(`^${MONTH}\\s+and\\s+${MONTH}`, 'i');
const QUARTER_PAIR = new RegExp(`^(?:the\\s+)?${QUARTER_PAIR_SOURCE}`, 'i');

/**
 * "rose 3.4 % and 3.1 % in October and November, respectively", "0.7 % and 0.9 % in the second and third quarters,
 * respectively": the two months or quarters of a pair read as one span, each its own time, where a respective list
 * pairs them with its figures. Null for anything else.
 */
export function partsOfPair(sentence: string, e: TimeExpression): [TimeExpression, TimeExpression] | null {
  if (!e.period.start || !e.period.end || e.base || e.anaphor) return null;
  const text = sentence.slice(e.start, e.end);
  const [ya, yb] = [Number(e.period.start.slice(0, 4)), Number(e.period.end.slice(0, 4))];
  const part = (y: number, from: number, months: number, label: string): Period => {
    const { yearUnstated, ...rest } = e.period;
    return { ...rest, start: monthStart(y, from), end: monthEnd(y, from + months - 1), label, ...(yearUnstated ? { yearUnstated: { from, months } } : {}) };
  };
  const months = MONTH_PAIR.exec(text);
  if (months) {
    const [a, b] = [monthIndex(months[1]), monthIndex(months[2])];
    return [
      { ...e, end: e.start + months[1]!.length, period: part(ya, a, 1, `${monthName(a)} ${ya}`), span: false },
      { ...e, start: e.start + months[0].length - months[2]!.length, period: part(yb, b, 1, `${monthName(b)} ${yb}`), span: false },
    ];
  }
  const quarters = QUARTER_PAIR.exec(text);
  if (!quarters) return null;
  const [a, b] = [quarterOrdinal(quarters[1]!), quarterOrdinal(quarters[2]!)];
  const second = text.toLowerCase().lastIndexOf(quarters[2]!.toLowerCase(), quarters[0].length);
  return [
    { ...e, end: e.start + text.toLowerCase().indexOf(quarters[1]!.toLowerCase()) + quarters[1]!.length, period: part(ya, a * 3 - 2, 3, `Q${a} ${ya}`) },
    { ...e, start: e.start + second, period: part(yb, b * 3 - 2, 3, `Q${b} ${yb}`) },
  ];
}

const AFTER_A_YEAR_OF =
  /\bafter\s+(?:a|an|its|their|the)?\s*(?:record|record-breaking|bumper|strong|stellar|blockbuster|banner|solid|exceptional|good|great|weak|bad|poor|dismal|tough|difficult|challenging|disappointing|turbulent|volatile|torrid|lacklustre|lackluster)(?:[-\s]setting)?\s+$/i;

// "a 126 percent increase over 2022", "growth of 40 % over 2021", "up 9 % over 2023": a year set over after the noun of a
// change or its figure, which is its base where a later time is the figure's (not "prices rose 5 % over 2023", which may say
// when they rose).
// A percentage as a change states it, alone or after a hedge ("more than 9 percent").
const PERCENT_FIGURE = String.raw`\d[\d.,]*\s*(?:%|per\s?cent|percent)`;
const HEDGED_PERCENT = String.raw`(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?${PERCENT_FIGURE}`;
const CHANGE_OVER = new RegExp(
  String.raw`(?:\b(?:${CHANGE_NOUNS})s?(?:\s+of\s+${HEDGED_PERCENT})?|\b(?:up|down)\s+${HEDGED_PERCENT})\s+over\s+(?:the\s+)?$`,
  'i',
);
/** Whether a time expression is a year or a part of one that a change is set over ("a 126 percent increase over 2022"). */
export function changedOver(sentence: string, e: TimeExpression): boolean {
  return WHOLE_YEAR_OR_PART.test(e.period.label) && CHANGE_OVER.test(sentence.slice(Math.max(0, e.start - 60), e.start));
}
// A change figure, or its noun, right before "from" and the time it is set from ("a 4.9 percent hike from 2022", "up 5% from 2022").
const CHANGE_FROM = new RegExp(
  String.raw`(?:${PERCENT_FIGURE}\s+(?:(?:${CHANGE_NOUNS})s?\s+)?|\b(?:${CHANGE_NOUNS})s?\s+)(?:from|compared\s+(?:with|to)|on)\s+(?:the\s+)?$`,
  'i',
);
/** Whether a time expression is a year or a part of one that a change is set from ("a 4.9 percent hike from 2022"). */
export function changedFrom(sentence: string, e: TimeExpression): boolean {
  return WHOLE_YEAR_OR_PART.test(e.period.label) && CHANGE_FROM.test(sentence.slice(Math.max(0, e.start - 60), e.start));
}
const WHOLE_YEAR = /^(?:(?:fiscal(?:\s+year)?|FY)\s*)?\d{4}$/;
const WHOLE_YEAR_OR_PART = new RegExp(`${WHOLE_YEAR.source}|^(?:Q[1-4]|H[12])\\s+\\d{4}$`);

/** Whether the sentence names, besides `e`, a time of its own that starts after `e` ends. */
const namesALaterTime = (all: readonly TimeExpression[], e: TimeExpression): boolean =>
  !!e.period.end && all.some((o) => o !== e && !o.base && !o.anaphor && !!o.period.start && o.period.start > e.period.end!);

export function findTimeExpressions(sentence: string, pub: PublicationDate | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  // Most sentences name no time at all; one cheap test spares them every pattern below.
  if (!MAY_NAME_TIME.test(sentence) && !EVENT_WORDS.test(sentence)) return found;
  // "prior to 2006 … but 16 since then": "then" is the year named before it.
  for (const m of sentence.matchAll(SINCE_THEN)) {
    const anchor = PATTERNS.flatMap(([re, build]) => [...sentence.slice(0, m.index).matchAll(re)].map((a) => build(a as RegExpExecArray, pub)))
      .filter(Boolean)
      .pop();
    if (anchor?.period.start)
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        period: explicit(anchor.period.start, pub ? publicationEnd(pub) : null, `since ${anchor.period.label}`),
        span: true,
      });
  }
  // (A guard that several patterns share is tested once per sentence.)
  const guarded: Array<boolean | undefined> = [];
  let lower: string | null | undefined;
  for (let k = 0; k < ALL_PATTERNS.length; k++) {
    const [re, build, guard] = ALL_PATTERNS[k]!;
    if (guard) {
      const g = GUARD_OF[k]!;
      let pass = guarded[g];
      if (pass === undefined) {
        const words = GUARDS[g]!.words;
        if (words && GUARDS[g]!.re.ignoreCase && lower === undefined) lower = FOLDS_TO_ASCII.test(sentence) ? null : sentence.toLowerCase();
        const text = words && GUARDS[g]!.re.ignoreCase ? lower : sentence;
        pass = words && text ? words.some((w) => text.includes(w)) : guard.test(sentence);
        if (!guard.global && !guard.sticky) guarded[g] = pass;
      }
      if (!pass) continue;
    }
    // (exec in a loop finds what matchAll finds without copying the pattern for every sentence.)
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0] === '') re.lastIndex = advance(sentence, re.lastIndex, re.unicode);
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((e) => e.start < end && start < e.end)) continue;
      const built = build(m as RegExpExecArray, pub);
      if (built) found.push({ start, end, ...built });
    }
  }
  // "stagnation in the first quarter and growth of 0.1 % in the second": an ordinal whose noun is left out names
  // another of the quarters (or halves) the sentence named before it, in the same year.
  for (const m of sentence.matchAll(ELLIPTIC_ORDINAL)) {
    const start = m.index + m[0].length - m[1]!.length - 4;
    const end = m.index + m[0].length;
    if (found.some((e) => e.start < end && start < e.end)) continue;
    const named = found.filter((e) => e.end <= start && /^[QH][1-4] \d{4}$/.test(e.period.label)).pop();
    if (!named) continue;
    const y = Number(named.period.label.slice(3));
    const half = named.period.label[0] === 'H';
    const n = ORDINALS.indexOf(m[1]!.toLowerCase()) + 1 || (half ? 2 : 4);
    if (half && n > 2) continue;
    const [from, to] = half ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
    const period: Period = { start: monthStart(y, from), end: monthEnd(y, to), label: `${half ? 'H' : 'Q'}${n} ${y}`, resolution: named.period.resolution };
    found.push({ start, end, period, span: true });
  }
  // "LONDON, Nov 29 (Reuters) -": a dateline says when the text was filed, not when any figure was measured.
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i]!;
    if (e.period.start === e.period.end && DATELINE_BEFORE.test(sentence.slice(0, e.start)) && DATELINE_AFTER.test(sentence.slice(e.end))) found.splice(i, 1);
  }
  // "an earlier July estimate", "its March report", "in a Jan. 11 press release": the month or day a report came out,
  // not a period of any figure.
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i]!;
    if (
      (/^[A-Z][a-z]+ \d{4}$/.test(e.period.label) || (e.period.start !== null && e.period.start === e.period.end)) &&
      e.period.resolution === 'relative' &&
      REPORT_AFTER.test(sentence.slice(e.end)) &&
      ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, e.start - 20), e.start))
    )
      found.splice(i, 1);
  }
  // "futures for May delivery", "the December contract", "for delivery in March": the month a futures contract delivers in,
  // not the time its price was quoted.
  for (let i = found.length - 1; i >= 0; i--) if (namesAContractMonth(sentence, found[i]!)) found.splice(i, 1);
  for (const e of found) {
    // ("rose 1.7 % to $2.37 billion from $2.33 billion last year": "last year" after the level a change is set against is a
    // year before the period at hand, as "a year earlier" is — the quarter of the year before in a quarter's report.)
    if (
      e.anaphor === undefined &&
      !e.base &&
      /^last\s+year$/i.test(sentence.slice(e.start, e.end)) &&
      LEVEL_SET_AGAINST_BEFORE.test(sentence.slice(Math.max(0, e.start - 48), e.start))
    ) {
      e.anaphor = 'previous';
      e.step = 'year';
    }
    // "its 2023 target", "the 2023 total of 22.7 bcm": a year naming what a noun is of.
    // ("from the first quarter's 386,810 deliveries": so is a time in the possessive before a figure, that figure's alone.)
    if (
      (/^\d{4}$/.test(e.period.label) &&
        ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, e.start - 8), e.start)) &&
        /^\s+\p{Ll}/u.test(sentence.slice(e.end))) ||
      (!e.base && /^['’]s\s+(?:[$€£¥₹]|US\$)?\d/.test(sentence.slice(e.end, e.end + 12)))
    )
      e.attributive = true;
    if (e.base) {
      // ("compared with 1.17 billion in the same period of 2023": the figure after the comparison word is of that time.)
      if (e.anaphor === 'previous' && e.baseFrom === undefined) {
        // ("compared with $35.69 billion tallied over the same period last year", "up from 129,239 cases reported in 181
        // countries during the same period last year", "that total compares to 110,189 at this time last year": a few
        // words may stand between the figure and the period it was set against.)
        const lead = sentence.slice(Math.max(0, e.start - 140), e.start);
        // (The last comparison word is the one: in "better than expected and up 20% from what it sold in the same
        // period of 2022" the figure is the change, not the base.)
        // ("compared to revenue of $89.5 billion and net profit of $23.0 billion, or $1.46 per diluted share, in the year-ago
        // quarter": the base may be a list of figures, its items and the time after it set off by commas.)
        const w =
          /\b(?:from|than|compared?s?\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?!\b(?:from|than|compared?s?|versus|vs|against)\b)(?:[^,;.]|(?<=\d)[,.](?=\d)|,\s+(?=(?:or\s+|and\s+)?(?:US)?[$€£¥₹]?\d)|,(?=\s+(?:in|during|for|over)\s+$)))*\d(?:(?!\b(?:from|than|compared?s?|versus|vs|against)\b)(?:[^,;.]|(?<=\d)[,.](?=\d)|,\s+(?=(?:or\s+|and\s+)?(?:US)?[$€£¥₹]?\d)|,(?=\s+(?:in|during|for|over)\s+$)))*$/i.exec(
            lead,
          );
        if (w) e.baseFrom = Math.max(0, e.start - 140) + w.index;
        // ("In the same period last year, GDP growth was 6.1 %": opening its clause, it is the time of what the clause states.)
        else if (/(?:^|[;,]\s*(?:and\s+|while\s+|but\s+)?)\s*(?:in|during)\s+$/i.test(sentence.slice(0, e.start)) && /^\s*,/.test(sentence.slice(e.end)))
          e.baseFrom = e.start;
        // ("an 11 % increase on the 16.8 million passengers carried in the same month last year": the same.)
        else {
          const wide = sentence.slice(Math.max(0, e.start - 70), e.start);
          const on =
            /\b(?:increase|rise|growth|gain|jump|drop|decline|fall|decrease),?\s+on\s+(?:the\s+)?(?:[^,;.]|(?<=\d)[,.](?=\d))*\d(?:[^,;.]|(?<=\d)[,.](?=\d))*$/i.exec(
              wide,
            );
          if (on) e.baseFrom = Math.max(0, e.start - 70) + on.index;
        }
      }
      continue;
    }
    // "up 6% from a year earlier", "growth of 11% over the previous quarter": the base a change is measured from.
    // ("from the previous week's level of 297,000": a figure after it is of that time; not so the one in "rose 11 %
    // over the previous quarter to 484,507".)
    if (e.anaphor === 'previous' && /\b(?:from|over|on|versus|vs\.?|against|relative\s+to)\s+$/i.test(sentence.slice(Math.max(0, e.start - 14), e.start))) {
      e.base = true;
      if (/^['’]s\b/.test(sentence.slice(e.end))) e.baseFrom = e.start;
      // ("a 11.9 % increase, on £44.7 million from the previous year": the level the increase is on is of that time.)
      const on = ON_A_LEVEL_FROM.exec(sentence.slice(Math.max(0, e.start - 70), e.start));
      if (on) e.baseFrom = Math.max(0, e.start - 70) + on.index;
      continue;
    }
    // ("the 2024 fiscal year, which begins in April": when a fiscal year starts or ends says what the year is, not when.)
    if (FISCAL_YEAR_RUNS.test(sentence.slice(Math.max(0, e.start - 60), e.start))) {
      e.base = true;
      continue;
    }
    // "1.3 % above 2019 levels", "below its 2021 peak": the level a figure is measured against.
    if (
      /^['’]?s?\s+(?:levels?|peaks?|highs?|lows?|averages?|baselines?)\b/i.test(sentence.slice(e.end)) &&
      /\b(?:above|below|over|under|beneath|short\s+of)\s+(?:the\s+|its\s+|their\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 16), e.start))
    ) {
      e.base = true;
      // ("below the 2024 average of 37,000": a figure after it is of that time; not "1 % above 2019 levels and 5 % over 2023".)
      if (LEVEL_STATED_AFTER.test(sentence.slice(e.end, e.end + 40))) e.baseFrom = e.start;
      continue;
    }
    // "profits fell to £22bn after a record 2022", "after a difficult 2023": the year a figure follows is its base, not its time.
    if (/^\d{4}$/.test(e.period.label) && AFTER_A_YEAR_OF.test(sentence.slice(Math.max(0, e.start - 40), e.start))) {
      e.base = true;
      continue;
    }
    // (Only where the sentence names a later time the figure is of; "The economy recorded growth of 0.1 % over 2023", early
    // in 2024, says when it grew. A later time the text is about settles it in its context: see changedOver.)
    if (changedOver(sentence, e) && namesALaterTime(found, e)) {
      e.base = true;
      continue;
    }
    // "Changi closes in on 2019 benchmark", "returned to 2019 levels": a time that names a level of reference is one.
    if (/^\s+(?:levels|benchmarks?|baselines?)\b/i.test(sentence.slice(e.end, e.end + 12)) && /^(?:19|20)\d{2}$/.test(sentence.slice(e.start, e.end))) {
      e.base = true;
      if (LEVEL_STATED_AFTER.test(sentence.slice(e.end, e.end + 40))) e.baseFrom = e.start;
      continue;
    }
    // "1.2 % below their pre-pandemic level in February 2020", "above the peak of 2021": the time of the level it is set against.
    // (No figure after it is of that time: the figure set against the level stands before it.)
    if (LEVEL_IN_BEFORE.test(sentence.slice(Math.max(0, e.start - 80), e.start))) {
      e.base = true;
      continue;
    }
    // "surpasses 2019 traffic", "exceeding its 2019 levels", "1 % above 2019", "3.9 % above the full year 2019 level": a year a
    // figure is measured against,
    // named after the verb or preposition that sets it against another.
    if (
      /^\d{4}$/.test(e.period.label) &&
      (SURPASSED_BEFORE.test(sentence.slice(Math.max(0, e.start - 40), e.start)) ||
        (/\b(?:above|below|ahead\s+of|short\s+of|behind)\s+(?:the\s+|its\s+|their\s+)?(?:(?:full[-\s]year|pre-pandemic|pre-covid)\s+)?$/i.test(
          sentence.slice(Math.max(0, e.start - 32), e.start),
        ) &&
          /^\s*(?:levels?\b\s*)?(?:[,;:.)]|$|and\b|but\b)/i.test(sentence.slice(e.end))))
    ) {
      e.base = true;
      if (LEVEL_STATED_AFTER.test(sentence.slice(e.end, e.end + 40))) e.baseFrom = e.start;
      continue;
    }
    // "representing 86 % of the traffic recorded in 2019", "or 91 % of traffic in December 2019", "reaching 91 % of 2019
    // levels", in a sentence about a later time: the earlier time a share of a level is taken of is its base. (Alone, or
    // beside an earlier time, "20 % of sales in 2023" dates the share.)
    // (The pattern first: this runs for every time expression of every sentence.)
    const later = () => found.some((o) => o !== e && o.period.start && e.period.end && o.period.start > e.period.end);
    // (Each of the three patterns names a share, "%" or "per cent", within its words: without one none is tried.)
    if (
      SHARE_IN_WORDS.test(sentence.slice(Math.max(0, e.start - 70), e.start)) &&
      (SHARE_OF_LEVEL.test(sentence.slice(Math.max(0, e.start - 70), e.start)) ||
        // ("This was 99.1 % of the passenger movements recorded in 2019": what was recorded then is the level the share is of,
        // whether or not the sentence names the later time the share is of.)
        SHARE_OF_RECORDED.test(sentence.slice(Math.max(0, e.start - 70), e.start)) ||
        (SHARE_OF_TIME.test(sentence.slice(Math.max(0, e.start - 70), e.start)) &&
          (/^['’]?s?\s+levels?\b/i.test(sentence.slice(e.end)) || (!/\bof\s+$/i.test(sentence.slice(Math.max(0, e.start - 4), e.start)) && later()))))
    ) {
      e.base = true;
      continue;
    }
    // "an 11 % increase on July last year with 96 % of seats filled": a month or quarter a change is measured on is its
    // base, and dates neither the change nor what the clause goes on to say. (A year keeps its span: "up 4 % on 2023".)
    if (!e.span && e.period.start && e.period.end && monthCount(e.period) < 12 && CHANGE_ON.test(sentence.slice(Math.max(0, e.start - 24), e.start))) {
      e.base = true;
      continue;
    }
    const at = comparisonBaseAt(sentence, e);
    // ("the highest since 2018's $69.7 billion": a year in the possessive right before a figure is that figure's time, whatever
    // word sets it against the figure before.)
    e.base = at !== null && !(e.attributive && /^\d{4}$/.test(e.period.label) && /^['’]s\s/.test(sentence.slice(e.end, e.end + 3)));
    if (e.base && at?.datesAfter) e.baseFrom = at.from;
  }
  return found.sort((a, b) => a.start - b.start);
}

// After a year a level is set against, the words that go on to state that level: "the 2024 average of 37,000", "2019 levels,
// when 1.2 million passengers flew", "2019 traffic (80.9 million)". Else a figure after it is no figure of that year: "1 % above
// 2019 levels and 5 % over 2023".
const LEVEL_STATED_AFTER =
  /^['’]?s?\s*(?:[\p{L}-]+,?\s+){0,2}?(?:(?:of|at|was|were|stood\s+at|totall?ed|reached)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥₹]?\d|\(\s*[$€£¥₹]?\d|when\b)/iu;

// (The share restates a figure against a level — "…, or 91 % of", "representing 86 % of", "reaching 91 % of" — or the
// level is named by what was recorded then: "86 % of the traffic recorded in 2019".)
const SHARE_OF = String.raw`\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:(?:the|its|their)\s+)?`;
/** Verbs that say when a level was recorded: "the passenger movements recorded in 2019". */
export const RECORDED = String.raw`(?:recorded|seen|measured|registered|handled|carried|reached|achieved|posted|logged)\s+`;
const RESTATED_AS_SHARE = String.raw`(?:\bor|\brepresenting|\breaching|\bequivalent\s+to|\bequal\s+to|\brecovering\s+to|\bat)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?`;
const WORDS_IN = String.raw`(?:[\p{L}-]+\s+){0,4}`;
const SHARE_OF_RECORDED = new RegExp(String.raw`${SHARE_OF}${WORDS_IN}${RECORDED}(?:in|during)\s+(?:the\s+)?$`, 'iu');
const SHARE_OF_TIME = new RegExp(
  String.raw`(?:${RESTATED_AS_SHARE}${SHARE_OF}(?:${WORDS_IN}(?:${RECORDED})?(?:in|during)\s+(?:the\s+)?)?|${SHARE_OF}${WORDS_IN}${RECORDED}(?:in|during)\s+(?:the\s+)?)$`,
  'iu',
);

// ("This was 91 per cent of traffic levels in December 2019": the share of a level named with its time, whatever the sentence dates.)
const SHARE_OF_LEVEL = new RegExp(String.raw`${SHARE_OF}${WORDS_IN}levels?\s+(?:${RECORDED})?(?:in|of|during)\s+(?:the\s+)?$`, 'iu');

// What SHARE_OF must find in the words it is tried on: its "%", "per cent" or "percent" (ASCII letters, which case-insensitive
// matching, with or without the u flag, folds only among themselves).
const SHARE_IN_WORDS = /%|cent/i;

const CHANGE_ON = /\b(?:increase|rise|growth|gain|jump|drop|decline|fall|decrease|up|down|higher|lower)\s+on\s+(?:the\s+)?$/i;

/**
 * Whether an expression is the base of a comparison. A figure after the comparison word is dated by it
 * ("than the 2023 deficit of $1.7 trillion"), except after a superlative ("the largest rise since 1972,
 * to $50.2 billion"): a record's reach back is nobody's period.
 */
const RESTATED_AFTER =
  /^\s?\((?:about\s+|around\s+|roughly\s+|some\s+)?(?:[A-Z]{1,3})?[$€£¥₹]\s?\d[\d.,]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k))?\)/;
const FISCAL_YEAR_RUNS =
  /\b(?:fiscal|financial|budget)\s+year,?\s+(?:which|that)\s+(?:begins|starts|began|started|runs|ends|ended|will\s+(?:begin|start|end|run))\s+(?:(?:in|on|from)\s+)?$/i;
const SINCE_RECORDS_BEGAN =
  /\bsince\s+(?:comparable\s+|such\s+|official\s+|reliable\s+)?(?:data|records?|statistics|figures|record-keeping|tracking|comparisons?|monitoring|measurements?)\s+(?:[\p{L}-]+\s+){0,4}?(?:in|from)\s+(?:the\s+)?$/iu;

function comparisonBaseAt(sentence: string, e: TimeExpression): { from: number; datesAfter: boolean } | null {
  const offset = Math.max(0, e.start - 30);
  const lead = sentence.slice(offset, e.start);
  // ("weaker than expected in January" compares with a forecast, not with another time; "more than 3 million
  // in 2023" bounds a quantity.)
  const m =
    /\b(?:than(?!\s+(?:expected|forecast|anticipated|estimated|predicted|projected|hoped|feared)\b|\s+(?:about\s+|some\s+|around\s+)?(?:[$€£¥₹]?\s?\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:half|dozen))[-\s](?:and[-\s]a[-\s]half[-\s])?(?:years?|months?|weeks?|decades?|quarters?|days?)\b(?!\s+(?:earlier|before|ago|prior|previously)\b)))|compared|against|versus|vs\.?|same\s+period)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,30}$/i.exec(
      lead,
    );
  if (m) return { from: offset + m.index, datesAfter: true };
  // ("double the amount on offer in 2014", "twice what it paid in 2019": a multiple sets the figure against another time.)
  const multipleFrom = Math.max(0, e.start - 60);
  const x = /\b(?:double|twice|triple|treble|(?:three|four|five|ten)\s+times|half|quadruple)\s+(?:the|that|its|their|what)\b[^,;.:()]{0,45}$/i.exec(
    sentence.slice(multipleFrom, e.start),
  );
  if (x) return { from: multipleFrom + x.index, datesAfter: true };
  // ("… in seven quarters since the third quarter of 2022", "the highest numbers since the February 9, 2020 show": "since"
  // may stand before the expression rather than in it.)
  // ("the highest since comparable data became available in 1979", "the lowest since records began in 1960": or the clause
  // that says when the record's reach back starts.)
  const sinceRightBefore = /^since\b/i.test(e.period.label) || /\bsince\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 10), e.start));
  const recordsBegan = sinceRightBefore ? null : SINCE_RECORDS_BEGAN.exec(sentence.slice(Math.max(0, e.start - 80), e.start));
  if (!sinceRightBefore && !recordsBegan) return null;
  const upTo = recordsBegan ? e.start - (recordsBegan.input.length - recordsBegan.index) : e.start;
  // ("the lowest yearly increase in consumer prices since July 2021": the superlative may stand a noun phrase before it.)
  const reach = Math.max(0, upTo - 60);
  // ("the first time that Samsung Electronics posted an operating profit of more than 10 trillion won in seven quarters
  // since …": "the first time" may stand a whole clause before it.)
  const far = Math.max(0, e.start - 130);
  const s =
    /\b(?:highest|lowest|biggest|largest|steepest|fastest|slowest|strongest|weakest|sharpest|smallest|busiest|quietest|deadliest|costliest|hottest|coldest|warmest|wettest|driest|first time|most|least|best|worst)\b[^,;.:()]{0,50}$/i.exec(
      sentence.slice(reach, upTo),
    ) ?? /\bfirst\s+time\b[^,;.:()]{0,120}$/i.exec(sentence.slice(far, e.start));
  return s ? { from: e.start - (s.input.length - s.index), datesAfter: false } : null;
}

// "down from 307,000 in December", "after losing 29,000 jobs in November": a time set against the one the sentence is about.
// (Not "after the bank posted a rise in profit in the half year": what was reported is the sentence's own time.)
const PRIOR =
  /(?:\b(?:up|down|rose|fell|rising|falling|increased?|decreased?|declined?|dropped|climbed|jumped|grew|growth|gains?|gained|drop|rise|change|revised|adjusted|shift(?:ed)?|slipped|slid|eased|edged|ticked|inched|dipped|surged|soared|plunged|tumbled|sank|slumped|advanced|rebounded|recovered|improved|accelerated|slowed|cooled|widened|narrowed|shrank|expanded|moved|reduced|cut|lowered|raised|lifted|trimmed|grown|risen|fallen|shrunk|gone)\b(?:[^,;:.—–]|(?<=\d)[,.](?=\d)){0,30}\b(?:from|on(?=\s+(?:its|their|the|an?)\s+(?:[^\s,;:.—–]+\s+){0,2}?[$€£¥₹]?\d))|\b(?:after(?!\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:posted|reported|announced|released|published|unveiled)\b)|follow(?:s|ed|ing)|previously|earlier|originally|compared|than(?!\s+(?:expected|forecast|anticipated|estimated|predicted|projected)\b|\s+(?:about\s+|some\s+|around\s+)?(?:[$€£¥₹]?\s?\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:half|dozen))[-\s](?:and[-\s]a[-\s]half[-\s])?(?:years?|months?|weeks?|decades?|quarters?|days?)\b(?!\s+(?:earlier|before|ago|prior|previously)\b)))))\b(?:[^,;:.—–]|(?<=\d)[,.](?=\d)){0,60}$/i;

// "a gain of 211 on 2019", "up 4 % on the first half of 2023": a year or a part of one that a change is measured on. (Not a
// day: "fell 1.2 % on 24 June", "lowered its key rate on June 5" say when it happened.)
const PRIOR_ON =
  /\b(?:up|down|rose|fell|rising|falling|increased?|decreased?|declined?|dropped|climbed|jumped|grew|growth|gains?|gained|drop|rise|change|loss|losses|lost)\b(?:[^,;:.—–]|(?<=\d)[,.](?=\d)){0,30}\bon\s+(?:the\s+)?$/i;

const REPORTED_AFTER = /^after\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:posted|reported|announced|released|published|unveiled)\b/i;

/**
 * Where the word that sets an expression's time against the sentence's own stands ("from", "after",
 * "compared"), or null if nothing does; a word inside an earlier expression ("from 2010 to 2020") is not one.
 */
export function priorAt(sentence: string, e: TimeExpression, all: TimeExpression[]): number | null {
  const previous = all.filter((o) => o.end <= e.start).pop();
  // ("fell 0.8 % in January from December": a single time the expression itself starts from.)
  if (!e.span && /\S/.test(sentence.slice(0, e.start)) && /^from\b/i.test(sentence.slice(e.start, e.end))) return e.start;
  const floor = Math.max(0, e.start - 100, previous?.end ?? 0);
  const m = PRIOR.exec(sentence.slice(floor, e.start));
  // ("come after the 2023 Wimbledon Championships reported profits of …": the time may stand inside the words that name
  // the reporter, where the pattern, which ends at the time, cannot see the verb.)
  if (m && !REPORTED_AFTER.test(sentence.slice(floor + m.index))) return floor + m.index;
  if (e.period.start !== e.period.end) {
    const on = PRIOR_ON.exec(sentence.slice(floor, e.start));
    if (on) return floor + on.index;
  }
  // "slipped to 57.5 % in November from 59.3 % in October": "from" right after the sentence's own time.
  const from = previous ? /^\s*,?\s*(?:up\s+|down\s+)?from\b(?:[^,;:.—–]|(?<=\d)[,.](?=\d)){0,40}$/i.exec(sentence.slice(previous.end, e.start)) : null;
  if (from) return previous!.end + from.index;
  // "follows a rise in the second quarter and stagnation in the first": coordinated with a time set against, so is this one.
  // ("That followed 0.2 % growth in November, and -0.5 % contraction in October": the comma and a figure's decimal point too.)
  return previous && /^\s*,?\s*(?:and|or)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,30}$/i.test(sentence.slice(previous.end, e.start))
    ? priorAt(sentence, previous, all)
    : null;
}

/** The period the figure is dated by when nothing in the text dates it: the publication year. */
export function publicationPeriod(pub: PublicationDate | null): Period {
  if (!pub) return { start: null, end: null, label: 'unresolved', resolution: 'unresolved' };
  return { start: yearStart(pub.year), end: yearEnd(pub.year), label: `${pub.year}`, resolution: 'publication' };
}

/**
 * Whether a figure states a move from the time after it: a percentage, or a sum or count after a verb of moving from a year or
 * a part of one ("down by around 900,000 b/d from 2022"; not "fell by £238 from 1 April", the day a cut took effect).
 */
function statesAMove(sentence: string, figure: { start: number; unit: string }, from: TimeExpression): boolean {
  if (figure.unit === 'percent') return true;
  return WHOLE_YEAR_OR_PART.test(from.period.label) && MOVED_BY.test(sentence.slice(Math.max(0, figure.start - 40), figure.start));
}

/** "a 66% increase from 2021": growth figures span from the base year to the figure's own date. */
const COMPARED_RIGHT_AFTER = /^\s*,?\s*compared\s+(?:with|to)\s+(?:the\s+)?$/i;
const SAYS_ANNUAL = /\b(?:annual|full[-\s]year|yearly|for\s+the\s+(?:whole\s+)?year|the\s+year\s+as\s+a\s+whole)\b/i;
export const GROWTH_FROM =
  /^\s*(?:in\s+[\w-]+\s+terms\s+)?(?:(?:year-on-year\s+)?(?:increase|rise|jump|growth|gain|drop|decline|fall|surge|hike|decrease|dip|climb|advance|slide|uptick)\s+)?(?:from|over|since|compared (?:with|to)|on)\s+(?:the\s+)?(?:level\s+(?:of|in)\s+|(?:(?:already|record|record-breaking|initial|final|revised|previous|prior|strong|weak|bumper|poor)\s+){1,3}(?:[\p{L}-]+\s+){0,2}?(?:of|for|in)\s+)?$/iu;

const LEVEL_IN_BEFORE = new RegExp(String.raw`\b${LEVEL_LEAD}$`, 'i');
const FROM_BEFORE = /\b(?:from|since|over)\s+(?:the\s+)?$/i;
// "rose 0.8 % over the year to March 2024", "over the three months to June": a stretch up to a date after "over" is the
// time the figure covers, not a base it is measured from.
const STRETCH_TO = /^(?:the\s+)?(?:[\p{L}\d-]+\s+)?(?:year|months|weeks|quarters)\s+(?:to|ending|ended|through|up\s+to)\b/iu;
// "grew 0.1 % over the first three months of 2024", "over the first half": several months or a half named by its place
// in a year is the time covered too — unless the sentence dated its figure before it, or a later one of the same part had
// ended by the time of writing ("up 10 % over the first half of 2023" in August 2024 is set against it). A single quarter
// ("over the first quarter") is most often the one a change is measured from, and stays a base.
const PART_BY_PLACE =
  /^(?:the\s+)?(?:first|second|third|fourth|final|opening)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:months|weeks|quarters)|half)\b/i;
const latestPart = (e: TimeExpression, pub: PublicationDate | null) =>
  !pub || (e.period.end !== null && `${Number(e.period.end.slice(0, 4)) + 1}${e.period.end.slice(4)}` >= publicationStart(pub));
const overAStretch = (sentence: string, e: TimeExpression, all: readonly TimeExpression[] = [], pub: PublicationDate | null = null) =>
  /\bover\s+$/i.test(sentence.slice(Math.max(0, e.start - 6), e.start)) &&
  (STRETCH_TO.test(sentence.slice(e.start, e.end)) ||
    (PART_BY_PLACE.test(sentence.slice(e.start, e.end)) && !all.some((o) => o.end <= e.start) && latestPart(e, pub)));
const isBaseAfterPreposition = (sentence: string, e: TimeExpression, all: readonly TimeExpression[] = [], pub: PublicationDate | null = null) =>
  FROM_BEFORE.test(sentence.slice(Math.max(0, e.start - 12), e.start)) && !overAStretch(sentence, e, all, pub);
const monthCount = (p: Period) =>
  (Number(p.end!.slice(0, 4)) - Number(p.start!.slice(0, 4))) * 12 + Number(p.end!.slice(5, 7)) - Number(p.start!.slice(5, 7)) + 1;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * "up 6 % from 2022" said of 2023, "0.5 % from December" said of January, "4.1 % from January 2024" said
 * of January 2025: a change over one step, from the period just before the figure's own (or the same one a
 * year earlier), is the figure of the later period.
 */
// "fell from", "nudging down the yearly increase from": a change between two reported values ("revised down from" restates one).
const CHANGED_FROM =
  /\b(?:rose|fell|climbed|dropped|declined|increased|decreased|slipped|jumped|grew|shrank|edged|ticked|inched|eased|nudg\w*)\b(?:(?!revis|adjust|correct)[^,;:.])*\bfrom\s+$/i;

/** The calendar year, quarter or month right before one, or null for any other span. */
/** Whether a time follows the figure in its own words ("from 2.9 % in October"). */
function ownTimeAfter(sentence: string, figure: { end: number }, expressions: TimeExpression[]): boolean {
  // ("up from the 6.2 % growth recorded during the same period in the previous fiscal year": a word or two of what was recorded between.)
  return expressions.some(
    (e) =>
      e.start >= figure.end &&
      /^\s*(?:(?:growth|increase|rise|decline|fall|drop|gain|expansion|contraction)\s+)?(?:(?:recorded|registered|reported|seen|posted|logged)\s+)?(?:in|for|during|at\s+the\s+end\s+of)?\s*$/i.test(
        sentence.slice(figure.end, e.start),
      ),
  );
}

function stepBack(p: Period): Period | null {
  if (!p.start || !p.end || !p.start.endsWith('-01')) return null;
  const months = monthCount(p);
  const endMonth = Number(p.end.slice(5, 7));
  if (![1, 3, 12].includes(months) || endMonth % months !== 0 || p.end !== monthEnd(Number(p.end.slice(0, 4)), endMonth)) return null;
  const first = monthsBack(Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7)), 2);
  const from = monthsBack(first.y, first.m, months);
  const label = months === 12 ? `${from.y}` : months === 3 ? `Q${Math.ceil(first.m / 3)} ${first.y}` : `${monthName(first.m)} ${first.y}`;
  return { start: monthStart(from.y, from.m), end: monthEnd(first.y, first.m), label, resolution: p.resolution };
}

/**
 * The period `step` months before the one at hand: "the previous month" of September, "the previous quarter" of
 * December (the quarter before the one it falls in), "a year earlier" of any period of a year or less.
 */
/** The whole calendar year after a whole calendar year; null for any other period. */
export function followingYearOf(p: Period): Period | null {
  if (!p.start || !p.end || !p.start.endsWith('-01-01') || p.end !== `${p.start.slice(0, 4)}-12-31`) return null;
  const y = Number(p.start.slice(0, 4)) + 1;
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: `${y}`, resolution: p.resolution };
}

export function previousOf(p: Period, unit: Step): Period | null {
  if (!p.start || !p.end) return null;
  if (unit === 'week') {
    // (Only a week steps back by a week: "the previous week's level" of the week ended 6 December.)
    if (addDays(p.start, 6) !== p.end) return null;
    return { start: addDays(p.start, -7), end: addDays(p.end, -7), label: `week to ${addDays(p.end, -7)}`, resolution: p.resolution };
  }
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const months = (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
  if (months > 12) return null;
  const resolution = p.resolution;
  if (step === 12) {
    const shift = (iso: string) => {
      const y = Number(iso.slice(0, 4)) - 1;
      const m = Number(iso.slice(5, 7));
      return `${y}-${pad(m)}-${pad(Math.min(Number(iso.slice(8, 10)), lastDay(y, m)))}`;
    };
    const start = shift(p.start);
    // (A whole month stays whole: February 2024 a year earlier ends on the 28th.)
    const end =
      p.end === monthEnd(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)))
        ? monthEnd(Number(p.end.slice(0, 4)) - 1, Number(p.end.slice(5, 7)))
        : shift(p.end);
    const label = /\b(?:19|20|21)\d{2}\b/.test(p.label)
      ? p.label.replace(/\b((?:19|20|21)\d{2})\b/g, (y) => String(Number(y) - 1))
      : `${p.label} a year earlier`;
    // (The fourth quarter a year before the latest one, of a company whose quarters are fiscal: dated by its calendar too.)
    const yearUnstated = p.yearUnstated && { ...p.yearUnstated, back: (p.yearUnstated.back ?? 0) + 1 };
    return { start, end, label, resolution, ...(yearUnstated && { yearUnstated }) };
  }
  if (months > step) return null;
  const y = Number(p.end.slice(0, 4));
  const m = Number(p.end.slice(5, 7));
  // ("the prior quarter" of the three months to January 2024, a fiscal quarter: the three months to October, not a calendar quarter.)
  const offCalendar = step === 3 && months === 3 && m % 3 !== 0;
  const last = step === 3 ? monthsBack(y, offCalendar ? m : Math.ceil(m / 3) * 3, 4) : monthsBack(y, m, 2);
  const first = monthsBack(last.y, last.m, step);
  const label = offCalendar
    ? `3 months to ${monthName(last.m)} ${last.y}`
    : step === 3
      ? `Q${Math.ceil(last.m / 3)} ${last.y}`
      : `${monthName(last.m)} ${last.y}`;
  return { start: monthStart(first.y, first.m), end: monthEnd(last.y, last.m), label, resolution };
}

const THROUGH_BEFORE = /\b(?:through|thru|until|up\s+to|to\s+date\s+in)\s+(?:the\s+end\s+of\s+)?$/i;

/** "Through March", "up to the end of June": the months so far up to a time, said before it or as the expression's own first word. */
function upTo(sentence: string, e: TimeExpression): boolean {
  return THROUGH_BEFORE.test(sentence.slice(Math.max(0, e.start - 14), e.start)) || /^(?:through|thru|until|up\s+to)\b/i.test(sentence.slice(e.start, e.end));
}

/**
 * Whether a time lies inside the calendar year, quarter or month right after a base ("drew 19.5 million viewers on Sunday
 * night, up 4 % from last year", "prices in March were up 4 % from last year"): the change is the one to that time.
 */
function withinNext(base: Period, p: Period): boolean {
  const next = nextPeriod(base);
  return !!next?.start && !!next.end && !!p.start && !!p.end && p.start >= next.start && p.end <= next.end;
}

/** The calendar year, quarter or month right after one, or null for any other span. */
function nextPeriod(p: Period): Period | null {
  if (!p.start || !p.end || !p.start.endsWith('-01')) return null;
  const months = monthCount(p);
  const endMonth = Number(p.end.slice(5, 7));
  if (![1, 3, 12].includes(months) || endMonth % months !== 0 || p.end !== monthEnd(Number(p.end.slice(0, 4)), endMonth)) return null;
  const from = monthsBack(Number(p.end.slice(0, 4)), endMonth, 0);
  const to = monthsBack(from.y, from.m, 2 - months);
  const label = months === 12 ? `${from.y}` : months === 3 ? `Q${Math.ceil(to.m / 3)} ${to.y}` : `${monthName(to.m)} ${to.y}`;
  return { start: monthStart(from.y, from.m), end: monthEnd(to.y, to.m), label, resolution: p.resolution };
}

// "3 % from 20.2 million during", "7 % on", "5 % compared with the": what stands between a change and the base it is measured against.
const YEAR_ON_YEAR_GAP = /^\s*(?:(?:increase|rise|drop|decline|fall|growth|gain)\s+)?(?:from|on|over|compared\s+(?:with|to)|against|versus)\b[^,;:()]*$/i;

/** The same months one year on. */
function yearLater(p: Period): Period | null {
  if (!p.start || !p.end) return null;
  const shift = (iso: string) => {
    const y = Number(iso.slice(0, 4)) + 1;
    const m = Number(iso.slice(5, 7));
    return `${y}-${pad(m)}-${pad(Math.min(Number(iso.slice(8, 10)), lastDay(y, m)))}`;
  };
  const end =
    p.end === monthEnd(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)))
      ? monthEnd(Number(p.end.slice(0, 4)) + 1, Number(p.end.slice(5, 7)))
      : shift(p.end);
  const label = /\b(?:19|20|21)\d{2}\b/.test(p.label) ? p.label.replace(/\b((?:19|20|21)\d{2})\b/g, (y) => String(Number(y) + 1)) : `${p.label} a year on`;
  // (A year on from "the same quarter last year" of a company's unstated fourth quarter is that quarter again.)
  const yearUnstated = p.yearUnstated?.back ? { ...p.yearUnstated, back: p.yearUnstated.back - 1 } : undefined;
  return { start: shift(p.start), end, label, resolution: p.resolution, ...(yearUnstated && { yearUnstated }) };
}

function oneStepAfter(base: Period, later: Period): boolean {
  if (!base.start || !base.end || !later.start || !later.end || monthCount(base) !== monthCount(later)) return false;
  const yearOn = `${Number(base.start.slice(0, 4)) + 1}${base.start.slice(4)}` === later.start;
  return later.start === dayAfter(base.end) || yearOn;
}

const UP_FROM = /^\S+(?:\s+[\p{L}%]+){0,2}?,\s+(?:up|down)\s+(?:\S+\s+)?from\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/u;

/** Whether a period is the one a text written at `pub` reports on: it has begun by then and ended at most a year before. */
function recentTo(p: Period, pub: PublicationDate | null): boolean {
  if (!pub || !p.start || !p.end) return false;
  const written = publicationEnd(pub);
  return p.start <= written && p.end >= `${Number(written.slice(0, 4)) - 1}${written.slice(4)}`;
}

const AGAINST = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|after)\s+(?:\S+\s+){0,2}$/i;
const APPOSITIVE = /^,\s+(?:or|i\.e\.|that is)\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,40},\s+(?:(?:in|during|for|over|of)\s+)?(?:the\s+)?$/i;
const COMPARISON_AFTER = /^\s+(?:longer|larger|higher|more|bigger|greater|lower|smaller|less|shorter|fewer)\s+than\b/i;
const CLAUSE_BREAK = /;|—|\s–\s|,\s+(?:and|while|but|whereas|although|which|who)\s/;

// Words of a view revised or set (a forecast, outlook, target or estimate, "now", "raised"), before a level: "now expects",
// "raised its forecast", "narrowed its outlook", "the target". (Not "expects" alone: "expects to carry 210 million
// passengers in 2025, up from 198 million" sets the forecast against last year's outturn.)
const VIEW_BEFORE =
  /\b(?:now|forecast\w*|outlook|guidance|projection\w*|estimat\w*|target\w*|goal|aim\w*|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|cut(?:s|ting)?|narrow\w*|revis\w*|upgrad\w*|downgrad\w*|trim(?:s|med|ming)?)\b/i;

// ("a deficit of 5.8 % of GDP for 2024, up from the 4.4 % targeted", "up from $50 billion previously": the earlier view.)
const VIEW_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:target\w*|forecast\w*|expected|projected|planned|estimated|budgeted|previously|initially|originally)\b/iu;

/** Whether the words before a level, or right after the figure set against it, name a view revised or set. */
export const namesAView = (before: string, after: string): boolean => VIEW_BEFORE.test(before) || VIEW_AFTER.test(after);

/** The same whole year a year earlier: a calendar year ("2024") or a fiscal year ("fiscal year 2024", dated by its convention). */
export function yearBefore(p: Period): Period | null {
  const named = /^(fiscal year )?(\d{4})$/.exec(p.label);
  if (!named || !p.start || !p.end || monthCount(p) !== 12) return null;
  const back = (iso: string) => {
    const y = Number(iso.slice(0, 4)) - 1;
    // (The end of February a year earlier may be the 28th or the 29th.)
    return iso.slice(5, 7) === '02' && iso.slice(8) >= '28' ? monthEnd(y, 2) : `${y}${iso.slice(4)}`;
  };
  return {
    ...p,
    start: back(p.start),
    end: back(p.end),
    label: `${named[1] ?? ''}${Number(named[2]) - 1}`,
    ...(p.fiscal && { fiscal: { ...p.fiscal, year: p.fiscal.year - 1 } }),
  };
}

/** The gap between a time and a figure of the relative clause it opens: ", when shipments amounted to ", ", in which ". */
const WHEN_CLAUSE = /^\s*,?\s+(?:when|where|in\s+which|during\s+which)\s+[^,;:.()]*$/i;

/**
 * Chooses the time expression that dates a figure. Within its clause: one right after it
 * ("$237 billion in 2024") wins, then the nearest one before it. Otherwise the sentence's
 * first expression, when it precedes the figure ("In 2023, …, and …"), governs the clauses after it.
 */
export function periodForFigure(
  sentence: string,
  figure: { start: number; end: number; unit: string; value?: number },
  expressionsInSentence: TimeExpression[],
  otherFigures: Array<{ start: number; end: number; unit?: string }>,
  pub: PublicationDate | null,
  context: Period | null = null,
): Period | null {
  // "The jobless rate fell from 4.2 % to 4.1 %": the figure changed from is the one of the period before the figure changed to.
  const to = CHANGED_FROM.test(sentence.slice(Math.max(0, figure.start - 60), figure.start))
    ? otherFigures.find((f) => /^\s+to\s+$/.test(sentence.slice(figure.end, f.start)))
    : undefined;
  // The period of another figure of the sentence, read as this one's would be, the others (`rest`) around it.
  const periodOfOther = (other: (typeof otherFigures)[number], rest: typeof otherFigures) =>
    periodForFigure(sentence, { ...other, unit: other.unit ?? figure.unit }, expressionsInSentence, rest, pub, context);
  if (to) {
    const target = periodOfOther(to, otherFigures.filter((f) => f !== to).concat(figure)) ?? context;
    const before = target ? stepBack(target) : null;
    if (before) return before;
  }
  const movedTo = ownTimeAfter(sentence, figure, expressionsInSentence) ? null : movedToBefore(sentence, figure, otherFigures);
  if (movedTo) {
    const target =
      periodOfOther(
        movedTo,
        otherFigures.filter((f) => f !== movedTo),
      ) ?? context;
    // ("revenue rose 10 % year on year to $50 billion, from $45 billion": the same period a year earlier, not the one before.)
    const yearOnYear = YEAR_ON_YEAR_WORDS.test(sentence.slice(Math.max(0, movedTo.start - 60), figure.start));
    const before = target ? (yearOnYear ? previousOf(target, 'year') : stepBack(target)) : null;
    if (before) return before;
  }
  // ("net income of $7.1 billion for 2024, down from $15 billion": the year before. A quarter's or a month's "up from" may
  // be the one before or the same one a year earlier, which the words leave open: those keep their reading below.)
  // (Only a whole year named as such, and no revised view: "now expects revenue of about $51 billion for fiscal 2024, up from
  // $50 billion" and "the ECB now sees inflation at 2.3 % in 2024, down from 2.7 %" give the earlier view of the same year;
  // "in the 12 months to December 2024, down from 2.6 %" the rate of the month before.)
  const against = movedTo || ownTimeAfter(sentence, figure, expressionsInSentence) ? null : setAgainstBefore(sentence, figure, otherFigures);
  if (against && !namesAView(sentence.slice(0, against.start), sentence.slice(figure.end))) {
    const target = periodOfOther(
      against,
      otherFigures.filter((f) => f !== against),
    );
    const before = target ? yearBefore(target) : null;
    if (before) return before;
  }
  const timedFrom = movedFromTimed(sentence, figure, otherFigures);
  const expressions = expressionsInSentence.filter(
    (e) =>
      // ("rose 28.5 per cent compared to 2022": a year a change right before it is compared with is read as "from 2022" is.)
      (!e.base ||
        (e.baseFrom !== undefined && e.baseFrom < figure.start) ||
        (figure.unit === 'percent' &&
          !e.anaphor &&
          /^(?:19|20)\d{2}$/.test(sentence.slice(e.start, e.end)) &&
          COMPARED_RIGHT_AFTER.test(sentence.slice(figure.end, e.start)))) &&
      !(timedFrom && e.start >= timedFrom.end && e.end <= figure.start) &&
      !ownsALaterFigure(sentence, e, figure, otherFigures) &&
      !ownsAFigureBetween(sentence, e, figure, otherFigures) &&
      !baseOfTheLevelReached(sentence, e, figure) &&
      !baseOfALaterFigure(sentence, e, figure, otherFigures),
  );
  // ("sales that surged 16 % from 2022 to €13.4 billion": the level a change from a year reached is of the year after it.)
  // (Not when the level names a time of its own — "from 2020 to $5 billion in 2024" — nor when the year after is long
  // past: "climbed 25 % from 2019 to $1,700" gives today's level.)
  const reached = pub ? CHANGE_FROM_YEAR_TO.exec(sentence.slice(Math.max(0, figure.start - 60), figure.start)) : null;
  const timeAfter = (e: TimeExpression) => e.start >= figure.end && e.start - figure.end <= 40 && !CLAUSE_BREAK.test(sentence.slice(figure.end, e.start));
  if (reached && pub && !expressionsInSentence.some(timeAfter)) {
    const year = Number(reached[1]) + 1;
    if (year <= pub.year && year >= pub.year - 1) return { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year), resolution: 'relative' };
  }
  const between = (a: number, b: number) => otherFigures.some((f) => f.start >= a && f.start < b);
  const sameClause = (a: number, b: number) => !CLAUSE_BREAK.test(sentence.slice(a, b));
  // "November (212,000)": a figure in brackets right after a time is that time's.
  const bracketed = expressionsInSentence.find(
    // ("an increase of 9 % from a year earlier (175.3m at 94 %)": the base a change was measured from, restated in brackets.)
    (e) =>
      (!e.base || (e.anaphor === 'previous' && e.period.start !== null)) &&
      /^\s*\(\s*[^()]{0,12}$/.test(sentence.slice(e.end, figure.start)) &&
      /^[^()]{0,24}\)/.test(sentence.slice(figure.end)),
  );
  if (bracketed) return bracketed.period;
  // "compared to the last quarter of 2022, when shipments amounted to 300.6 million": a figure of a relative
  // clause opened by "when" right after a time is that time's (a base of comparison included).
  const whenClause = expressionsInSentence.find((e) => {
    if (e.end > figure.start || !e.period.start) return false;
    const gap = sentence.slice(e.end, figure.start);
    return WHEN_CLAUSE.test(gap) && gap.length <= 80 && !expressionsInSentence.some((o) => o !== e && o.start >= e.end && o.end <= figure.start);
  });
  if (whenClause) return whenClause.period;
  // ("compared to revenue of $89.5 billion and net profit of $23.0 billion, or $1.46 per diluted share, in the year-ago
  // quarter": every figure of a base set against the figures before it is of the base's time, however long the list.)
  const baseAfter = expressionsInSentence.find(
    (e) =>
      e.base &&
      e.baseFrom !== undefined &&
      e.baseFrom < figure.start &&
      e.start >= figure.end &&
      e.period.start &&
      // ("a 22 % increase from the previous quarter and a 265 % rise over the same period in 2022": a change set against
      // the time is no figure of it.)
      !/\b(?:over|on|from|than|compared|versus|vs|against)\b/i.test(sentence.slice(figure.end, e.start)) &&
      !expressionsInSentence.some((o) => o !== e && o.start >= figure.end && o.end <= e.start),
  );
  if (baseAfter) return baseAfter.period;
  // "rose 11% over the previous quarter", "down 2% on the month before": a change from the period before is the
  // figure of the one after it.
  const stepBase = expressionsInSentence.find(
    (e) =>
      e.anaphor === 'previous' &&
      e.base &&
      e.step !== 'year' &&
      e.period.start &&
      e.start >= figure.end &&
      e.start - figure.end <= 40 &&
      sameClause(figure.end, e.start) &&
      !between(figure.end, e.start),
  );
  // ("revenue for the quarter ended January 28 of $22.1 billion, up 22% from the previous quarter": a period of that
  // step the sentence states before the figure is the figure's own, whatever its months.)
  const stepMonths = stepBase?.step === 'quarter' ? 3 : stepBase?.step === 'month' ? 1 : 0;
  const statedStep = stepMonths
    ? [...expressionsInSentence]
        .reverse()
        // ("Data today showed … slower than the 7.4 % rise a month ago": the day of the report is no period of the figures.)
        .find((e) => !e.base && e.anaphor !== 'previous' && e.anaphor !== 'present' && e.end <= figure.start && spanMonths(e.period) === stepMonths)
    : undefined;
  if (statedStep) return statedStep.period;
  // ("slower than the 7.4 % rise a month ago": a figure after the comparison word is the base's own.)
  if (stepBase?.baseFrom !== undefined && stepBase.baseFrom < figure.start) return stepBase.period;
  const afterStep = stepBase ? nextPeriod(stepBase.period) : null;
  if (afterStep) return afterStep;
  // Whether a figure set against this one ("from 50.1", "compared with 3 %") stands between it and a later time.
  const setAgainst = (at: number) =>
    otherFigures.some((f) => f.start >= figure.end && f.start < at && AGAINST.test(sentence.slice(figure.start, f.start))) &&
    !APPOSITIVE.test(sentence.slice(figure.end, at));
  const comparedWith = COMPARISON_AFTER.test(sentence.slice(figure.end)) && figure.unit === 'percent';
  // ("grew to 56.9 % from August's 55.7 %": a level reached, not a change from a base.)
  const levelReached = /\b(?:to|at)\s+$/i.test(sentence.slice(Math.max(0, figure.start - 4), figure.start));
  // ("7.95 trillion yen ($56 billion) draft defense budget for the 2024 fiscal year": a restatement in brackets right after
  // the figure does not set its time further off.)
  const restatedRightAfter = RESTATED_AFTER.exec(sentence.slice(figure.end, figure.end + 40))?.[0].length ?? 0;
  const after = expressions.find(
    (e) =>
      // (A quote that runs on into the time — "46.5 the" of "46.5 the month before" — still has it after.)
      (e.start >= figure.end || (e.start > figure.start && e.end > figure.end && !/\d/.test(sentence.slice(e.start, figure.end)))) &&
      // ("dropped to 47.4 from 50.1 in October": a time after another figure is that figure's; "from August's 55.7 %"
      // is the next figure's.)
      !setAgainst(e.start) &&
      !(levelReached && (/['’]s$/.test(sentence.slice(e.start, e.end)) || /^['’]s\b/.test(sentence.slice(e.end)))) &&
      e.start - figure.end - restatedRightAfter <= (comparedWith || GROWTH_FROM.test(sentence.slice(figure.end, e.start)) ? 80 : 40) &&
      sameClause(figure.end, e.start) &&
      !/[;:]/.test(sentence.slice(figure.end, e.start)),
  );
  if (after && comparedWith && after.period.start) {
    // "a third longer than the one issued last year": the comparison spans from then to the figure's date.
    const end = pub ? `${pub.year}-12-31` : after.period.end;
    return { start: after.period.start, end, label: `${after.period.label}–${pub?.year ?? ''}`.replace(/–$/, ''), resolution: after.period.resolution };
  }
  if (after) {
    // ("0.4 % from March": the preposition may be part of the expression itself.)
    const gap = sentence.slice(figure.end, after.start) + (after.span ? '' : (/^from\s+/i.exec(sentence.slice(after.start, after.end))?.[0] ?? ''));
    // ("The economy recorded growth of 0.1 % over 2023", early in 2024: a whole year just ended or under way, which the sentence
    // sets against no later time, is the one the change happened over. "Rose 5 % over 2022" in 2024 is still set against
    // 2022, and "12 % over the first quarter to $3.4 billion in the second quarter" against the first.)
    if (
      /\bover\s+$/i.test(gap) &&
      figure.unit === 'percent' &&
      !after.anaphor &&
      WHOLE_YEAR.test(after.period.label) &&
      after.period.end &&
      pub !== null &&
      Number(after.period.end.slice(0, 4)) >= pub.year - 1 &&
      !namesALaterTime(expressionsInSentence, after)
    )
      return after.period;
    // ("Nvidia reported record sales for fiscal 2024. … a 126 percent increase over 2022": a year set over, in a text about a
    // later time, is the base; the change is of the time the text is about.)
    if (
      /\bover\s+$/i.test(gap) &&
      figure.unit === 'percent' &&
      changedOver(sentence, after) &&
      context?.start &&
      after.period.end &&
      context.start > after.period.end &&
      !expressions.some((o) => o !== after && !o.anaphor && o.period.start)
    )
      return context;
    if (GROWTH_FROM.test(gap) && statesAMove(sentence, figure, after) && after.period.start && !overAStretch(sentence, after, expressions, pub)) {
      // (Another base — "0.5 % from December and 4.1 % from January 2024" — anchors nothing.)
      const isBase = (e: TimeExpression) => isBaseAfterPreposition(sentence, e, expressions, pub) || /^from\b/i.test(sentence.slice(e.start, e.end));
      const inSentence =
        [...expressions].reverse().find((e) => e.end <= figure.start && !isBase(e)) ?? expressions.find((e) => e.start > after.end && !isBase(e));
      // ("Heathrow had its busiest December … It brought the annual passenger total to 79.1 million, a rise of 28.5 per cent
      // compared to 2022": a change from a whole year, in a sentence that says it is of a year and names no time, is of the
      // whole year after it, not of a shorter period the text is about.)
      if (!inSentence && WHOLE_YEAR.test(after.period.label) && after.period.end && context?.start && monthCount(context) < 12 && SAYS_ANNUAL.test(sentence)) {
        const y = Number(after.period.end.slice(0, 4)) + 1;
        if (context.start.startsWith(String(y)) && (!pub || y <= pub.year))
          return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y), resolution: 'relative' };
      }
      // With no other time in the sentence, the figure's own period is the one the text is about, if it comes later.
      const anchor = inSentence ?? (context?.start && after.period.end && context.start > after.period.end ? { period: context } : undefined);
      // ("up 4 % on 2023", as British usage writes it, is read as "up 4 % from 2023".)
      if (
        anchor &&
        (oneStepAfter(after.period, anchor.period) ||
          // (A time of this year before the figure, in its own words: not "…, while in March alone they jumped 9 %" after it,
          // nor "Through March" — the months so far.)
          (inSentence && inSentence === anchor && inSentence.end <= figure.start && !upTo(sentence, inSentence) && withinNext(after.period, anchor.period)))
      )
        return anchor.period;
      // "up 6.8 % from 2022", "down 0.1 % from November" with no other date: a change over one step, reported
      // for the year, quarter or month after the base.
      // ("a 27 percent increase from Q3", in a text about fiscal 2024: a change from a quarter or a month that the sentence
      // dates no other way is of the one after it, not a span from it to the end of a longer period the text is about.)
      // (A quarter named without its year is read as a span; the one quarter is still what the change is measured from. Not
      // so "since the third quarter", which may be several quarters ago.)
      const since = /\bsince\s+(?:the\s+)?$/i.test(gap) || /^since\b/i.test(after.period.label);
      // (Only a quarter or month the words leave in the text's year — not "from the third quarter of 2022" in a report on 2023 —
      // and one whose next had ended when the text came out: "so far in 2024 … traffic rose 5 % from Q2", in August, is no Q3's.)
      const inTheTextsYear = !anchor || (!!after.period.yearUnstated && !inSentence && monthCount(after.period) < monthCount(anchor.period));
      const stepped = !since && inTheTextsYear ? nextPeriod(after.period) : null;
      const next = stepped && (!pub || stepped.end! <= publicationEnd(pub)) ? stepped : null;
      if (next) return next;
      const end = anchor?.period.end ?? (pub ? publicationEnd(pub) : after.period.end);
      // (A base later than the time the change is reported for — "4.2 % from Nov. 23 Q3'24" — spans nothing.)
      if (end && end < after.period.start) return anchor?.period ?? null;
      // ("In Q4, Nvidia posted revenue of $22.1 billion – a 265 % surge from last year": a change of a quarter or a month from
      // the whole year it falls in, or the one before, is on the same months a year earlier; the figure is of its own time.)
      if (
        anchor?.period.start &&
        after.period.start &&
        after.period.end &&
        monthCount(after.period) === 12 &&
        anchor.period.end &&
        anchor.period.start !== anchor.period.end &&
        // (Its own time stated before it, or the text's: not "…, while in March alone they jumped 9 %", nor "Through March".)
        (!inSentence || (inSentence === anchor && inSentence.end <= figure.start && !upTo(sentence, inSentence))) &&
        monthCount(anchor.period) < 12 &&
        anchor.period.start >= after.period.start &&
        anchor.period.start <= dayAfter(after.period.end).replace(/^\d{4}/, (y) => String(Number(y) + 1))
      )
        return anchor.period;
      return {
        start: after.period.start,
        end,
        label: `${after.period.label}–${anchor?.period.label ?? pub?.year ?? ''}`.replace(/–$/, ''),
        resolution: anchor?.period.resolution ?? after.period.resolution,
      };
    }
    // "a 47 % rise since 2013" in a text about 2022: the span ends with the period the text is about.
    if (after.span && /^since\b/i.test(after.period.label) && figure.unit === 'percent' && after.period.start) {
      // ("a 57 % increase since 2021, rising to 17.9 cases in 2023": or with the time the sentence names after it.)
      const notABase = (e: TimeExpression) => e.period.end && !isBaseAfterPreposition(sentence, e, expressions, pub);
      const anchor =
        [...expressions].reverse().find((e) => e.end <= figure.start && notABase(e))?.period ??
        expressions.find((e) => e.start > after.end && !e.span && notABase(e))?.period ??
        context;
      if (anchor?.end && anchor.end > after.period.start && after.period.end && anchor.end < after.period.end) {
        return {
          start: after.period.start,
          end: anchor.end,
          label: `${after.period.label.replace(/^since\s+/, '')}–${anchor.label}`,
          resolution: after.period.resolution,
        };
      }
    }
    // ("3 million, or an average 251,000 a month, in 2023": a restatement between commas leaves the figure its time.)
    // ("December was the busiest month with 7.8m guests, with 22.4m across the fourth quarter": a time after another
    // figure is that figure's when the clause named the figure's own before it.)
    const ownBefore =
      !after.base && between(figure.end, after.start) && expressions.some((e) => e.end <= figure.start && sameClause(e.end, figure.start) && !e.anaphor);
    if (!ownBefore && (!/,|\b(?:and|but|while|whereas)\b/.test(gap) || APPOSITIVE.test(gap))) return after.period;
  }
  // "down from 307,000 in December and below the 169,000 forecast": a time set against the sentence's own dates
  // only the figure it was said of, between the comparison word and itself.
  const own = (e: TimeExpression) => {
    const at = priorAt(sentence, e, expressionsInSentence);
    // ("from the 2023 total of 22.7 bcm", "compared with YE June 2022 (607,000)": the figure the time was said of.)
    return at === null || (figure.start >= at && (figure.end <= e.start || !/\band\b|,\s/.test(sentence.slice(e.end, figure.start))));
  };
  // ("services (+4 % versus +4.6 % in October), goods (2.9 %": a time inside brackets closed before the figure is not its.)
  // (Not "the fourth phase (April 29) stood at 64 %": a bracket that holds a time alone is an aside on the noun before it.)
  const closedBetween = (e: TimeExpression) => {
    let depth = 0;
    const gap = sentence.slice(e.end, figure.start);
    for (let k = 0; k < gap.length; k++) {
      if (gap[k] === '(') depth++;
      else if (gap[k] === ')' && depth-- === 0) {
        const open = sentence.lastIndexOf('(', e.start);
        return open >= 0 && otherFigures.some((f) => f.start > open && f.end <= e.end + k);
      }
    }
    return false;
  };
  const before = [...expressions].reverse().find((e) => e.end <= figure.start && sameClause(e.end, figure.start) && own(e) && !closedBetween(e));
  if (before) return before.period;
  const first = expressions.find((e) => own(e) && !(e.end <= figure.start && closedBetween(e)));
  if (first && first.end <= figure.start) return first.period;
  // "476,777 built and 461,538 delivered during the quarter": a time closing a coordination dates every figure in it.
  const coordinated = (a: number, b: number) =>
    /\band\b/.test(sentence.slice(a, b)) && !/\b(?:from|than|compared|versus|against)\b/i.test(sentence.slice(a, b));
  const laterInClause = expressions.find(
    (e) => e.start >= figure.end && sameClause(figure.end, e.start) && (!between(figure.end, e.start) || coordinated(figure.end, e.start)) && own(e),
  );
  if (laterInClause) return laterInClause.period;
  // "That is up 3 % from 20.2 million during the same month last year": a change the sentence measures against the same
  // months a year before, and dates no other way, is of those months a year on.
  const yearBase = expressionsInSentence.find(
    (e) =>
      e.base &&
      e.anaphor === 'previous' &&
      e.step === 'year' &&
      e.period.start &&
      e.period.end &&
      e.start >= figure.end &&
      e.start - figure.end <= 80 &&
      sameClause(figure.end, e.start) &&
      YEAR_ON_YEAR_GAP.test(sentence.slice(figure.end, e.start)),
  );
  // (Not the reading a base with nothing to point back to keeps — the whole of last year — which says nothing of the months.)
  if (yearBase && figure.unit === 'percent' && monthCount(yearBase.period) < 12) {
    const later = yearLater(yearBase.period);
    if (later) return later;
  }
  // "dropped to 47.4 from 50.1 in October": the level changed to is the one of the period after the level changed from.
  // (The figure's own quote may run on over "from".)
  // ("£2.7 million, up from £2.35 million in 2023": a level set against an earlier one the same way.)
  const from = otherFigures
    .filter((f) => f.start > figure.start)
    .sort((a, b) => a.start - b.start)
    .find((f) => /^\S+(?:\s+[\p{L}%]+)?\s+from\s+$/u.test(sentence.slice(figure.start, f.start)) || UP_FROM.test(sentence.slice(figure.start, f.start)));
  const againstEarlier = from !== undefined && UP_FROM.test(sentence.slice(figure.start, from.start));
  if (from && (againstEarlier || /\b(?:to|at)\s+$/i.test(sentence.slice(Math.max(0, figure.start - 8), figure.start)))) {
    const theirs = periodForFigure(
      sentence,
      { ...from, unit: from.unit ?? figure.unit },
      expressionsInSentence,
      otherFigures.filter((f) => f !== from).concat(figure),
      pub,
      null,
    );
    // (The period the text is about, if later, is the likelier one: "grew to 56.9 % from August's 55.7 %" in November.)
    const next = theirs && !(context?.start && theirs.end && context.start > theirs.end) ? nextPeriod(theirs) : null;
    // (Set against a level long past — "up from 86.4 million in 2019", written in 2024 — the figure may be of any later time.)
    // (Dated by inference, not by words: "up from £4 billion in 2023" says nothing of whether this year is over.)
    // ("reduced to nine seats from 48 in 2019", written in 2024: the step after a time long past is no more known.)
    if (next && (againstEarlier ? recentTo(next, pub) : !pub || recentTo(next, pub))) return againstEarlier ? { ...next, resolution: 'relative' } : next;
  }
  // "prices gained 2.9 %, following a 3.5 % increase", "declined 11.5 % after decreasing 11.2 %": in a sentence that names
  // no time, the figure a change follows is of the period before the one the text is about.
  if (
    expressionsInSentence.length === 0 &&
    context &&
    FOLLOWING_FIGURE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start)) &&
    otherFigures.some((f) => f.end <= figure.start && f.unit === figure.unit)
  ) {
    const earlier = stepBack(context);
    if (earlier) return { ...earlier, resolution: 'relative' };
  }
  // ("Heathrow handled 79.2 million passengers, a rise of 28.5 per cent compared to 2022": a level with no time of its own, the
  // change it made said right after it, is of that change's period.)
  const madeChange = otherFigures.filter((f) => f.start >= figure.end).sort((a, b) => a.start - b.start)[0];
  // (Not a level said to stand now: "Netflix has 270 million subscribers, up 16% from 2023".)
  if (
    madeChange?.unit === 'percent' &&
    CHANGE_TRAILING.test(sentence.slice(figure.end, madeChange.start)) &&
    !STANDS_NOW.test(sentence.slice(Math.max(0, figure.start - 60), figure.start))
  ) {
    const theirs = periodOfOther(madeChange, otherFigures.filter((f) => f !== madeChange).concat(figure));
    if (theirs) return theirs;
  }
  return null;
}

const STANDS_NOW = /\b(?:has|have|is|are|stands?|remains?|holds?|totals|now)\b[^.;,]*$/i;
// ", up about 3 percent", ", an increase of 7 %": a change said after a level, as that level's change.
export const CHANGE_TRAILING = quickEdges(
  /^[^.;]{0,60}?,\s*(?:up|down|(?:an?\s+)?(?:increase|rise|jump|gain|drop|decline|fall|decrease)(?:\s+of)?)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/iu,
);

const FOLLOWING_FIGURE = /,?\s+(?:following|after)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "for 14 consecutive years … in 2023": a run of years ends in the year named, so it starts N − 1 years before. */
export function runUpTo(period: Period, figure: { start: number; end: number; unit: string; value?: number }, sentence: string): Period {
  const run = /\b(?:consecutive|straight|successive|running)\s+years?\b/i.test(sentence.slice(figure.start, figure.end));
  if (!run || figure.unit !== 'year' || !figure.value || !period.start || !period.end) return period;
  const first = Number(period.end.slice(0, 4)) - figure.value + 1;
  return { ...period, start: `${first}-01-01`, label: `${first}–${period.end.slice(0, 4)}` };
}

const ELAPSED_UNITS: Record<string, number> = { day: 1, week: 7 };

/** "20 days after the meeting" on 4 February 2022: the figure spans from that day to 20 days later. */
export function elapsedAfter(period: Period, figure: { end: number; unit: string; value: number }, sentence: string): Period {
  const perDay = ELAPSED_UNITS[figure.unit];
  if (!perDay || !period.start || period.start !== period.end || !/^\s+(?:after|later)\b/i.test(sentence.slice(figure.end))) return period;
  const end = new Date(`${period.start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + figure.value * perDay);
  return { ...period, end: end.toISOString().slice(0, 10), label: `${period.label} + ${figure.value} ${figure.unit}s` };
}

/** How many calendar months a period runs over, counting its first and last; 0 when it is open. */
function spanMonths(p: Period): number {
  if (!p.start || !p.end) return 0;
  return (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
}

// A change from a year and the level it reached: "16 % from 2022 to ".
const CHANGE_FROM_YEAR_TO = /\d\s?(?:%|per\s?cent|percent)\s+from\s+((?:19|20)\d{2})\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;

/**
 * "a profit of €4.3 billion on sales that surged 16 % from 2022": a time set right after another figure as the base it is
 * measured from is that figure's base, and no time of a figure before them.
 */
function baseOfALaterFigure(
  sentence: string,
  e: TimeExpression,
  figure: { end: number },
  otherFigures: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  if (e.start < figure.end) return false;
  return otherFigures.some(
    (f) =>
      f.start >= figure.end &&
      f.end <= e.start &&
      /^\s*(?:from|over|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?$/i.test(sentence.slice(f.end, e.start)),
  );
}

/**
 * "Sales rose 5 % from last year's first quarter to $3 billion": a part of a year a change ran from, right before the level it
 * reached, is that level's base, not its time. (A whole year is read by CHANGE_FROM_YEAR_TO: the level is of the year after.)
 */
function baseOfTheLevelReached(sentence: string, e: TimeExpression, figure: { start: number }): boolean {
  return (
    e.end <= figure.start &&
    !WHOLE_YEAR.test(e.period.label) &&
    /\bfrom\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 10), e.start)) &&
    /^\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|a\s+record\s+)?$/i.test(sentence.slice(e.end, figure.start))
  );
}

/**
 * "a 14.8 % increase from the first quarter's 386,810 deliveries but a 4.8 % decrease from the same period last year": a
 * time in the possessive owns the figure right after it, which stands before this one; it is not this figure's time.
 */
function ownsAFigureBetween(sentence: string, e: TimeExpression, figure: { start: number }, otherFigures: ReadonlyArray<{ start: number }>): boolean {
  if (e.end > figure.start || !/^['’]s\s/.test(sentence.slice(e.end))) return false;
  return otherFigures.some((f) => f.start > e.end && f.start < figure.start && f.start - e.end <= 30 && !/[,;]/.test(sentence.slice(e.end, f.start)));
}

/**
 * "imports were down 10.0 % following April's 6.4 % increase", "overturning November's gain of 1.5 %": a time in the
 * possessive after a figure is the time of the figure it introduces, not of the one before it.
 */
function ownsALaterFigure(sentence: string, e: TimeExpression, figure: { end: number }, otherFigures: ReadonlyArray<{ start: number }>): boolean {
  if (e.start < figure.end || !/^['’]s\s/.test(sentence.slice(e.end))) return false;
  // ("fell by 0.1 % from November's 4.2 %": a base the figure moved from dates it by the step after, read elsewhere.)
  if (/\b(?:from|than|over|on|against|versus|vs\.?|with|to)\s+$/i.test(sentence.slice(Math.max(0, e.start - 16), e.start))) return false;
  if (/^(?:from|than|over|on|against|versus|vs\.?|with|to)\s/i.test(sentence.slice(e.start, e.end))) return false;
  return otherFigures.some((f) => f.start > e.end && f.start - e.end <= 30 && !/[,;]/.test(sentence.slice(e.end, f.start)));
}
