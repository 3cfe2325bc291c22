import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const quotes = (text: string) => extract(text, { publishedAt: '2024-03-12', title: 'Ratings' }).claims.map((c) => c.quote.exact);

// Ages name a group of people ("adults 18-49", "viewers aged 25 to 54", "16-year-olds"); they count nothing themselves.
describe('age brackets are no figures', () => {
  it('the bounds of an age bracket are not claimed, the figures beside them are', () => {
    const found = quotes('The numbers dropped by 5% among adults 18-49, while 3.3 million viewers aged 25 to 54 tuned in.');
    expect(found).toContain('5%');
    expect(found.some((q) => q.startsWith('3.3 million'))).toBe(true);
    expect(found.filter((q) => /^(?:18|49|25|54)\b/.test(q))).toEqual([]);
  });

  it('a bracket named as a demographic, and ages written as year-olds, are no figures either', () => {
    expect(quotes('Ratings in the 18-49 demographic fell 2% in 2024.')).toEqual(['2%']);
    const youth = quotes('Unemployment among 16-24 year-olds rose to 14.8% in 2024, and a 25-year-old was arrested.');
    expect(youth).toEqual(['14.8%']);
  });

  it('a range of a unit, a percentage or "times" after such words is a figure, not an age', () => {
    expect(quotes('The firm paid women 25 to 30 per cent less in 2024.').some((q) => q.startsWith('25 to 30'))).toBe(true);
    expect(quotes('People 10 to 20 times more likely to fall ill were tested in 2024.').some((q) => q.startsWith('10 to 20'))).toBe(true);
    expect(quotes('Residents 10-20 km from the volcano were evacuated in 2024.').some((q) => q.startsWith('10-20 km'))).toBe(true);
  });

  it('a range of people that is no age bracket stays a figure', () => {
    expect(quotes('The firm hired 18-20 staff in 2024.').some((q) => q.startsWith('18-20'))).toBe(true);
    expect(quotes('About 40 to 50 people died in the floods in 2024.').some((q) => /^About 40/.test(q))).toBe(true);
  });
});

// A figure whose clause names an age bracket is of that group of people, and never meets a figure of everyone.
describe('a figure of an age group', () => {
  const facetsOf = (text: string, quote: string) =>
    extract(text, { publishedAt: '2025-03-12', title: 'Ratings' }).claims.find((c) => c.quote.exact.startsWith(quote))?.proposition?.facets;
  it.each([
    ['a bracket after the figure', 'The US viewership of the show dropped by 5% among adults 18-49 in 2024.', '5%', 'ages-18-49'],
    ['a bracket before it', 'Unemployment among 16-24 year-olds in Britain rose to 14.8% in 2024.', '14.8%', 'ages-16-24'],
    ['a bracket opening the clause', 'In the adults 25-54 demo, the US telecast earned a 2.1 rating in 2024.', '2.1 rating', 'ages-25-54'],
  ])('%s', (_name, text, quote, ages) => {
    expect(facetsOf(text, quote)).toContain(ages);
  });

  it('a figure after the bracket and another figure, or said of everyone, is not the group’s', () => {
    expect(facetsOf('The show drew 3.1 million viewers aged 18-49 and 7.9 million viewers overall in 2024.', '7.9 million')).toEqual([]);
    expect(facetsOf('Spending by US adults 18-29 rose 4%, and total consumer spending increased 2.2% in 2024.', '2.2%')).toEqual([]);
  });

  it('ages in months are no age group of people', () => {
    expect(facetsOf('In Britain, childcare for children aged 24-36 months cost £7,900 a year in 2024.', '£7,900')).not.toContain('ages-24-36');
  });

  it('a figure of another item before the bracket is not the group’s', () => {
    const text = 'The US special drew 6.9 million total viewers and a 1.42 rating in the 18-49 demo in 2024.';
    expect(facetsOf(text, '6.9 million')).not.toContain('ages-18-49');
    expect(facetsOf(text, '1.42 rating')).toContain('ages-18-49');
  });
});

// "N people watched" is an audience only where they watched something: not "as" something happened, nor "less" of it.
describe('people who watched but are no audience', () => {
  it.each([
    ['About 300 people watched as the warehouse in Leeds burned in March 2024.', 'About 300 people'],
    ['In Britain, 40% of people watched less live television in 2024.', '40%'],
  ])('%s', (text, quote) => {
    const c = extract(text, { publishedAt: '2024-10-01' }).claims.find((x) => x.quote.exact.startsWith(quote));
    expect(c, `no claim for ${quote}`).toBeDefined();
    expect(c?.proposition?.measure ?? null).not.toBe('viewers');
  });

  it('… while "19.5 million people watched the Oscars" is one', () => {
    const c = extract('An estimated 19.5 million people watched the Oscars in the US in 2024.', { publishedAt: '2024-10-01' }).claims[0];
    expect(c?.proposition?.measure).toBe('viewers');
  });
});

describe('a number after "aged" is an age', () => {
  it.each([
    ['Women aged 35 and above now account for over 36% of all births in Freedonia in 2023.', 'over 36%'],
    ['People aged over 65 made up 29.1% of the population in 2023.', '29.1%'],
  ])('%s', (text, figure) => {
    const found = quotes(text);
    expect(found).toContain(figure);
    expect(found.some((q) => /^(?:35|65)$/.test(q))).toBe(false);
  });
});
