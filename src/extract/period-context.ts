import { type Entity, entities, WEEKDAYS } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
import {
  changedFrom,
  changedOver,
  findTimeExpressions,
  followingYearOf,
  monthName,
  previousOf,
  priorAt,
  publicationEnd,
  publicationPeriod,
  type Anaphor,
  type PublicationDate,
  type TimeExpression,
} from './periods.js';
import type { Period, Proposition } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Month `n` (1-based, may run past 12) counted from `startMonth` of `startYear`. */
function monthAt(startYear: number, startMonth: number, n: number): { y: number; m: number } {
  const k = startMonth - 1 + n - 1;
  return { y: startYear + Math.floor(k / 12), m: (k % 12) + 1 };
}

/**
 * Fiscal year N of a budget whose year starts in month S (S > 1) runs from S of N − 1 to S − 1 of N,
 * as the US federal (October), UK and Indian (April) and Australian (July) budgets count it.
 */
function fiscalPeriod(year: number, months: number, startMonth: number, label: string, resolution: Period['resolution'], first = 1): Period {
  const from = monthAt(year - 1, startMonth, first);
  const to = monthAt(year - 1, startMonth, first + months - 1);
  return { start: `${from.y}-${pad(from.m)}-01`, end: `${to.y}-${pad(to.m)}-${pad(lastDay(to.y, to.m))}`, label, resolution };
}

/** The latest fiscal year (starting in `startMonth`) whose `lastMonth`th month had ended by the time the text was published. */
function latestFiscalYear(startMonth: number, lastMonth: number, pub: PublicationDate): number {
  const published = publicationEnd(pub);
  for (let year = pub.year + 1; ; year--) {
    const end = monthAt(year - 1, startMonth, lastMonth);
    if (`${end.y}-${pad(end.m)}-${pad(lastDay(end.y, end.m))}` <= published) return year;
  }
}

// "This marks a remarkable increase of 265 %", "That represents 8 % of the total", "It was the third such rise".
const POINTS_BACK =
  /^\s*(?:This|That|It)(?:\s+(?:total|figure|number|tally|result|increase|rise|drop|decline|fall|growth|gain|jump))?(?:['’]s|\s+(?:is|was|marks|marked|represents|represented|amounts\s+to|amounted\s+to|means|meant))\b/;

const OUTTURN_PAST =
  /\b(?:grew|shrank|shrunk|contracted|expanded|rose|fell|declined|dropped|increased|decreased|slowed|accelerated|totall?ed|amounted|came\s+in)\b/i;
// ("may" only in lower case: "since May 2020" names a month.)
const EXPECTATION =
  /\b(?:[Ee]xpect\w*|[Ff]orecast\w*|[Pp]roject\w*|[Pp]redict\w*|[Oo]utlook|[Gg]uidance|[Ww]ill|[Ww]ould|[Cc]ould|[Ss]hould|may|[Mm]ight|[Ll]ikely|[Ss]et\s+to|[Oo]n\s+track|[Aa]ims?|[Tt]argets?)\b/;

// ("in line with analyst forecasts", "than expected", "beat estimates": an outturn measured against what was expected.)
const SET_AGAINST_EXPECTATIONS =
  /\b(?:in\s+line\s+with|than|beat(?:ing)?|missed|missing|exceed\w*|below|above|short\s+of|against)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:forecasts?|expectations?|expected|estimates?|projections?|predictions?)\b/giu;

const SPLIT_YEAR = /\d{4}\s*[–/-]\s*\d{2}/;
const isCalendarYear = (p: Period) =>
  !!p.start && !!p.end && p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4);

/**
 * Dates a period by what the proposition is: fiscal years by the convention of the budget's
 * owner, and stocks (capacity, population, debt) at the instant the period ends — unless the figure
 * counts the participants of an event ("an exercise involving 90,000 troops and 400 ships").
 */
