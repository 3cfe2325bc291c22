import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';
import { claimQuoted } from './claim-of.js';

type Meta = Parameters<typeof extract>[1];
const starting = (text: string, figure: string, meta: Meta): ExtractedClaim => claimQuoted(text, figure, meta);

const META: Meta = { publishedAt: '2024-05-02', title: 'Microsoft reports results for the third quarter' };

describe('earnings per share, GAAP or not, is a measure of its own', () => {
  // [what, text, figure, metric]
  const ROWS: Array<[string, string, string, string]> = [
    ['GAAP, in capitals mid-sentence', 'For the quarter, GAAP earnings per diluted share was $2.94.', '$2.94', 'earnings-per-share.gaap.microsoft.total'],
    ['non-GAAP, opening the sentence', 'Non-GAAP earnings per diluted share was $2.94.', '$2.94', 'earnings-per-share.non-gaap.microsoft.total'],
    ['EPS written short', 'Microsoft said GAAP EPS rose 20% from a year earlier in the third quarter.', '20%', 'earnings-per-share.gaap.microsoft.growth.yoy'],
    ['plain earnings per share', 'Microsoft posted earnings per share of $2.94 in the third quarter.', '$2.94', 'earnings-per-share.microsoft.total'],
    [
      'a measure named right after a sum: "$2.94 EPS" after "in revenue"',
      'In the third quarter Microsoft achieved $61.9 billion in revenue and $2.94 EPS.',
      '$2.94',
      'earnings-per-share.microsoft.total',
    ],
    [
      'net income "a share" is earnings per share, never the total',
      'Microsoft’s net income was $2.94 a share in the third quarter.',
      '$2.94',
      'earnings-per-share.microsoft.total',
    ],
    [
      'profit restated "per diluted share" after the total',
      'Microsoft’s net income rose to $21.9 billion, or $2.94 per diluted share, in the third quarter.',
      '$2.94',
      'earnings-per-share.microsoft.total',
    ],
    [
      'dividends "per share" are the dividend per share',
      'Microsoft paid $0.75 per share in dividends paid in the third quarter.',
      '$0.75',
      'dividend-per-share.microsoft.total',
    ],
  ];
  it.each(ROWS)('%s', (_what, text, figure, metric) => {
    expect(starting(text, figure, META).metric).toBe(metric);
  });

  it('GAAP and non-GAAP figures of one quarter never share a key', () => {
    const text = 'GAAP earnings per diluted share was $2.94. Non-GAAP earnings per diluted share was $2.99.';
    const keys = extract(text, META).claims.map((c) => c.metric);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('a business segment is a facet of the company’s revenue, however it is written', () => {
  const ROWS: Array<[string, string, string, string]> = [
    [
      'a segment the company names in capitals is that segment, not the word inside it',
      'Record Intelligent Cloud revenue of $26.7 billion was reported for the third quarter.',
      '$26.7 billion',
      'revenue.intelligent-cloud.microsoft.total',
    ],
    [
      'a segment named in apposition to the word for its kind of business',
      'Its cloud computing segment, Intelligent Cloud, generated $26.7 billion in revenue in the third quarter.',
      '$26.7 billion',
      'revenue.intelligent-cloud.microsoft.total',
    ],
    [
      'the company’s cloud business as a whole',
      'Microsoft Cloud revenue was $35.1 billion in the third quarter.',
      '$35.1 billion',
      'revenue.cloud.microsoft.total',
    ],
    [
      'a segment that "generated" revenue',
      'In the third quarter, the gaming segment generated $5.5 billion in revenue.',
      '$5.5 billion',
      'revenue.gaming.microsoft.total',
    ],
    [
      'a segment word ending in -ing, opening the sentence',
      'Gaming revenue grew to $5.5 billion in the third quarter.',
      '$5.5 billion',
      'revenue.gaming.microsoft.total',
    ],
    [
      'lower case before the measure',
      'Microsoft said data center revenue rose to $9.1 billion in the third quarter.',
      '$9.1 billion',
      'revenue.data-center.microsoft.total',
    ],
  ];
  it.each(ROWS)('%s', (_what, text, figure, metric) => {
    expect(starting(text, figure, META).metric).toBe(metric);
  });

  it('where a sentence names several segments, each figure takes the one its own clause names', () => {
    const text = 'In the third quarter, the gaming segment generated $5.5 billion in revenue; cloud revenue rose to $26.7 billion.';
    expect(starting(text, '$5.5 billion', META).metric).toBe('revenue.gaming.microsoft.total');
    expect(starting(text, '$26.7 billion', META).metric).toBe('revenue.cloud.microsoft.total');
  });

  it('a segment’s name is no party of its own', () => {
    const c = starting('Record quarterly Data Center revenue of $9.1 billion.', '$9.1 billion', META);
    expect(c.proposition?.subject).toEqual(['microsoft']);
  });
});

describe('"fourth-quarter revenue … for fiscal year 2024" is the quarter, not the year', () => {
  it('a fiscal year', () => {
    const c = starting('Nvidia reported fourth-quarter revenue of $9.9 billion for fiscal year 2024.', '$9.9 billion', { publishedAt: '2024-03-01' });
    expect([c.period?.start, c.period?.end]).toEqual(['2023-10-30', '2024-01-28']);
  });
  it('a calendar year', () => {
    const c = starting('Acme Holdings said its first-quarter revenue was $3 billion in 2023.', '$3 billion', { publishedAt: '2024-03-01' });
    expect([c.period?.start, c.period?.end]).toEqual(['2023-01-01', '2023-03-31']);
  });
  it('a quarter named apart from the figure’s measure does not narrow its year', () => {
    const c = starting(
      'A production halt in the third quarter for upgrades led to record production of 1.2 million units for Acme Holdings in 2023.',
      '1.2 million',
      { publishedAt: '2024-03-01' },
    );
    expect([c.period?.start, c.period?.end]).toEqual(['2023-01-01', '2023-12-31']);
  });
});

describe('what a company’s quarterly change is measured against', () => {
  const META_NV: Meta = { publishedAt: '2024-02-22', title: 'Nvidia results for the fourth quarter and fiscal 2024' };
  // [what, text, figure, basis]
  const ROWS: Array<[string, string, string, RegExp]> = [
    ['"from Q3" in the fourth fiscal quarter is the quarter before', 'Nvidia posted quarterly revenue of $9.9 billion, up 12% from Q3.', '12%', /^qoq$/],
    ['"from year ago", without its article, is a year before', 'Nvidia posted quarterly revenue of $9.9 billion, up 65% from year ago.', '65%', /^yoy$/],
    ['"from Q2" in the fourth quarter is neither', 'Nvidia posted quarterly revenue of $9.9 billion, up 30% from Q2.', '30%', /^vs-\d{4}-q2$/],
  ];
  it.each(ROWS)('%s', (_what, text, figure, basis) => {
    expect(starting(text, figure, META_NV).proposition?.basis).toMatch(basis);
  });
});

describe('a change "from the previous quarter" has the period its sentence states', () => {
  it('a quarter ended on a day that is no calendar quarter’s end', () => {
    const text = 'Acme Holdings reported revenue for the quarter ended January 28, 2024, of $9.9 billion, up 12% from the previous quarter.';
    const meta: Meta = { publishedAt: '2024-02-22' };
    const level = starting(text, '$9.9 billion', meta);
    const change = starting(text, '12%', meta);
    expect([change.period?.start, change.period?.end]).toEqual([level.period?.start, level.period?.end]);
    expect(change.proposition?.basis).toBe('qoq');
    expect(change.proposition?.modality).toBe('actual');
  });

  it('a calendar quarter named in the sentence, the same', () => {
    const c = starting('In the third quarter of 2023, Acme Holdings’ revenue rose 4% from the previous quarter.', '4%', { publishedAt: '2023-11-01' });
    expect([c.period?.start, c.period?.end]).toEqual(['2023-07-01', '2023-09-30']);
  });
});

describe('a sentence adverb’s comma opens no aside', () => {
  const ROWS: Array<[string, string]> = [
    [
      '"Specifically,"',
      'Specifically, the gaming segment generated $5.5 billion in revenue, a 12% increase year-over-year; cloud revenue rose to $26.7 billion.',
    ],
    ['"Meanwhile,"', 'Meanwhile, the gaming segment generated $5.5 billion in revenue, a 12% increase year-over-year; cloud revenue rose to $26.7 billion.'],
  ];
  it.each(ROWS)('%s: the change is of the revenue named before it, not of the next clause’s', (_what, text) => {
    expect(starting(text, '12%', META).metric).toBe('revenue.gaming.microsoft.growth.yoy');
  });

  it('a real aside still describes the noun before it', () => {
    const c = starting('Exports, a crucial part of revenue, dropped 18.7% in the third quarter.', '18.7%', META);
    expect(c.proposition?.measure).toBe('exports');
  });
});

describe('turnover, the word alone, is the revenue of a company or a body and the trade of places', () => {
  it('"Microsoft said its turnover rose 5% to $61.9 billion": the company’s revenue', () => {
    const text = 'Microsoft said its turnover rose 5% to $61.9 billion in the third quarter.';
    expect(starting(text, '$61.9 billion', META).proposition?.measure).toBe('revenue');
    expect(starting(text, '5%', META).proposition?.measure).toBe('revenue');
  });

  it('"The All England Club reported turnover of £380.2 million": a body the gazetteer does not know has revenue too', () => {
    const c = starting('The All England Club reported turnover of £380.2 million last year.', '£380.2 million', META);
    expect(c.proposition?.measure).toBe('revenue');
  });

  it('"turnover between Russia and China", "Russia’s turnover with China" stay trade', () => {
    expect(starting('Turnover between Russia and China reached $240 billion in 2023.', '$240 billion', META).proposition?.measure).toBe('trade');
    expect(starting('Russia’s turnover with China rose 3% in 2023.', '3%', META).proposition?.measure).toBe('trade');
    expect(starting('Russia’s turnover rose 3% in 2023.', '3%', META).proposition?.measure).toBe('trade');
  });
});

describe('sales in money are a company’s revenue, however the source words it', () => {
  it('"Microsoft’s sales reached $61.9 billion" meets "Microsoft’s revenue reached $61.9 billion"', () => {
    const sales = starting('Microsoft’s sales reached $61.9 billion in the third quarter.', '$61.9 billion', META);
    const revenue = starting('Microsoft’s revenue reached $61.9 billion in the third quarter.', '$61.9 billion', META);
    expect(sales.proposition?.measure).toBe('revenue');
    expect(sales.metric).toBe(revenue.metric);
  });

  it('a segment’s sales are that segment’s revenue, never the whole company’s', () => {
    const c = starting('Microsoft’s cloud business posted sales of $25.9 billion in the third quarter.', '$25.9 billion', META);
    const whole = starting('Microsoft’s revenue reached $61.9 billion in the third quarter.', '$61.9 billion', META);
    expect(c.proposition?.measure).toBe('revenue');
    expect(c.metric).not.toBe(whole.metric);
  });

  it('units sold, a change in sales, and sales of a country stay sales', () => {
    expect(starting('Microsoft’s sales reached 1.8 million consoles in the third quarter.', '1.8 million', META).proposition?.measure).toBe('sales');
    expect(starting('Microsoft’s sales rose 12% in the third quarter.', '12%', META).proposition?.measure).toBe('sales');
    expect(starting('Russia’s arms sales reached $14 billion in the third quarter.', '$14 billion', META).proposition?.measure).not.toBe('revenue');
  });
});

describe('turnover and sales that are no firm’s takings are no revenue', () => {
  it.each([
    ['staff turnover', 'Staff turnover at Microsoft warehouses rose 10% in 2024.', '10%'],
    ['employee turnover', 'Employee turnover at Microsoft fell to 30% in 2024.', '30%'],
    ['the turnover of an exchange', 'The Bombay Stock Exchange said turnover fell 12% to $8.5 billion in 2024.', '$8.5 billion'],
    ['sales and marketing costs', 'Microsoft’s sales and marketing expenses fell 12% to $3.7 billion in the third quarter.', '$3.7 billion'],
    ['sales of a holding', 'The government raised $2 billion from sales of its Microsoft shares in the third quarter.', '$2 billion'],
    ['asset sales', 'Microsoft raised $4.5 billion from asset sales in the third quarter.', '$4.5 billion'],
    ['home sales at a median price', 'Home sales in the county rose 5% to a median of $400,000 in the third quarter.', '$400,000'],
  ])('%s', (_what, text, figure) => {
    expect(starting(text, figure, META).proposition?.measure ?? null).not.toBe('revenue');
  });

  it('a change of sales is revenue only when it reaches a sum: "rose 5% to 2.1 million units, generating $30 billion" stays sales', () => {
    expect(starting('Microsoft’s sales rose 5% to 2.1 million units, generating $30 billion.', '5%', META).proposition?.measure).toBe('sales');
    expect(starting('Microsoft’s sales rose 13% to 71.9 trillion won in the third quarter.', '13%', META).proposition?.measure).toBe('revenue');
    expect(starting('Microsoft’s sales rose 25% to 28.8 billion Danish crowns in the third quarter.', '25%', META).proposition?.measure).toBe('revenue');
  });
});
