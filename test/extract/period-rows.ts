import { expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

/** One sentence of a period table: where the figure is, when the text was written, and the period it should get. */
export interface PeriodRow {
  publishedAt: string;
  title: string;
  text: string;
  figure: string;
  start: string | null;
  end: string | null;
}

export const periodRow = (publishedAt: string, title: string, text: string, figure: string, start: string | null, end: string | null): PeriodRow => ({
  publishedAt,
  title,
  text,
  figure,
  start,
  end,
});

/** One test per named row: the claim quoted by `figure` is dated from `start` to `end`. */
export function itDatesEach(rows: Array<[string, PeriodRow]>): void {
  it.each(rows)('%s', (_name, row) => {
    const claim = claimQuoted(row.text, row.figure, { publishedAt: row.publishedAt, title: row.title, publisher: null });
    expect([claim.period?.start, claim.period?.end]).toEqual([row.start, row.end]);
  });
}