export function datePeriod(
  period: Period,
  proposition: Proposition | null,
  fiscalDocument: boolean,
  participants = false,
  pub: PublicationDate | null = null,
): Period {
  const measure = proposition ? measures.get(proposition.measure) : undefined;
  const owner = proposition?.subject.length === 1 ? entities.get(proposition.subject[0]!) : undefined;
  // (A canal, pipeline or airport with no year of its own is accounted for by its country's: the Suez Canal's "2023/24" is
  // Egypt's fiscal year, July to June.)
  const startMonth = owner?.fiscalYearStart ?? (owner?.kind === 'asset' && owner.country ? (entities.get(owner.country)?.fiscalYearStart ?? null) : null);
  // A company that keeps its own fiscal year reports its results by it: "fourth-quarter revenue", "full-year revenue" with
  // no year named are its latest such quarter or year, not the calendar's. (What others count of it, such as a market
  // tracker's shipments "in the fourth quarter", stays in the calendar.)
  // ("the fourth quarter of the current financial year": said to be fiscal, it is the owner's, whoever keeps the year.)
  // ("the current financial year", in a report of August 2024 on India: April 2024 to March 2025; where no convention is
  // known, which months are meant is not.)
  if (period.fiscalOffset !== undefined) {
    if (!startMonth || startMonth === 1 || !pub || pub.month === null) return { start: null, end: null, label: period.label, resolution: 'unresolved' };
    const year = (pub.month >= startMonth ? pub.year + 1 : pub.year) + period.fiscalOffset;
    return fiscalPeriod(year, 12, startMonth, `fiscal year ${year}`, period.resolution);
  }
  // ("Disney reported revenue of $22.1 billion for its fiscal second quarter": a part of a fiscal year whose owner keeps a
  // year we do not know is no calendar quarter; which months are meant is not known.)
  if (period.fiscalNamed && period.resolution === 'relative' && !startMonth && !(owner?.kind === 'company' || owner?.kind === 'country'))
    return { start: null, end: null, label: period.label.replace(/^([QH]\d)\s+\d{4}$/, '$1 of an unknown fiscal year'), resolution: 'unresolved' };
  const ownYear =
    (period.fiscalNamed || (measure?.fiscal && owner?.kind === 'company') || owner?.fiscalQuarters) &&
    startMonth &&
    startMonth > 1 &&
    pub &&
    period.resolution === 'relative'
      ? startMonth
      : null;
  let dated = period;
  if (ownYear && period.yearUnstated) {
    const { from, months, back = 0 } = period.yearUnstated;
    // ("Walmart expects Q4 EPS of $1.24 to $1.34", in November: a forecast is of the part still ahead, unless the latest
    // such part ended just before the text was written and is the one being reported on.)
    const latest = latestFiscalYear(ownYear, from + months - 1, pub!);
    const ended = monthAt(latest - 1, ownYear, from + months - 1);
    const ahead = proposition?.modality === 'forecast' && pub!.month !== null && pub!.year * 12 + pub!.month - (ended.y * 12 + ended.m) > 3;
    const year = (ahead ? latest + 1 : latest) - back;
    const kind = months === 3 ? `Q${Math.ceil(from / 3)}` : months === 6 ? `H${Math.ceil(from / 6)}` : `first ${months} months`;
    dated = fiscalPeriod(year, months, ownYear, `${kind} FY${year}`, period.resolution, from);
  } else if (ownYear && fiscalDocument && isCalendarYear(period)) {
    const year = latestFiscalYear(ownYear, 12, pub!);
    dated = fiscalPeriod(year, 12, ownYear, `fiscal year ${year}`, period.resolution);
  } else if (period.fiscal && startMonth && startMonth > 1) {
    // ("fiscal 2024" of Japan, or of Sony: April 2024 to March 2025, the year named being the one it starts in; not "FY2023–24",
    // which names both.)
    const namedByStart = owner?.fiscalYearNamedByStart && !SPLIT_YEAR.test(period.label);
    dated = fiscalPeriod(period.fiscal.year + (namedByStart ? 1 : 0), period.fiscal.months, startMonth, period.label, period.resolution, period.fiscal.from);
  } else if (
    measure?.fiscal &&
    (fiscalDocument || owner?.fiscalYearByDefault) &&
    startMonth &&
    startMonth > 1 &&
    isCalendarYear(period) &&
    period.resolution !== 'publication'
  ) {
    const year = Number(period.start!.slice(0, 4));
    dated = fiscalPeriod(year, 12, startMonth, `fiscal year ${year}`, period.resolution);
  }
  dated = onFiscalWeeks(dated, !!measure?.fiscal, owner);
  // "Hourly earnings rose 3.9 % over the past 12 months", "inflation in the year to March": a change of a rate or a
  // level over twelve months is the year-on-year figure of the month they end with.
  if (
    (measure?.shape === 'rate' || measure?.shape === 'stock') &&
    proposition &&
    proposition.statType !== 'level' &&
    /^(?:12 months to|year ending)\b/i.test(dated.label) &&
    dated.end &&
    dated.resolution !== 'publication'
  ) {
    const end = dated.end;
    dated = { start: `${end.slice(0, 7)}-01`, end, label: dated.label.replace(/^(?:12 months to|year ending)\s+/i, ''), resolution: dated.resolution };
  }
  // (A month is the finest period surveys report on: a stock stated for a month is that month's figure.)
  if (
    !participants &&
    !dated.eventYear &&
    measure?.shape === 'stock' &&
    proposition?.statType === 'level' &&
    dated.end &&
    dated.start !== dated.end &&
    dated.resolution !== 'publication' &&
    monthsOf(dated) > 1
  ) {
    dated = { start: dated.end, end: dated.end, label: `end of ${dated.label}`, resolution: dated.resolution };
  }
  return dated;
}

