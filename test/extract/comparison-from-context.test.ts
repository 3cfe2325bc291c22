import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const META = { publishedAt: '2025-02-17' };
const quoted = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, META, { exact: true });
const basisOf = (text: string, quote: string): string | null | undefined => quoted(text, quote).proposition?.basis;

describe('the words that name what a change is measured against', () => {
  it.each([
    ['Sylvanian retail sales volumes rose by 1.4% in the three months to December 2024 compared with the previous three months.', '1.4%', 'qoq'],
    ['Sylvanian factory output dropped 2.2% on a quarterly basis in the third quarter of 2024.', '2.2%', 'qoq'],
    ['Sylvanian consumer prices slipped 0.3% on a monthly basis in November 2024.', '0.3%', 'mom'],
    ['Sylvanian clothing store sales volumes rose by 0.9% over the month in November 2024.', '0.9%', 'mom'],
    ['Sylvanian online spending rose by 0.2% over the month to November 2024, and by 2.6% over the year.', '2.6%', 'yoy'],
    ['Sylvanian GDP per capita fell 0.4% in the fourth quarter of 2024 and 1.3% through the year.', '1.3%', 'yoy'],
    ['The Sylvanian economy shrank by 0.3% in the fourth quarter of 2024 compared with the previous period.', '0.3%', 'qoq'],
    ['Sylvanian retail sales fell 1.2% in December 2024 from the preceding period.', '1.2%', 'mom'],
    ['October 2024 saw a 2.2% month-over-month decrease in Sylvanian energy prices.', '2.2%', 'mom'],
    ['Sylvanian factory output posted a 1.5% quarter-over-quarter rise in the third quarter of 2024.', '1.5%', 'qoq'],
  ])('%s', (text, figure, basis) => {
    expect(basisOf(text, figure)).toBe(basis);
  });

  it.each([
    ['October 2024 saw a 2.2% month-over-month decrease in Sylvanian energy prices.', '2.2%', -2.2],
    ['Sylvanian exports posted a 3% year-on-year drop in October 2024.', '3%', -3],
    ['Sylvanian exports posted a 3% annual rise in October 2024.', '3%', 3],
  ])('the noun of change after the comparison gives the direction: %s', (text, figure, value) => {
    expect(quoted(text, figure).value).toBe(value);
  });

  it('"in the previous three months" dates a figure, it is not what the change is measured against', () => {
    const text = 'Sylvanian retail sales volumes rose by 1.4% in the fourth quarter of 2024 after 0.6% in the previous three months.';
    expect(basisOf(text, '1.4%')).toBe('comparison-unstated');
  });
});

describe('a change that leaves its comparison unsaid takes the one its context states', () => {
  it('a comparison that opens the sentence frames every change in it, a forecast one too', () => {
    const text =
      'On an annual basis, the economy of Sylvania shrank 1.6% in the fourth quarter of 2024, more than the contraction of 1.1% forecast by economists.';
    expect(basisOf(text, '1.6%')).toBe('annualized');
    expect(basisOf(text, '1.1%')).toMatch(/^annualized/);
  });

  it('a change after one that states its comparison in the same sentence is measured the same way', () => {
    const text =
      'Sylvanian retail sales rose 2.4% year on year in October 2024.\n\nSylvanian energy prices fell 2.1% month-on-month in October 2024, while food prices in Sylvania rose 0.4%.';
    expect(basisOf(text, '0.4%')).toBe('mom');
  });

  it('but not the change before it', () => {
    const text = 'Sylvanian household spending rose 0.4% in the fourth quarter of 2024, and business investment in Sylvania rose 1.3% quarter on quarter.';
    expect(basisOf(text, '0.4%')).toBe('comparison-unstated');
  });

  it('changes listed after a sentence that states one comparison take it, though the article states two', () => {
    const text =
      'The economy of Sylvania grew at an annualised 2.4% in the third quarter of 2024.\n\nHousehold spending in Sylvania rose 0.6% quarter on quarter in the third quarter of 2024. Business investment in Sylvania fell 1.1% in the third quarter of 2024.';
    const c = quoted(text, '1.1%');
    expect(c.proposition?.basis).toBe('qoq');
    expect(c.comparable).toBe(true);
  });

  it('a comparison stated elsewhere in a release does not say what a price change read as its annual rate is measured against', () => {
    const text =
      'Month-on-month, consumer prices in Sylvania fell 0.6% in November 2024.\n\nEnergy prices in Sylvania declined 11.5% in November 2024.\n\nHousehold spending in Sylvania rose 0.4% in November 2024.';
    expect(basisOf(text, '11.5%')).toBe('comparison-unstated');
    expect(basisOf(text, '0.4%')).toBe('mom');
  });

  it('a paragraph that states two comparisons leaves an unsaid one unsaid', () => {
    const text =
      'Household spending in Sylvania rose 0.6% quarter on quarter in the third quarter of 2024. It was 1.9% higher than a year earlier. Business investment in Sylvania fell 1.1% in the third quarter of 2024.';
    expect(basisOf(text, '1.1%')).toBe('comparison-unstated');
  });

  it('a headline figure restating the body’s takes the comparison the body states for it', () => {
    const text =
      "Sylvania's economy shrinks 1.2% in fourth quarter\nSylvania's economy contracted at an annualised 1.2% in the fourth quarter of 2024, figures showed on Monday.";
    const { claims } = extract(text, META);
    const headline = claims.find((c) => c.passageOrdinal === 0 && c.quote.exact === '1.2%');
    expect(headline?.proposition?.basis).toBe('annualized');
    expect(headline?.metric).toMatch(/\.annualized$/);
  });
});

describe('a change that slumped or plummeted is a fall', () => {
  it.each([
    ['Capital spending in Sylvania slumped 0.8% quarter on quarter in the third quarter of 2024.', '0.8%'],
    ['Sylvanian exports plummeted 7.5% year on year in October 2024.', '7.5%'],
  ])('%s', (text, figure) => {
    expect(quoted(text, figure).value).toBeLessThan(0);
  });
});

describe('a change set "on" a time, as British usage writes it, reads as one set "from" it', () => {
  const periodOf = (text: string, quote: string, publishedAt: string) => claimQuoted(text, quote, { publishedAt }, { exact: true }).period;

  it.each(['on', 'from'])('"rose 5 per cent %s 2023" is a change of 2024, the year after its base', (word) => {
    expect(periodOf(`Sylvanian car sales in 2024 rose 5% ${word} 2023.`, '5%', '2025-01-20')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it.each(['on', 'from'])('"a 66 per cent increase %s 2021" said of 2024 spans the years from its base', (word) => {
    expect(periodOf(`Sylvanian trade reached $245 billion in 2024, a 66% increase ${word} 2021.`, '66%', '2025-06-12')).toMatchObject({
      start: '2021-01-01',
      end: '2024-12-31',
    });
  });

  it('"rose 5% on Tuesday" is when it rose', () => {
    expect(periodOf('Sylvanian shares rose 5% on Tuesday.', '5%', '2024-02-01')).toMatchObject({ start: '2024-01-30', end: '2024-01-30' });
  });
});
