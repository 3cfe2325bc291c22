import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-05-13' };

describe('a company named like a country is the company', () => {
  it('reads "Emirates" as the airline and "the UAE" as the country', () => {
    expect(claimQuoted('Emirates carried 52 million passengers in the year to March 2024.', '52 million passengers', META).proposition?.subject).toEqual([
      'emirates',
    ]);
    expect(claimQuoted("The UAE's GDP grew 3.6% in 2023.", '3.6%', META).proposition?.subject).toEqual(['united-arab-emirates']);
    expect(claimQuoted('Dubai-based Emirates posted a record profit of AED 17.2 billion in 2023-24.', 'AED 17.2 billion', META).metric).toBe(
      'profit.emirates.total',
    );
  });

  it('keeps the airline apart from the group that owns it, whose profit is another figure', () => {
    const airline = claimQuoted('Emirates posted a record profit of AED 17.2 billion in 2023-24.', 'AED 17.2 billion', META);
    const group = claimQuoted('The Emirates Group posted a record profit of AED 18.7 billion in 2023-24.', 'AED 18.7 billion', META);
    expect(group.proposition?.subject).toEqual(['emirates-group']);
    expect(group.metric).not.toBe(airline.metric);
  });

  it('dates the airline by its fiscal year, April to March', () => {
    // ("fiscal 2024" names one year: which months it covers is the owner's; "2023-24" would name them itself.)
    const c = claimQuoted('Emirates posted a record profit of AED 17.2 billion in fiscal 2024.', 'AED 17.2 billion', META);
    expect(c.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });
});

describe('companies the gazetteer knows by name', () => {
  it('knows Codelco, the Chilean state copper miner, under a headline in title case', () => {
    const claims = extract('Production for the last three months of the year was 358,000 metric tons.', {
      publishedAt: '2024-01-12',
      title: 'Codelco Caps Worst Quarter Century',
    }).claims;
    expect(claims.find((c) => c.quote.exact === '358,000 metric tons')?.proposition?.subject).toEqual(['codelco']);
  });
});
