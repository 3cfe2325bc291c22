import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('"a 126 percent increase over 2022": the year a change is set over is its base, not the time the text moves on to', () => {
  const meta = { publishedAt: '2025-02-20', title: 'Acme posts record year' };

  it('the change is of the year the text is about, an outturn', () => {
    const text = 'Acme reported record sales in 2024. Revenue hit $60.9 billion, a 126 percent increase over 2022.';
    const claim = claimQuoted(text, '126 percent', meta);
    expect(claim.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(claim.proposition?.modality).toBe('actual');
  });

  it('the next sentence of the paragraph keeps that year ("up 86 percent from the previous year")', () => {
    const text =
      'Acme reported record sales in 2024. Revenue hit $60.9 billion, a 26 percent increase over 2023. Profit hit $11.95 billion, up 86 percent from the previous year.';
    expect(claimQuoted(text, '$11.95 billion', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(claimQuoted(text, '86 percent', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it.each([
    ['growth of 40% over 2023', '40%'],
    ['up 40% over 2023', '40%'],
    ['a 40% rise over 2023', '40%'],
  ])('"%s"', (phrase, figure) => {
    const text = `Acme delivered 1.8 million cars in 2024, ${phrase}. Revenue was $97 billion.`;
    expect(claimQuoted(text, figure, meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(claimQuoted(text, '$97 billion', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('"up 9 % from the third quarter", in a text about a year: the quarter after the one the change is measured from', () => {
  const meta = { publishedAt: '2025-02-20', title: 'Acme results' };

  it('is the next quarter, compared quarter on quarter', () => {
    const text = 'Acme reported its 2024 results on Tuesday. Revenue was $5 billion, up 9% from the third quarter.';
    const claim = claimQuoted(text, '9%', meta);
    expect(claim.period).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(claim.metric).toContain('qoq');
  });

  it('"a 27 percent increase from Q3" after a fiscal year is named: the quarter after Q3, not a span from it', () => {
    const text = 'Acme reported record sales for fiscal year 2024. Its cloud unit had revenue of $18.4 billion, a 27 percent increase from Q3.';
    const claim = claimQuoted(text, '27 percent', { publishedAt: '2025-02-20', title: 'Acme results' });
    expect(claim.period).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(claim.proposition?.modality).toBe('actual');
  });

  it('"since the third quarter" may be several quarters: it keeps its span from that quarter', () => {
    const text = 'Acme reported its 2024 results on Tuesday. Revenue was $5 billion, up 9% since the third quarter.';
    expect(claimQuoted(text, '9%', meta).period?.start).toBe('2024-07-01');
  });
});

describe('"a 265% surge from last year" after a quarter’s figure: the change on the same quarter a year earlier', () => {
  const meta = { publishedAt: '2024-11-20', title: 'Acme third-quarter results' };

  it('is of the quarter, compared on the year before', () => {
    const text = 'In the third quarter, Acme posted revenue of $22.1 billion, a 22% increase from the previous quarter and a 265% surge from last year.';
    const claim = claimQuoted(text, '265%', meta);
    expect(claim.period).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(claim.metric).toContain('yoy');
  });

  it('a base years before the quarter still spans from it ("up 40% from 2020")', () => {
    const text = 'In the third quarter, Acme posted revenue of $5 billion, up 40% from 2020.';
    expect(claimQuoted(text, '40%', meta).period?.start).toBe('2020-01-01');
  });
});
