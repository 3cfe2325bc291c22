import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// A figure set against "last year", in a text that gives it no time of its own or around it, is of the year the text was
// written in: read against the publication date, and so compared, not dated by the publication-year fallback.
describe('a figure set against last year with no time of its own', () => {
  const claim = (text: string, quote: string, publishedAt: string, title: string) =>
    extract(text, { publishedAt, title }).claims.find((c) => c.quote.exact === quote);

  it('is of the year of publication, read against it', () => {
    const c = claim('The club says its prize fund is £5.3 million (€6.3 million) more than last year.', '£5.3 million', '2024-06-13', 'Prize money');
    expect(c?.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', resolution: 'relative' });
  });

  it("and so of that year's edition of an event the lexicon dates", () => {
    const c = claim('The total prize money on offer is £5.3 million more than last year.', '£5.3 million', '2024-06-13', 'Wimbledon prize money');
    expect(c?.period).toMatchObject({ start: '2024-07-01', end: '2024-07-14' });
    expect(c?.comparable).toBe(true);
  });

  it('but a time the sentence names is the figure’s', () => {
    const c = claim('Sales were 5.3 million units in 2023, 0.4 million more than last year.', '0.4 million', '2024-06-13', 'Car sales');
    expect(c?.period?.start).toBe('2023-01-01');
  });

  it('and "last year" as the time of the figure itself is no comparison', () => {
    const c = claim('The company sold 5.3 million units last year.', '5.3 million units', '2024-06-13', 'Car sales');
    expect(c?.period?.start).toBe('2023-01-01');
  });
});
