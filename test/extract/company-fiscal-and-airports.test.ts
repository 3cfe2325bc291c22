import { describe, expect, it } from 'vitest';
import type { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';
import { claimQuoted } from './claim-of.js';

type Meta = Parameters<typeof extract>[1];
const starting = (text: string, figure: string, meta: Meta): ExtractedClaim => claimQuoted(text, figure, meta);

describe('a company that keeps its own fiscal year reports its results by it', () => {
  // [what, text, published, figure, start, end]
  const ROWS: Array<[string, string, string, string, string, string]> = [
    [
      'a quarter named without its year is the company’s latest such fiscal quarter (year from February)',
      'Walmart said its revenue rose to $173.4 billion in the fourth quarter.',
      '2024-02-20',
      '$173.4 billion',
      '2023-11-01',
      '2024-01-31',
    ],
    [
      '"Q4" written short, the same (Nvidia’s quarters close on the last Sunday of their closing month)',
      'In Q4, Nvidia posted revenue of $9.9 billion, its best quarter so far.',
      '2024-02-23',
      '$9.9 billion',
      '2023-10-30',
      '2024-01-28',
    ],
    [
      '"fiscal Q4 2024", "fiscal" written first: the fourth quarter of fiscal 2024, not the calendar’s',
      'Microsoft reported fiscal Q4 2024 earnings, with revenue of $64.7 billion.',
      '2024-07-31',
      '$64.7 billion',
      '2024-04-01',
      '2024-06-30',
    ],
    [
      '"the fiscal second quarter of 2024" (a year from October)',
      'Apple posted revenue of $90.8 billion in the fiscal second quarter of 2024.',
      '2024-05-03',
      '$90.8 billion',
      '2024-01-01',
      '2024-03-31',
    ],
    [
      '"the fourth quarter of the current financial year", fiscal by its words, is the owner’s latest such quarter (a country’s too)',
      'India’s GDP for the fourth quarter of the current financial year grew by 7.8% year-on-year.',
      '2024-05-31',
      '7.8%',
      '2024-01-01',
      '2024-03-31',
    ],
    [
      'a fiscal year starting in July: the third quarter ends in March',
      'Microsoft reported revenue of $48.3 billion for the third quarter.',
      '2024-05-02',
      '$48.3 billion',
      '2024-01-01',
      '2024-03-31',
    ],
    [
      'a fiscal year the text names is dated by the company’s convention',
      'For fiscal 2024, Nvidia said its revenue was $31.5 billion.',
      '2024-03-01',
      '$31.5 billion',
      '2023-01-30',
      '2024-01-28',
    ],
    [
      'a quarter of a named fiscal year, the same',
      'Nvidia’s revenue in the fourth quarter of fiscal year 2024 reached $9.9 billion.',
      '2024-03-01',
      '$9.9 billion',
      '2023-10-30',
      '2024-01-28',
    ],
    [
      'profit is a result reported by the fiscal year too',
      'Walmart said its net income was $5.5 billion in the fourth quarter.',
      '2024-02-20',
      '$5.5 billion',
      '2023-11-01',
      '2024-01-31',
    ],
    [
      'a quarter with its calendar year stays in the calendar',
      'Nvidia’s revenue in the final quarter of 2023 came to $9.9 billion.',
      '2024-03-01',
      '$9.9 billion',
      '2023-10-01',
      '2023-12-31',
    ],
    [
      'a country’s quarter stays in the calendar, whatever its budget year',
      'The United Kingdom’s GDP grew 0.4% in the fourth quarter.',
      '2024-02-15',
      '0.4%',
      '2023-10-01',
      '2023-12-31',
    ],
    [
      'a company without a fiscal year of its own in the gazetteer stays in the calendar',
      'Tesla said its revenue was $25.2 billion in the fourth quarter.',
      '2024-02-20',
      '$25.2 billion',
      '2023-10-01',
      '2023-12-31',
    ],
  ];
  it.each(ROWS)('%s', (_what, text, publishedAt, figure, start, end) => {
    const c = starting(text, figure, { publishedAt });
    expect(c.period?.start).toBe(start);
    expect(c.period?.end).toBe(end);
  });

  it('the same quarter in two phrasings meets: "the fourth quarter" and "the quarter ended January 28"', () => {
    const a = starting('Nvidia reported revenue of $9.9 billion for the fourth quarter.', '$9.9 billion', { publishedAt: '2024-02-22' });
    const b = starting('Nvidia reported revenue for the fourth quarter ended January 28, 2024, of $9.9 billion.', '$9.9 billion', {
      publishedAt: '2024-02-22',
    });
    expect(a.metric).toBe(b.metric);
    expect([a.period?.start, a.period?.end]).toEqual([b.period?.start, b.period?.end]);
    expect(a.proposition?.modality).toBe('actual');
  });

  it('"the previous quarter" after a quarter of the current financial year is not guessed from the calendar', () => {
    const c = starting(
      'India’s GDP for the fourth quarter of the current financial year grew by 7.8% year-on-year. In the previous quarter, it was 8.4%.',
      '8.4%',
      { publishedAt: '2024-05-31' },
    );
    expect(c.comparable).toBe(false);
    expect(c.period?.start ?? null).not.toBe('2023-07-01');
  });

  it('a fiscal quarter already over when the text was written is no forecast', () => {
    const c = starting('Nvidia’s revenue in the fourth quarter of fiscal year 2024 reached $9.9 billion.', '$9.9 billion', { publishedAt: '2024-02-22' });
    expect(c.proposition?.modality).toBe('actual');
    expect(c.comparable).toBe(true);
  });
});

describe('an airport is one party whichever of its names the text uses', () => {
  const ROWS: Array<[string, string]> = [
    ['Dubai International Airport handled 90.2 million passengers in 2023.', '90.2 million'],
    ['Dubai Airport had 90.2 million passengers in 2023.', '90.2 million'],
    ['DXB welcomed 90.2 million passengers in 2023.', '90.2 million'],
    ['In 2023, Dubai International recorded 90.2 million passengers.', '90.2 million'],
  ];
  it.each(ROWS)('%s', (text, figure) => {
    const c = starting(text, figure, { publishedAt: '2024-02-20' });
    expect(c.metric).toBe('passengers.dubai-international-airport.total');
    expect(c.comparable).toBe(true);
  });

  it('another airport is another party', () => {
    const c = starting('Heathrow handled 90.2 million passengers in 2023.', '90.2 million', { publishedAt: '2024-02-20' });
    expect(c.metric).toBe('passengers.heathrow-airport.total');
  });
});

describe("a company's sales in money, or in per cent in a text naming its fiscal year, are of its fiscal quarters", () => {
  const at = { publishedAt: '2024-02-20', title: null };
  it('"a 23% jump in e-commerce sales in the fourth quarter" is of the same quarter as the revenue beside it', () => {
    const text =
      "Walmart raised its outlook for the fiscal year. Walmart's revenue rose 5.7% in the fourth quarter, fueled by a 23% jump in e-commerce sales in the fourth quarter.";
    const revenue = claimQuoted(text, '5.7%', at);
    const sales = claimQuoted(text, '23%', at);
    expect(sales.period).toMatchObject({ start: revenue.period?.start, end: revenue.period?.end });
    expect(sales.period?.start).toBe('2023-11-01');
  });

  it('while the growth of units sold, in a text naming no fiscal year, keeps the calendar', () => {
    const text =
      'Smartphone shipments rose 8.4% in the fourth quarter of 2023. Apple’s fourth-quarter sales in China were down 11 percent from a year earlier.';
    expect(claimQuoted(text, '11 percent', { publishedAt: '2024-01-17', title: null }).period?.start).toBe('2023-10-01');
  });
});
