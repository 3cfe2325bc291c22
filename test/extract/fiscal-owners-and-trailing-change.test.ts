import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a change said after a level is of what the level is of', () => {
  it('"… tonnes of copper in 2023, up about 3 percent" is copper production, as its level is', () => {
    const text = 'Chile produced 5.25 million tonnes of copper in 2023, up about 3 percent.';
    const meta = { publishedAt: '2024-03-05', title: 'Mining output' };
    const level = claimQuoted(text, '5.25 million tonnes', meta);
    const change = claimQuoted(text, 'about 3 percent', meta);
    expect(change.proposition).toMatchObject({ measure: 'production', subject: ['chile'], facets: ['copper'], statType: 'change' });
    expect(change.proposition?.facets).toEqual(level.proposition?.facets);
  });

  it('", an increase of 3 %" is read the same way', () => {
    const text = 'Chile produced 5.25 million tonnes of copper in 2023, an increase of 3% from a year earlier.';
    const change = claimQuoted(text, '3%', { publishedAt: '2024-03-05', title: 'Mining output' });
    expect(change.proposition?.facets).toContain('copper');
  });

  it('a change naming another thing after the level keeps its own', () => {
    const text = 'Chile produced 5.25 million tonnes of copper in 2023, up 3%, and lithium output rose 20%.';
    const lithium = claimQuoted(text, '20%', { publishedAt: '2024-03-05', title: 'Mining output' });
    expect(lithium.proposition?.facets).toEqual(['lithium']);
  });
});

describe('a part of a fiscal year is dated by its owner’s year, and left undated when that year is unknown', () => {
  it('"its fiscal second quarter", of a company whose fiscal year is not known, is not a calendar quarter', () => {
    const text = 'The retailer reported revenue of $22.1 billion for its fiscal second quarter.';
    const claim = claimQuoted(text, '$22.1 billion', { publishedAt: '2024-05-08', title: 'Quarterly results' });
    expect(claim.period).toMatchObject({ start: null, end: null, resolution: 'unresolved' });
    expect(claim.comparable).toBe(false);
  });

  it('Disney’s fiscal second quarter, reported in May 2024, ran from January to March 2024 (its year starts in October)', () => {
    const text = 'Disney reported revenue of $22.1 billion for its fiscal second quarter, up 1% from a year earlier.';
    const claim = claimQuoted(text, '$22.1 billion', { publishedAt: '2024-05-08', title: 'Disney beats estimates' });
    expect(claim.proposition?.subject).toEqual(['disney']);
    expect(claim.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('Sony’s fiscal first quarter, reported in August 2024, ran from April to June 2024', () => {
    const text = 'Sony said operating income for its fiscal first quarter rose 17% to 379.1 billion yen.';
    const claim = claimQuoted(text, '379.1 billion yen', { publishedAt: '2024-08-07', title: 'Sony results' });
    expect(claim.period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('a company that keeps the calendar’s year reports its "fiscal first quarter" in the calendar', () => {
    const text = 'Tesla reported revenue of $21.3 billion for its fiscal first quarter.';
    const claim = claimQuoted(text, '$21.3 billion', { publishedAt: '2024-05-08', title: 'Tesla results' });
    expect(claim.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('"Google" is Alphabet', () => {
    const text = 'Google’s revenue rose 14% to $86.3 billion in the fourth quarter.';
    const claim = claimQuoted(text, '$86.3 billion', { publishedAt: '2024-02-01', title: 'Alphabet results' });
    expect(claim.proposition).toMatchObject({ measure: 'revenue', subject: ['alphabet'] });
  });
});

describe('quarters numbered in the fiscal year by a statistics office', () => {
  it('India’s GDP in "the first quarter", reported in February 2024, is April to June 2023', () => {
    const text = 'India’s economy grew 8.4 per cent in the October-December quarter. Growth for the first quarter has been revised upward to 8.2%.';
    const claim = claimQuoted(text, '8.2%', { publishedAt: '2024-02-29', title: 'India GDP grows 8.4%' });
    expect(claim.period).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
  });

  it('a quarter named with its calendar year stays the calendar’s', () => {
    const claim = claimQuoted('India’s GDP grew 7.8% in the first quarter of 2023.', '7.8%', { publishedAt: '2024-02-29', title: 'India GDP' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });
});

describe('a fiscal year named by the year it starts in, where its owner names it so', () => {
  const META = { publishedAt: '2024-05-14', title: null };
  it.each([
    ["Japan's fiscal deficit reached ¥40 trillion in fiscal 2023.", '¥40 trillion', '2023-04-01', '2024-03-31'],
    ['Sony expects operating profit of 1.2 trillion yen in fiscal 2024.', '1.2 trillion yen', '2024-04-01', '2025-03-31'],
    ['SoftBank expects revenue of 7 trillion yen in fiscal 2024.', '7 trillion yen', '2024-04-01', '2025-03-31'],
    // (Named by the year it ends in, as the United States and India name theirs, and as Toyota does.)
    ['Toyota expects operating profit of 4.3 trillion yen in fiscal 2024.', '4.3 trillion yen', '2023-04-01', '2024-03-31'],
    ["India's fiscal deficit reached ₹17 trillion in fiscal year 2024.", '₹17 trillion', '2023-04-01', '2024-03-31'],
    // (A split year names both ends.)
    ["Sony's revenue reached 13 trillion yen in fiscal 2023-24.", '13 trillion yen', '2023-04-01', '2024-03-31'],
  ])('%s', (text, figure, start, end) => {
    expect(claimQuoted(text, figure, META).period).toMatchObject({ start, end });
  });
});

describe('the day a named fiscal quarter ended belongs to the quarter', () => {
  it.each([
    'For the fiscal 2024 fourth quarter ended September 28, 2024, Apple posted revenue of $94.9 billion.',
    'In its FY24 fourth quarter ended September 28, 2024, Apple posted revenue of $94.9 billion.',
  ])('%s', (text) => {
    const c = claimQuoted(text, '$94.9 billion', { publishedAt: '2024-10-31', title: null });
    // (Apple's fiscal year starts in October: its fourth quarter is July to September.)
    expect(c.period).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
  });
});

describe('"the 2024 fiscal year" is fiscal 2024, and when that year begins says nothing of the time', () => {
  const at = { publishedAt: '2023-12-22' };
  it.each([
    "Japan's Cabinet approved a record 7.95 trillion yen ($56 billion) draft defense budget for the 2024 fiscal year, which begins in April.",
    "Japan's Cabinet approved a 7.95 trillion yen defense budget for the 2024 fiscal year.",
    "Japan's Cabinet approved a 7.95 trillion yen defense budget for fiscal 2024.",
  ])('%s', (text) => {
    const c = claimQuoted(text, '7.95 trillion yen', at);
    // (Japan's fiscal year runs from April to March.)
    expect(c.period).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
  });

  it('"the 2023-2024 financial year" is not read as the 2024 one', () => {
    const text = 'Emirates posted a profit of 17.23 billion dirhams in its 2023-2024 financial year.';
    expect(claimQuoted(text, '17.23 billion dirhams', { publishedAt: '2024-05-13' }).period?.label).not.toBe('fiscal year 2024');
  });
});
