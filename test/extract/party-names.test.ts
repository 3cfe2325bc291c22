import { describe, expect, it } from 'vitest';
import type { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const subjectOf = (text: string, figure: string, meta: Parameters<typeof extract>[1]) => claimQuoted(text, figure, meta).proposition?.subject;

describe('words that look like names but name no party', () => {
  it('the letters of a dollar sign ("NT$", met twice) name a currency, not a company', () => {
    const text =
      'Taiwan Semiconductor Manufacturing Co Ltd. or TSMC reported that its second-quarter net income decreased 7.6 percent to NT$66.77 billion from NT$72.29 billion last year.\nIn US dollars, second-quarter revenue was $7.75 billion, down 1.4 percent year-over-year.';
    const meta = { publishedAt: '2019-07-18', title: 'TSMC Q2 Profit Declines; Revenue Rises' };
    expect(subjectOf(text, 'NT$72.29 billion', meta)).toEqual(['tsmc']);
    expect(subjectOf(text, '$7.75 billion', meta)).toEqual(['tsmc']);
  });

  it('a range of months written with capitals ("the January-March 2024 quarter", met twice) is a time', () => {
    const text =
      "India's gross domestic product grew 7.8 per cent year-on-year during the January-March 2024 quarter, data showed.\nIt was at 6.2 per cent a year ago.\nGrowth in the January-March quarter beat forecasts.";
    const c = claimQuoted(text, '6.2 per cent', { publishedAt: '2024-05-31', title: 'India GDP grows 7.8%' });
    expect(c.proposition?.subject).toEqual(['india']);
  });

  it('"the world’s largest mobile phone and memory chip maker" is an epithet of the company, not the world', () => {
    const text =
      'Samsung Electronics reported results on Wednesday. The world’s largest mobile phone and memory chip maker’s operating profit reached 10.44 trillion won in the April-June period.';
    expect(subjectOf(text, '10.44 trillion won', { publishedAt: '2024-07-31', title: 'Samsung profit jumps' })).toEqual(['samsung']);
  });
});

describe('an epithet of another party', () => {
  it('reaches only over the words of one noun phrase: "Japan’s largest business lobby said its member companies …" keeps Japan', () => {
    const text = 'Japan’s largest business lobby said its member companies raised wages by 5.1% in 2024.';
    expect(claimQuoted(text, '5.1%', { publishedAt: '2024-07-05', title: 'Wages' }).proposition?.subject).toEqual(['japan']);
  });
});

describe('a place in the possessive before a named airport or company', () => {
  it('is where that one is: the airport is the party', () => {
    const text = 'Singapore’s Changi Airport handled 58.9 million passengers in 2023.';
    expect(subjectOf(text, '58.9 million', { publishedAt: '2024-01-26', title: 'Changi traffic recovers' })).toEqual(['changi-airport']);
  });

  it('while a place in the possessive before a measure is still the party', () => {
    const text = 'Singapore’s exports rose 5% in 2023.';
    expect(subjectOf(text, '5%', { publishedAt: '2024-01-26', title: 'Trade data' })).toEqual(['singapore']);
  });
});

describe('a headline clause that opens with its verb', () => {
  it('goes on about the party of the clause before ("TSMC Q2 Results Rise; Sees … Higher Revenues")', () => {
    const text =
      'Taiwan Semiconductor Manufacturing Co. reported Thursday that its second-quarter net income was NT$134.36 billion.\n\nConsolidated revenue of NT$372.15 billion grew 19.8 percent from NT$310.70 billion a year ago.';
    const meta = { publishedAt: '2021-07-15', title: 'TSMC Q2 Results Rise; Sees Sequentially Higher Revenues In Q3 On Strong Demand' };
    expect(subjectOf(text, 'NT$372.15 billion', meta)).toEqual(['tsmc']);
  });
});