// "raised its annual dividend by 9 %", "announced a 9 % dividend increase to $0.83 a share": a dividend set now.
const DIVIDEND_SET =
  /\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?)\b/i;

/**
 * "Walmart raised its annual dividend by 9 %", in February 2024 with no time named: a dividend a company sets now is the one
 * of the (fiscal) year under way when the text was written — Walmart's fiscal 2025, from February 2024 — not of the year
 * it reports on, nor the publication year as a last resort. Null for any other figure, a quarterly dividend (of the next
 * quarter, which the words leave open), a sum not said to be annual, or where the text has no full date.
 */
export function dividendSetNow(sentence: string, proposition: Proposition | null, pub: PublicationDate | null): Period | null {
  if (!proposition || proposition.measure !== 'dividend-per-share' || proposition.modality !== 'actual' || !pub || pub.month === null) return null;
  if (!DIVIDEND_SET.test(sentence) || /\b(?:quarterly|interim|special|one-off|final)\b/i.test(sentence)) return null;
  // (A sum per share is a year's only where it is said to be: "a cash dividend of $0.25 per share" may be a quarter's payment.
  // A rise in per cent is the same for the year's dividend as for each payment.)
  if (proposition.statType !== 'change' && !/\bannual\b/i.test(sentence)) return null;
  const owner = proposition.subject.length === 1 ? entities.get(proposition.subject[0]!) : undefined;
  const startMonth = owner?.fiscalYearStart ?? 1;
  if (startMonth === 1) return { start: `${pub.year}-01-01`, end: `${pub.year}-12-31`, label: `${pub.year}`, resolution: 'relative' };
  const year = pub.month >= startMonth ? pub.year + 1 : pub.year;
  return fiscalPeriod(year, 12, startMonth, `fiscal year ${year}`, 'relative');
}

/** The last such weekday (0 Sunday … 6 Saturday) of a month, as an ISO date. */
function lastWeekdayOf(y: number, m: number, weekday: number): string {
  const last = lastDay(y, m);
  const day = last - ((new Date(Date.UTC(y, m - 1, last)).getUTCDay() - weekday + 7) % 7);
  return `${y}-${pad(m)}-${pad(day)}`;
}

/**
 * A company on a 52/53-week calendar closes each fiscal quarter and year on the last such weekday of the month it ends in:
 * Nvidia's quarter to January 2024 ran from the day after the last Sunday of October 2023 to the last Sunday of January
 * 2024, whether a text says "the fourth quarter of fiscal 2024" or "the quarter ended January 28, 2024". Only the
 * company's own results are so dated, and only whole fiscal quarters, halves and years.
 */
