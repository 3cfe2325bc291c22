import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

// Walmart keeps a fiscal year that ends in January: its "fourth quarter" reported in February 2024 runs from
// November 2023 to January 2024, and the year before's from November 2022 to January 2023.
const meta = { publishedAt: '2024-02-20', title: 'Walmart posts quarterly results' };

describe('a level a change moved from, in a year-on-year change', () => {
  it('is of the same quarter a year earlier, not of the quarter before', () => {
    const text = 'Walmart’s net sales were up 5.7% year-over-year to $173 billion in its fourth quarter, from $164 billion.';
    const now = claimQuoted(text, '$173 billion', meta);
    const before = claimQuoted(text, '$164 billion', meta);
    expect(now.period).toMatchObject({ start: '2023-11-01', end: '2024-01-31' });
    expect(before.period).toMatchObject({ start: '2022-11-01', end: '2023-01-31' });
    expect(before.metric).toBe(now.metric);
  });

  it('for a company on the calendar too ("rose 10% year on year to … from …")', () => {
    const text = 'Revenue at Ford rose 10% year on year to $50 billion in the second quarter, from $45 billion.';
    expect(claimQuoted(text, '$50 billion', meta).period).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
    expect(claimQuoted(text, '$45 billion', meta).period).toMatchObject({ start: '2022-04-01', end: '2022-06-30' });
  });

  it('while with no year-on-year word, "from" is still the period before', () => {
    const text = 'Ford said revenue rose to $50 billion in the second quarter, from $45 billion.';
    expect(claimQuoted(text, '$45 billion', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });
});

describe('a change in per cent of a firm’s sales that reach a sum', () => {
  it('is of its revenue, as the sum is, and of the same fiscal quarter', () => {
    const text = 'Walmart’s net sales were up 5.7% year-over-year to $173 billion in its fourth quarter, from $164 billion.';
    const change = claimQuoted(text, '5.7%', meta);
    const level = claimQuoted(text, '$173 billion', meta);
    expect(change.proposition?.measure).toBe('revenue');
    expect(change.proposition?.measure).toBe(level.proposition?.measure);
    expect(change.period).toMatchObject({ start: level.period!.start, end: level.period!.end });
  });

  it('"over the same quarter last year" dates the change by the firm’s own quarter', () => {
    const text = 'Walmart reported fourth-quarter results. Walmart revenue grew 5.7% over the same quarter last year to $173.4 billion.';
    expect(claimQuoted(text, '5.7%', meta).period).toMatchObject({ start: '2023-11-01', end: '2024-01-31' });
  });
});

describe('"the company" after a sentence whose subject buys another', () => {
  const lead =
    'Walmart Inc. had a big day on Tuesday when it reported strong fourth-quarter revenue growth and its planned $2.3 billion acquisition of TV manufacturer Vizio, both of which sent its stock price soaring.';

  it('is the buyer the sentence was about, not the company bought', () => {
    // (Vizio is known as a company's name from the joint release the text cites.)
    const { claims } = extract(
      `${lead}\nThe Bentonville-based retailer's revenue grew 5.7% over the same quarter last year to $173.4 billion.\nWalmart and Vizio Holding Corp. said in a joint news release Tuesday that Vizio's SmartCast operating system will help Walmart's media business.`,
      meta,
    );
    const revenue = claims.find((c) => c.quote.exact === '$173.4 billion');
    expect(revenue?.proposition?.subject).toEqual(['walmart']);
  });

  it('the price of the deal is its value, not the buyer’s revenue', () => {
    const deal = claimQuoted(lead, '$2.3 billion', meta);
    expect(deal.proposition?.measure).toBe('deal-value');
    expect(deal.proposition?.subject).toEqual(['walmart']);
  });

  it('what a deal is of is its counterpart', () => {
    const deal = claimQuoted('Microsoft announced a $69 billion acquisition of Nvidia on Tuesday.', '$69 billion', meta);
    expect(deal.proposition).toMatchObject({ measure: 'deal-value', subject: ['microsoft'], counterpart: 'nvidia' });
  });
});

describe('a dividend a company sets now, with no time named', () => {
  it('is of the fiscal year under way when the text was written, whatever quarter the text reports on', () => {
    const text = 'Walmart reported fourth-quarter results on Tuesday. The retailer raised its annual dividend by 9%.';
    const c = claimQuoted(text, '9%', meta);
    expect(c.proposition?.measure).toBe('dividend-per-share');
    // (Walmart's fiscal 2025 runs from February 2024 to January 2025.)
    expect(c.period).toMatchObject({ start: '2024-02-01', end: '2025-01-31' });
    expect(c.comparable).toBe(true);
  });

  it('of the calendar year for a company that keeps none', () => {
    const c = claimQuoted('Ford raised its annual dividend by 5%.', '5%', meta);
    // (Dated by what was announced, not by the publication year as a last resort, which never joins a group.)
    expect(c.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', resolution: 'relative' });
  });

  it('but a sum per share not said to be annual may be one payment, and keeps its reading', () => {
    const c = claimQuoted('Apple’s board of directors has declared a cash dividend of $0.25 per share.', '$0.25', {
      publishedAt: '2024-10-31',
      title: 'Apple results',
    });
    expect(c.period?.label).not.toMatch(/fiscal year/);
  });
});

describe('"adjusted" before a measure of a company’s accounts', () => {
  it('is the non-GAAP figure, kept apart from the GAAP one', () => {
    const adjusted = claimQuoted('Walmart said fourth quarter adjusted earnings per share were $1.80.', '$1.80', meta);
    const gaap = claimQuoted('Walmart said fourth quarter earnings per share were $2.03 under GAAP.', '$2.03', meta);
    expect(adjusted.proposition?.facets).toContain('non-gaap');
    expect(adjusted.metric).not.toBe(gaap.metric);
  });

  it('and meets "non-GAAP" said of the same figure', () => {
    const a = claimQuoted('Nvidia reported adjusted EPS of $5.16 for the fourth quarter.', '$5.16', meta);
    const b = claimQuoted('Nvidia reported non-GAAP EPS of $5.16 for the fourth quarter.', '$5.16', meta);
    expect(a.metric).toBe(b.metric);
  });
});
