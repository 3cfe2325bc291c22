/**
 * A policy decision dates its figures: "the Monetary Policy Committee voted to cut Bank Rate by 0.25
 * points to 5 %" states the move and the level reached on the day of the decision, not over the year
 * the article was written in. The day is the one the sentence gives ("on 1 August 2024", "announced on
 * Thursday", a weekday read against the publication date or against the meeting date it follows), or,
 * for a report dated to the day that gives none, its publication day. An article tells of one decision:
 * once dated, the later sentences about it ("At a meeting on Wednesday, the committee voted …") keep
 * that day, so that every figure of the decision meets the other sources' on the same day.
 */
import type { PublicationDate, TimeExpression } from './periods.js';
import type { Period, Proposition } from './types.js';

/** Measures set by a decision at a meeting: the policy rate. */
const DECIDED_MEASURES = new Set(['interest-rate']);

// The decision's verb, earlier in the clause than the figure: "voted to reduce the interest rate by", "has cut its Bank Rate to".
const DECISION_BEFORE =
  /\b(?:cut(?:s|ting)?|reduc(?:e|ed|es|ing|tions?)|lower(?:ed|s|ing)?|trimm?(?:ed|s|ing)?|slash(?:ed|es|ing)?|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|t(?:ake|akes|aking|ook)|br(?:ing|ings|inging|ought)|(?<hold>k(?:eep|eeps|eeping|ept)|h(?:old|olds|olding|eld)|le(?:ave|aves|aving|ft)|maintain(?:s|ed|ing)?))\b(?:[^.;:]|\.(?=\d)){0,100}$/i;
// The figure is what the decision moved the rate by or to ("by 25 basis points", "to 5 %", "a cut of 0.25 points"), or held it
// at ("kept interest rates at 4.75 percent", "left Bank Rate unchanged at 5.25 %"), not where it came from.
const DECISION_FIGURE = /\b(?:to|by|of)\s+(?:about\s+|around\s+|some\s+)?$/i;
const HELD_AT = /\bat\s+(?:about\s+|around\s+)?$/i;
const HELD_SINCE =
  /^(?:[^.;]|\.(?=\d))*?\b(?:since|throughout|for\s+(?:the\s+)?(?:past|last)|for\s+(?:much|most|all|years|decades|months)\b|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:year|decade))\b)/i;