function onFiscalWeeks(p: Period, fiscalMeasure: boolean, owner: Entity | undefined): Period {
  const weekday = owner?.kind === 'company' && fiscalMeasure ? owner.fiscalWeekEnd : null;
  const startMonth = owner?.fiscalYearStart ?? 1;
  if (!weekday || !p.start || !p.end) return p;
  const [ys, ms, ds] = p.start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = p.end.split('-').map(Number) as [number, number, number];
  if (ds !== 1 || de !== lastDay(ye, me) || monthsOf(p) % 3 !== 0 || (ms - startMonth + 12) % 3 !== 0) return p;
  const n = WEEKDAYS.indexOf(weekday);
  const before = monthAt(ys, ms, 0);
  const closedBefore = lastWeekdayOf(before.y, before.m, n);
  const start = new Date(Date.parse(`${closedBefore}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { ...p, start, end: lastWeekdayOf(ye, me, n) };
}

export const monthsOf = (p: Period): number => {
  if (!p.start || !p.end) return 0;
  const [ys, ms] = [Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7))];
  const [ye, me] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))];
  return (ye - ys) * 12 + (me - ms) + 1;
};

/** Whether a period of `kind` could be what "the quarter", "the full year", "the same period" points back to. */
function fits(kind: Anaphor, p: Period): boolean {
  if (!p.start || !p.end) return false;
  const months = monthsOf(p);
  if (kind === 'quarter') return months === 3;
  if (kind === 'month') return months === 1 && p.start.endsWith('-01');
  return true;
}

/** Whether a period ended no later than `latest` did, and less than six months before it. */
function closeBefore(p: Period, latest: Period): boolean {
  if (!p.end || !latest.end) return false;
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return month(p.end) <= month(latest.end) && month(latest.end) - month(p.end) < 6;
}

/** "for the full year" said of Q4 2023 is 2023: the calendar year a period falls in, unless it is a year already. */
export function yearOf(p: Period): Period {
  if (monthsOf(p) === 12 && p.start!.endsWith('-01')) return p.start!.endsWith('-01-01') ? { ...p, label: p.start!.slice(0, 4) } : p;
  // ("the fourth quarter of fiscal 2024 … for the full year": that fiscal year, dated by its owner's convention.)
  if (p.closesYear && p.fiscal) {
    const y = p.fiscal.year;
    return { start: `${y}-01-01`, end: `${y}-12-31`, label: `fiscal year ${y}`, resolution: p.resolution, fiscal: { year: y, months: 12 } };
  }
  // ("the fourth quarter ended June 30, 2024 … for the full year": the twelve months that quarter closes.)
  if (p.closesYear && !p.end!.endsWith('-12-31')) {
    const [y, m] = p.end!.slice(0, 7).split('-').map(Number) as [number, number];
    const start = m === 12 ? `${y}-01-01` : `${y - 1}-${pad(m + 1)}-01`;
    return { start, end: p.end, label: `year ending ${p.label.replace(/^.*\bto\s+/, '')}`, resolution: p.resolution };
  }
  const y = p.end!.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: y, resolution: p.resolution };
}

/**
 * What a text has said about time so far, read in order: the figure's own sentence first, then the
 * earlier sentences of its paragraph, the headline, the lead, and only then the publication year.
 */
export class PeriodContext {
  private paragraph: Period | null = null;
  /** The month a monthly release is about, when only "the same month last year" has said which. */
  private implied: Period | null = null;
  /** The one period the figures of the sentence just read were dated by, if they were and it was one. */
  private previousFigures: Period | null = null;
  private readonly stated: Period[] = [];
  /** The periods figures were dated by, in order: what "the same period" most likely points back to. */
  private readonly dated: Period[] = [];

  constructor(
    private readonly pub: PublicationDate | null,
    private readonly headline: Period | null,
    /** The period the article's lead reports. */
    readonly lead: Period | null,
  ) {}

  /**
   * A new paragraph leaves the time its predecessor named behind, save one: a paragraph of one sentence — a line, as pages
   * that put each sentence on a line of their own write — that narrowed the time the text is about (its headline's or
   * lead's) to whole months of it ("Moreover, in the fourth quarter of 2023, Apple …" under a headline on 2023), or moved
   * to whole months outside it ("Ryanair reported a 46% drop in profit during its first quarter, which ended in June" under
   * a headline on July's traffic), leaves them to the line after it when that line goes on with the same story: one of its
   * measures ("Transsion came in fourth place with 28.2 million shipments"), or, for a time outside, the party's accounts
   * ("Revenues at the Irish airline fell 1% to €3.63bn"); other lines that move elsewhere mostly recall a time gone by.
   */
  startParagraph(afterOneLine: () => 'measure' | 'accounts' | null = () => null): void {
    const about = this.headline ?? this.lead;
    const p = this.paragraph;
    const wholeMonths =
      !!p?.start &&
      !!p.end &&
      !!about?.start &&
      !!about.end &&
      p.start.endsWith('-01') &&
      p.end === `${p.end.slice(0, 8)}${pad(lastDay(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))))}`;
    const narrowed = wholeMonths && p!.start! >= about!.start! && p!.end! <= about!.end! && (p!.start !== about!.start || p!.end !== about!.end);
    // (Within a year of it: "In 2019, before the pandemic, Ryanair made a profit of €1 billion" recalls a time gone by.)
    const yearBefore = about?.start ? `${Number(about.start.slice(0, 4)) - 1}${about.start.slice(4)}` : '';
    const moved = wholeMonths && (p!.end! < about!.start! || p!.start! > about!.end!) && p!.start! >= yearBefore;
    const goesOn = narrowed || moved ? afterOneLine() : null;
    if (!(narrowed && goesOn) && !(moved && goesOn === 'accounts')) this.paragraph = null;
  }

  /** The period the text is about at this point, if it has said one. */
  current(): Period | null {
    return this.paragraph ?? this.headline ?? this.lead ?? this.implied;
  }

  /**
   * The period of a figure its own sentence does not date; the publication year, marked as such, last. A sentence that
   * opens by pointing back at what the one before it said ("This marks an increase of 265 %", "That represents …") is
   * about the figures of that sentence, and takes their time.
   */
  fallback(sentence = ''): Period {
    if (this.previousFigures && POINTS_BACK.test(sentence)) return this.previousFigures;
    return this.current() ?? publicationPeriod(this.pub);
  }

  /**
   * Dates each anaphoric expression of a sentence by the nearest period of its kind stated before it, in the
   * sentence or earlier in the text; one with nothing to point back to keeps its reading against the publication
   * date, or is dropped if it has none.
   */
  resolve(expressions: TimeExpression[], sentence = ''): TimeExpression[] {
    const out: TimeExpression[] = [];
    for (const e of expressions) {
      if (!e.anaphor) {
        out.push(this.pub && this.pub.month === null ? inYearAtHand(e, out, this.current()) : e.thisMonth ? monthAtHand(e, this.current(), this.pub) : e);
        continue;
      }
      if (e.anaphor === 'present') {
        // "now" in a report published within three months of the end of the period it is about is that period.
        const about = this.current();
        const recent = !!about?.end && !!this.pub?.month && about.end < publicationEnd(this.pub) && monthsBetween(about.end, this.pub) <= 3;
        out.push(recent ? { ...e, period: about } : e);
        continue;
      }
      const before = out
        .filter((o) => !o.base && o.end <= e.start)
        .map((o) => o.period)
        .reverse();
      if (e.anaphor === 'latest' || e.anaphor === 'these') {
        // "the new numbers" are the ones the report is about (its headline's or lead's time); "these numbers" are
        // the figures stated just before.
        const about = this.headline ?? this.lead ?? this.current();
        const last = this.dated[this.dated.length - 1] ?? null;
        const found = e.anaphor === 'latest' ? (about ?? last) : (last ?? about);
        if (found?.start) out.push({ ...e, period: found });
        continue;
      }
      if (e.anaphor === 'edge') {
        const at = out.filter((o) => !o.base && !o.anaphor && o.end <= e.start && o.period.start).pop()?.period ?? this.current();
        out.push({ ...e, period: edgeOf(e, at) });
        continue;
      }
      if (e.anaphor === 'following') {
        // ("… this year, followed by 1.52 million tons in the subsequent year": the year after the latest one the sentence
        // named of its own before it, else after the one the text is about; none after a part of a year.)
        const own = out.filter((o) => !o.base && !o.attributive && !o.anaphor && o.end <= e.start && o.period.start).pop()?.period;
        const at = own ?? this.current();
        const next = at ? followingYearOf(at) : null;
        if (next) out.push({ ...e, period: next });
        else if (!at && e.period.start) out.push(e);
        continue;
      }
      if (e.anaphor === 'previous') {
        // "the previous month", "a year earlier": a step back from the period at hand — the latest one the sentence
        // named of its own before it, else the one the text is about.
        // (Not a time that is one figure's alone: "from the first quarter's 386,810 deliveries but … the same period last year".)
        const own = out.filter((o) => !o.base && !o.attributive && o.anaphor !== 'previous' && o.end <= e.start && o.period.start).pop()?.period;
        // ("up 3 % from 20.2 million during the same month last year", in a text that names no month: a monthly
        // release is about the month before the one it came out in.)
        const at = own ?? this.current() ?? (e.sameLength === 'month' && this.pub?.month ? monthBefore(this.pub) : null);
        // (The month so found is the one the release is about: its later figures that name no time are of it.)
        if (!own && !this.current() && at) this.implied = at;
        // ("the fourth quarter of the current financial year … in the previous quarter": a step back from a part whose fiscal
        // year is read only later, by its owner, is not known here.)
        if (at?.fiscalNamed) {
          out.push(e);
          continue;
        }
        let back = at ? previousOf(at, e.step!) : null;
        // ("the same period of 2022": in the year named.)
        if (back?.start && e.step === 'year' && e.period.resolution === 'explicit' && e.period.start) {
          const years = Number(back.end!.slice(0, 4)) - Number(e.period.start.slice(0, 4));
          for (let i = 0; i < years && back; i++) back = previousOf(back, 'year');
        }
        if (back) out.push({ ...e, period: back });
        else if (e.period.start) out.push(e);
        continue;
      }
      if (e.anaphor === 'past-year') {
        // ("… grew to 26.8 million in the year to September 2023. Over the past year, the population has increased by a
        // record 659,800", in March 2024: the twelve months an earlier sentence, the headline or the lead named, if they ended
        // less than six months before the twelve months to the publication; else those twelve months.)
        // (Not a year the sentence itself names — "growth of 1.8 % in 2022 but slowed considerably during the past year" — nor
        // one long past.)
        const named = [...[...this.dated].reverse(), ...[...this.stated].reverse(), this.headline, this.lead].find(
          (p): p is Period => !!p && monthsOf(p) === 12 && closeBefore(p, e.period),
        );
        const end = named?.end;
        out.push(
          named && end
            ? {
                ...e,
                period: { start: named.start, end, label: `12 months to ${monthName(Number(end.slice(5, 7)))} ${end.slice(0, 4)}`, resolution: 'relative' },
              }
            : e,
        );
        continue;
      }
      const kind = e.anaphor;
      const earlier = kind === 'period' ? [...[...this.dated].reverse(), ...[...this.stated].reverse()] : [...this.stated].reverse();
      // ("its prior quarter revenue was $18.2 billion, while its revenue for the fiscal year …": the year is the text's own,
      // not that of a period the sentence stepped back to.)
      const own =
        kind === 'year'
          ? out
              // (Nor is it the year of a day the sentence names: "data released Monday (January 15) showed GDP shrank 0.3 %
              // over the full year".)
              .filter((o) => !o.base && o.anaphor !== 'previous' && o.end <= e.start && o.period.start !== o.period.end)
              .map((o) => o.period)
              .reverse()
          : before;
      const context = [...own, ...earlier, ...[this.headline, this.lead].filter((p): p is Period => p !== null)];
      const found = context.find((p) => fits(kind, p));
      // ("a 6.9 % growth for Q4FY24, with a full-year projection of 7.6 %": "the fiscal year" and "full-year" name a year
      // only where the text has named that year or the quarter that closes it.)
      if (e.closingOnly && !found?.closesYear && !(found && monthsOf(found) === 12)) continue;
      if (found) out.push({ ...e, period: kind === 'year' ? yearOf(found) : found });
      else if (kind === 'year' && e.period.start && this.reportsYearJustEnded(sentence)) out.push({ ...e, period: previousOf(e.period, 'year') ?? e.period });
      else if (e.period.start) out.push(e);
      else if (kind === 'quarter' && this.pub?.month) out.push({ ...e, period: lastQuarterBefore(this.pub) });
    }
    return out;
  }

  /**
   * "Official data released Monday showed GDP shrank 0.3 % over the full year", in January: an outturn for a whole year
   * reported in the first months of the next is of the year just ended — the year at hand has not yet been measured.
   */
  private reportsYearJustEnded(sentence: string): boolean {
    return !!this.pub?.month && this.pub.month <= 3 && OUTTURN_PAST.test(sentence) && !EXPECTATION.test(sentence.replace(SET_AGAINST_EXPECTATIONS, ' '));
  }

  /** Remembers what a sentence said about time: the period of its own that later undated figures fall back to. */
  record(sentence: string, expressions: TimeExpression[], figurePeriods: Period[] = [], claimPeriods: Period[] = figurePeriods): void {
    for (const p of figurePeriods) if (p.start && p.resolution !== 'publication') this.dated.push(p);
    // (As the claims were dated in the end: "fourth-quarter revenue of $22.1 billion for fiscal year 2024" is the quarter's.)
    const periodsOfFigures = new Set(claimPeriods.map((p) => `${p.start}|${p.end}`));
    const lastFigure = claimPeriods[claimPeriods.length - 1];
    this.previousFigures = periodsOfFigures.size === 1 && lastFigure?.start && lastFigure.resolution !== 'publication' ? lastFigure : null;
    // ("now" names no period of its own: it leaves the paragraph's as it was.)
    // ("the previous month" is set against the period at hand, never the one the text moves on to.)
    // (The time the text is about before this sentence: a year set over one before it is no time of the text.)
    const aboutFrom = this.current()?.start ?? null;
    const own = expressions.filter(
      (e) =>
        !e.base &&
        e.anaphor !== 'previous' &&
        e.period.start &&
        // ("(the meeting on May 9 was the eleventh)": an aside in brackets leaves the text's period as it was.)
        !insideBrackets(sentence, e.start) &&
        priorAt(sentence, e, expressions) === null &&
        // ("… a 126 percent increase over 2022", in a paragraph about fiscal 2024: the year set over is no time of the text.)
        // (So is a year a change is set from: "RevPAR settled at $97.97, a 4.9 percent hike from 2022".)
        !(aboutFrom !== null && !!e.period.end && aboutFrom > e.period.end && (changedOver(sentence, e) || changedFrom(sentence, e))) &&
        (e.anaphor !== 'present' || !this.paragraph),
    );
    for (const e of own) if (!e.attributive) this.stated.push(e.period);
    // ("Progress has stalled since 2015. … funding, which stands at $4 billion": a span that runs up to now from a time
    // is what one sentence says of a trend, not the time the sentences after it are about.)
    const timed = own.filter((e) => !/^since\b/i.test(e.period.label));
    const last = timed.filter((e) => !e.span || timed.length === 1).pop() ?? timed[timed.length - 1];
    if (last) this.paragraph = last.period;
  }
}

/**
 * "The 8.5 % increase in Q4", in a text dated only by its year: a quarter or half named without its year is one of the
 * year the text is about (the time the sentence named before it, else the paragraph's, the headline's or the lead's),
 * not of the publication's, which may be the year after.
 */
function inYearAtHand(e: TimeExpression, before: TimeExpression[], current: Period | null): TimeExpression {
  if (!e.period.yearUnstated) return e;
  const at = before.filter((o) => !o.base && o.end <= e.start && o.period.end).pop()?.period ?? current;
  if (!at?.end || at.resolution === 'publication') return e;
  const y = Number(at.end.slice(0, 4));
  const { from, months } = e.period.yearUnstated;
  const to = from + months - 1;
  if (y === Number(e.period.end!.slice(0, 4))) return e;
  const period: Period = {
    ...e.period,
    start: `${y}-${pad(from)}-01`,
    end: `${y}-${pad(to)}-${pad(lastDay(y, to))}`,
    label: e.period.label.replace(/\d{4}$/, String(y)),
  };
  return { ...e, period };
}

/**
 * "Food prices rose 7.4 % in October, but this month only 6.9 %", in a report on November published on 1 December: "this
 * month", written in the first days of a month about the month before, is the month the text is about.
 */
function monthAtHand(e: TimeExpression, current: Period | null, pub: PublicationDate | null): TimeExpression {
  if (!current?.start || !current.end || !pub?.month || pub.day === null || pub.day > 7 || monthsOf(current) !== 1) return e;
  const before = monthBefore(pub);
  return current.start === before.start && current.end === before.end ? { ...e, period: current } : e;
}

/**
 * "to start 2025", "at the end of the year": the first or last month of the year in a text about a month, its first or
 * last quarter in one about a quarter, else the whole year. A year the expression does not name is the one at hand.
 */
function edgeOf(e: TimeExpression, at: Period | null): Period {
  const months = at ? monthsOf(at) : 0;
  const y = e.period.resolution === 'explicit' || !at?.end ? Number(e.period.start!.slice(0, 4)) : Number(at.end.slice(0, 4));
  const resolution = e.period.resolution === 'explicit' ? 'explicit' : (at?.resolution ?? e.period.resolution);
  if (months === 1 || months === 3) {
    const [from, to] = e.edge === 'start' ? [1, months] : [13 - months, 12];
    const label = months === 1 ? `${from === 1 ? 'January' : 'December'} ${y}` : `Q${e.edge === 'start' ? 1 : 4} ${y}`;
    return { start: `${y}-${pad(from)}-01`, end: `${y}-${pad(to)}-${pad(lastDay(y, to))}`, label, resolution };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: `${y}`, resolution };
}

function insideBrackets(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/** Whole months from the month of an ISO date to the publication month. */
function monthsBetween(iso: string, pub: PublicationDate): number {
  return (pub.year - Number(iso.slice(0, 4))) * 12 + (pub.month ?? 12) - Number(iso.slice(5, 7));
}

function monthBefore(pub: PublicationDate): Period {
  const [y, m] = pub.month === 1 ? [pub.year - 1, 12] : [pub.year, pub.month! - 1];
  return {
    start: `${y}-${pad(m)}-01`,
    end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
    label: `${new Date(Date.UTC(y, m - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y}`,
    resolution: 'relative',
  };
}

function lastQuarterBefore(pub: PublicationDate): Period {
  const q = Math.ceil(pub.month! / 3) - 1;
  const y = q === 0 ? pub.year - 1 : pub.year;
  const n = q === 0 ? 4 : q;
  const endMonth = n * 3;
  return { start: `${y}-${pad(endMonth - 2)}-01`, end: `${y}-${pad(endMonth)}-${pad(lastDay(y, endMonth))}`, label: `Q${n} ${y}`, resolution: 'relative' };
}

/** What an election's result is said with once it is held: "won 412 seats", "secured 33.7 % of the vote". */
export const HELD_PAST = /\b(?:won|lost|took|secured|gained|claimed|captured|got|received|polled|returned|elected)\b/i;
// And what a lead tells it with: "has resulted in a historic win", "official results", "a landslide victory".
const RESULT_TOLD = /\b(?:swept|resulted\s+in|results?|victory|landslide)\b/i;
// What a sentence looking ahead to a vote says ("is expected to win the 2024 election, having lost in 2019", "ahead of", "polls");
// not the bodies and places of the vote itself ("the poll body", "polling stations").
const NOT_YET =
  /\b(?:expected|will|would|could|may|might|polls?(?!\s+(?:body|bodies|panel|stations?|booths?|officials?|day|results?)\b)|polling(?!\s+(?:stations?|booths?|day|officials?|staff|agents?)\b)|pollsters?|surveys?|models?|ahead\s+of|forecasts?|projected|projections?|set\s+to|likely|upcoming|due\s+(?:on|in|to)|under\s?way|ongoing)\b/i;

/** Whether a sentence looks ahead to a vote, or to its count: "expected to win", "pollsters say", "counting is under way". */
export function looksAhead(sentence: string): boolean {
  return NOT_YET.test(sentence);
}

/** Whether a sentence tells the election it names as held: a word of its result, and none of looking ahead. */
export function toldAsHeld(sentence: string): boolean {
  return (HELD_PAST.test(sentence) || RESULT_TOLD.test(sentence)) && !looksAhead(sentence);
}

/**
 * The period an article's lead sets: the first time it states in its opening paragraphs (a headline repeated
 * as the first line states nothing new). Figures later in the text that say no time of their own are about it.
 */
export function leadPeriod(passages: Array<{ text: string; paragraph: number }>, pub: PublicationDate | null, headline: string): Period | null {
  // A report is about a time that is over when it is published; with no publication date there is no telling.
  if (!pub) return null;
  const published = publicationEnd(pub);
  const body = passages.filter((p) => p.text.trim() !== headline.trim());
  const first = body[0]?.paragraph;
  for (const p of body) {
    if (p.paragraph !== first) break;
    const all = findTimeExpressions(p.text, pub);
    // ("fell to 2.4 % in November", published on 30 November: a month reported on its last day is over for the report. A
    // text dated only by its month may have been written before the month was out.)
    // ("earlier this month", which runs up to the day of publication, is not over.)
    const monthLast = (iso: string) => Number(iso.slice(8)) === lastDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
    const over = (q: Period) =>
      !!q.start && !!q.end && (q.end < published || (pub.day !== null && q.end === published && q.start < published && monthLast(q.end)));
    // ("The 2024 general election has resulted in a historic win for Labour", in July 2024: an election of the year, told as
    // held, is over for the report though its year is not.)
    const toldHeld = toldAsHeld(p.text);
    const held = (q: Period) => toldHeld && q.eventYear === true && !!q.start && Number(q.start.slice(0, 4)) <= pub.year;
    const own = all.filter((e) => !e.base && !e.anaphor && (over(e.period) || held(e.period)) && priorAt(p.text, e, all) === null);
    if (own[0]) return held(own[0].period) && !over(own[0].period) ? { ...own[0].period, eventHeld: true } : own[0].period;
  }
  return null;
}
