import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a line that narrows the text’s time to part of it leaves that part to the line after it', () => {
  const meta = { publishedAt: '2024-01-17', title: 'The top smartphone makers of 2023' };

  it('the quarter a one-sentence line names dates the next line’s figures', () => {
    const text =
      'Apple shipped 234.6 million phones in 2023.\nMoreover, in the fourth quarter of 2023, Apple shipped 80.5 million units.\nTranssion came in fourth place with 28.2 million shipments.';
    expect(claimQuoted(text, '28.2 million', meta).period).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('not after a paragraph of several sentences, which a new paragraph leaves behind', () => {
    const text =
      'Apple shipped 234.6 million phones in 2023.\nIn the fourth quarter of 2023, Apple shipped 80.5 million units. It kept its lead.\nTranssion came in fourth place with 28.2 million shipments.';
    expect(claimQuoted(text, '28.2 million', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('not a day the line names', () => {
    const text =
      'Apple shipped 234.6 million phones in 2023.\nOn December 12, 2023, Apple said it shipped 80.5 million units.\nTranssion came in fourth place with 28.2 million shipments.';
    expect(claimQuoted(text, '28.2 million', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
});