// Who holds a policy rate: a central bank or its committee, named before the verb ("The Bank of England kept …"; not "Commercial
// banks kept their lending rates at 12 %").
const CENTRAL_BANK_BEFORE =
  /\b(?:central\s+bank|Federal\s+Reserve|Fed|Bank\s+of\s+\p{Lu}[\p{L}]+|ECB|European\s+Central\s+Bank|Reserve\s+Bank|Monetary\s+Policy\s+Committee|MPC|FOMC|Riksbank|Norges\s+Bank|Banxico|People['’]s\s+Bank|PBOC|RBI|BoJ|BoE|BOE|SNB|Bundesbank|Banco\s+\p{Lu}[\p{L}]+|policymakers|rate-setters)\b/u;
// "preferred to maintain the rate at 5.25 %", "from 5.25 %": the alternative or the level before, not the decision.
const NOT_THE_DECISION =
  /\b(?:preferr(?:ed|ing)|wanted|favou?r(?:ed|ing)|expect\w*|forecast\w*|project\w*|pric(?:e|es|ed|ing)\s+in|suggest\w*|anticipat\w*)\b(?:[^.;:]|\.(?=\d)){0,60}$|\b(?:from|since)\s+(?:about\s+|around\s+)?$/i;

// The time a move was added up over, right after the figure: "by 500 basis points since 2022", "… in the past two years" (not
// "…, its first cut since 2020").
const ADDED_UP_SINCE = /^\s*(?:[^,.;]{0,30}?\s)?(?:since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\b/i;

const MOVED_FROM = /\bfrom\s+(?:about\s+|around\s+)?$/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY =
  /\b(?:on|this|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s\b/i;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayPeriod = (day: string, resolution: Period['resolution']): Period => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { start: day, end: day, label: `${d} ${month} ${y}`, resolution };
};

/** The nearest day on or before (`dir` -1) or after (`dir` 1) `from` that falls on the weekday. */
function weekdayFrom(from: string, weekday: number, dir: 1 | -1, inclusive: boolean): string {
  const d = new Date(`${from}T00:00:00Z`);
  if (!inclusive) d.setUTCDate(d.getUTCDate() + dir);
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + dir);
  return iso(d);
}

export class DecisionDates {
  private day: Period | null = null;

  constructor(private readonly pub: PublicationDate | null) {}

  /** Whether the figure states what a decision set: the policy rate moved by or to it, in the clause of a decision verb. */
  static isDecisionFigure(sentence: string, figure: { start: number; end: number }, proposition: Proposition | null): boolean {
    if (proposition?.modality !== 'actual' || !DECIDED_MEASURES.has(proposition.measure)) return false;
    const before = sentence.slice(Math.max(0, figure.start - 120), figure.start);
    const verb = DECISION_BEFORE.exec(before);
    if (!verb || NOT_THE_DECISION.test(before)) return false;
    const perfect = /\b(?:has|have|had)\s+(?:been\s+)?$/i.test(before.slice(0, verb.index));
    // ("has raised rates by 500 basis points since 2022": the moves of many meetings added up over a time, no one decision's.)
    if (DECISION_FIGURE.test(before)) return !(perfect && ADDED_UP_SINCE.test(sentence.slice(figure.end, figure.end + 60)));
    // ("has held interest rates steady at 5.25 % since August 2023": a level kept over a time, not a meeting's decision.)
    const heldOver = perfect || HELD_SINCE.test(sentence.slice(figure.start, figure.start + 60));
    return verb.groups?.hold !== undefined && HELD_AT.test(before) && !heldOver && CENTRAL_BANK_BEFORE.test(before.slice(0, verb.index));
  }

  /** The day a decision figure is dated to, or null when the figure is no decision's or no day is known. */
  periodOf(
    sentence: string,
    figure: { start: number; end: number },
    proposition: Proposition | null,
    expressions: TimeExpression[],
    period: Period,
  ): Period | null {
    if (!DecisionDates.isDecisionFigure(sentence, figure, proposition)) return null;
    // A period the sentence states other than a day ("in September 2024", "from 0.1 % in December 2021") is the text's own reading: kept.
    // ("since 2020", "the first since March 2020" span back from the decision and date nothing of it.)
    // ("has today announced": the day of the report, which the publication date gives.)
    const stated = expressions.filter((e) => !e.base && !e.span && e.period.start !== null && !/^today$/i.test(sentence.slice(e.start, e.end)));
    const days = stated.filter((e) => e.period.start === e.period.end);
    if (stated.length > days.length && period.resolution !== 'publication') return null;
    if (this.day) return this.day;
    const found = this.dayOf(sentence, days);
    if (found) this.day = found;
    return found;
  }

  /**
   * "cut Bank Rate to 5 % from 5.25 %", "taking the base rate from 5.25 % to 5 %": the level a decision moved the rate
   * from, which the sentence gives no time of its own, is the level up to the decision: of the day before it.
   */
  levelBeforeOf(
    sentence: string,
    figure: { start: number; end: number },
    others: ReadonlyArray<{ start: number; end: number }>,
    proposition: Proposition | null,
    expressions: TimeExpression[],
    period: Period,
  ): Period | null {
    if (proposition?.modality !== 'actual' || !DECIDED_MEASURES.has(proposition.measure) || period.resolution === 'explicit') return null;
    if (!MOVED_FROM.test(sentence.slice(Math.max(0, figure.start - 20), figure.start))) return null;
    const movedTo = others.find(
      (o) =>
        (o.end <= figure.start && /^\s*,?\s*from\s+(?:about\s+|around\s+)?$/i.test(sentence.slice(o.end, figure.start))) ||
        (o.start >= figure.end && /^\s+to\s+$/i.test(sentence.slice(figure.end, o.start))),
    );
    if (!movedTo || !DecisionDates.isDecisionFigure(sentence, movedTo, proposition)) return null;
    // ("cut rates in August, taking Bank Rate to 5 % from 5.25 %", "Two years ago it raised rates to 1.75 % from 1.25 %": a
    // time the sentence states other than a day is the decision's, and its day before is not known.)
    const stated = expressions.filter((e) => !e.base && e.period.start !== null && !/^today$/i.test(sentence.slice(e.start, e.end)));
    const days = stated.filter((e) => !e.span && e.period.start === e.period.end);
    if (stated.length > days.length) return null;
    const day = this.day ?? this.dayOf(sentence, days);
    if (!day?.start) return null;
    const before = new Date(`${day.start}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    return dayPeriod(iso(before), day.resolution);
  }

  private dayOf(sentence: string, days: TimeExpression[]): Period | null {
    const w = WEEKDAY.exec(sentence);
    const weekday = w ? WEEKDAYS.indexOf((w[1] ?? w[2])!.toLowerCase()) : -1;
    const date = days[0]?.period.start ?? null;
    if (date && weekday >= 0 && w!.index < days[0]!.start && new Date(`${date}T00:00:00Z`).getUTCDay() !== weekday) {
      // "announced on Thursday a cut … following its meeting ending on July 31": the first such weekday after the meeting.
      return dayPeriod(weekdayFrom(date, weekday, 1, false), 'relative');
    }
    if (date) return dayPeriod(date, days[0]!.period.resolution);
    const pubDay =
      this.pub?.month && this.pub.day ? `${this.pub.year}-${String(this.pub.month).padStart(2, '0')}-${String(this.pub.day).padStart(2, '0')}` : null;
    if (!pubDay) return null;
    // "said on Thursday", in a report of Friday: the last such weekday up to the day it was published.
    if (weekday >= 0) return dayPeriod(weekdayFrom(pubDay, weekday, -1, true), 'relative');
    return dayPeriod(pubDay, 'relative');
  }
}
