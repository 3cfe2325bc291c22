import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { itDatesEach, type PeriodRow, periodRow } from './period-rows.js';

/**
 * A company on a 52/53-week calendar (Nvidia's quarters and years close on the last Sunday of their closing month) has
 * its results dated to the days they ran, however the text names the period; a company that closes on month ends keeps
 * them.
 */
const ROWS: Array<[string, PeriodRow]> = [
  [
    'a fiscal quarter named by its number',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      'Nvidia posted revenue of $22.1 billion for the fourth quarter of fiscal 2024.',
      '$22.1 billion',
      '2023-10-30',
      '2024-01-28',
    ),
  ],
  [
    'the same quarter named by the day it ended',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      'Nvidia reported revenue of $22.1 billion for the quarter ended January 28, 2024.',
      '$22.1 billion',
      '2023-10-30',
      '2024-01-28',
    ),
  ],
  [
    'a fiscal year',
    periodRow('2024-02-22', 'Nvidia results', 'Nvidia said revenue for fiscal year 2024 reached $60.9 billion.', '$60.9 billion', '2023-01-30', '2024-01-28'),
  ],
  [
    'an earlier fiscal quarter closes on its own last Sunday',
    periodRow(
      '2023-11-22',
      'Nvidia results',
      'Nvidia posted revenue of $18.12 billion for the third quarter of fiscal 2024.',
      '$18.12 billion',
      '2023-07-31',
      '2023-10-29',
    ),
  ],
  [
    '"the full year" after a fourth quarter named by the day it ended is the fiscal year that quarter closes',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      'Nvidia reported revenue of $22.1 billion for the fourth quarter ended January 28, 2024. For the full year, revenue rose 126% to $60.9 billion.',
      '$60.9 billion',
      '2023-01-30',
      '2024-01-28',
    ),
  ],
  [
    '"the fiscal year" after the fourth quarter of a fiscal year named by its number is that fiscal year',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      'Nvidia posted revenue of $22.1 billion for the fourth quarter of fiscal 2024. For the fiscal year, revenue rose 126% to $60.9 billion.',
      '$60.9 billion',
      '2023-01-30',
      '2024-01-28',
    ),
  ],
  [
    '"the prior quarter" of a fiscal quarter is the fiscal quarter before it, not a calendar quarter',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      'Nvidia reported revenue of $22.1 billion for the fourth quarter ended January 28, 2024. Revenue in the prior quarter was $18.1 billion.',
      '$18.1 billion',
      '2023-07-31',
      '2023-10-29',
    ),
  ],
  [
    '"the fiscal year" beside a prior quarter is the text’s own year',
    periodRow(
      '2024-02-22',
      'Nvidia results',
      "Nvidia reported revenue of $22.1 billion for the fourth quarter ended January 28, 2024. Nvidia's prior quarter revenue was $18.1 billion, while its revenue for the fiscal year was $60.9 billion.",
      '$60.9 billion',
      '2023-01-30',
      '2024-01-28',
    ),
  ],
  [
    'full-year figures of a company whose fourth quarter ends in June are its July–June year',
    periodRow(
      '2024-08-01',
      'Harbourline Foods results',
      'Harbourline Foods reported revenue of $4.1 billion for the fourth quarter ended June 30, 2024. Full-year revenue was $15.2 billion.',
      '$15.2 billion',
      '2023-07-01',
      '2024-06-30',
    ),
  ],
  [
    'a company closing on month ends keeps them',
    periodRow(
      '2024-02-22',
      'Walmart results',
      "Walmart's revenue for the fourth quarter of fiscal 2024 was $173.4 billion.",
      '$173.4 billion',
      '2023-11-01',
      '2024-01-31',
    ),
  ],
];

describe('52/53-week fiscal calendars', () => {
  itDatesEach(ROWS);

  it('a change on the quarter named before ("from Q3") is still quarter-on-quarter', () => {
    const claim = claimQuoted('Nvidia posted fourth-quarter revenue of $22.1 billion, up 22% from Q3, in fiscal 2024.', '22%', {
      publishedAt: '2024-02-22',
      title: 'Nvidia results',
      publisher: null,
    });
    expect(claim.metric).toMatch(/\.qoq$/);
    expect([claim.period?.start, claim.period?.end]).toEqual(['2023-10-30', '2024-01-28']);
  });
});
