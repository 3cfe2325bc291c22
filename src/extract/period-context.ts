import { entities } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
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
function fiscalPeriod(year: number, months: number, startMonth: number, label: string, resolution: Period['resolution']): Period {
  const from = monthAt(year - 1, startMonth, 1);
  const to = monthAt(year - 1, startMonth, months);
  return { start: `${from.y}-${pad(from.m)}-01`, end: `${to.y}-${pad(to.m)}-${pad(lastDay(to.y, to.m))}`, label, resolution };
}

const isCalendarYear = (p: Period) => !!p.start && !!p.end && p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4);

/**
 * Dates a period by what the proposition is: fiscal years by the convention of the budget's
 * owner, and stocks (capacity, population, debt) at the instant the period ends — unless the figure
 * counts the participants of an event ("an exercise involving 90,000 troops and 400 ships").
 */
export function datePeriod(period: Period, proposition: Proposition | null, fiscalDocument: boolean, participants = false): Period {
  const measure = proposition ? measures.get(proposition.measure) : undefined;
  const owner = proposition?.subject.length === 1 ? entities.get(proposition.subject[0]!) : undefined;
  const startMonth = owner?.fiscalYearStart ?? null;
  let dated = period;
  if (period.fiscal && startMonth && startMonth > 1) {
    dated = fiscalPeriod(period.fiscal.year, period.fiscal.months, startMonth, period.label, period.resolution);
  } else if (measure?.fiscal && (fiscalDocument || owner?.fiscalYearByDefault) && startMonth && startMonth > 1 && isCalendarYear(period) && period.resolution !== 'publication') {
    const year = Number(period.start!.slice(0, 4));
    dated = fiscalPeriod(year, 12, startMonth, `fiscal year ${year}`, period.resolution);
  }
  if (!participants && measure?.shape === 'stock' && proposition?.statType === 'level' && dated.end && dated.start !== dated.end && dated.resolution !== 'publication') {
    dated = { start: dated.end, end: dated.end, label: `end of ${dated.label}`, resolution: dated.resolution };
  }
  return dated;
}
