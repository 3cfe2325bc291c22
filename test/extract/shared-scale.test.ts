import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { claimQuoted } from './claim-of.js';

const read = (s: string) => findQuantities(s).map((q) => ({ quote: s.slice(q.start, q.end), value: q.value, unit: q.unit }));

describe('bare numbers listed before one with a scale word share its scale and unit', () => {
  it.each([
    ['The three makers shipped 45.2, 31.7, and 20.4 million phones.', [45_200_000, 31_700_000, 20_400_000], 'count'],
    ['Budgets were 1.5, 2.25 and $3.1 billion.', [1_500_000_000, 2_250_000_000, 3_100_000_000], 'USD'],
    ['Output reached 7 and 9 thousand tonnes.', [7_000, 9_000], 't'],
  ])('%s', (sentence, values, unit) => {
    const got = read(sentence);
    expect(got.map((q) => q.value)).toEqual(values);
    for (const q of got) expect(q.unit).toBe(unit);
    // The quote of a listed number stays its own words.
    expect(got[0]!.quote).toBe(sentence.match(/\d[\d.]*/)![0]);
  });

  it.each([
    // A year, a number with its own unit, or one set off by more than a comma and "and", keeps its own value.
    ['Stores numbered 1,250, and 3 million customers came.', 1250],
    ['Prices rose 3%, and 5 million homes were sold.', 3],
    ['The index gained 4 points on Monday, with 2 million shares traded.', 4],
  ])('%s', (sentence, first) => {
    expect(read(sentence)[0]!.value).toBe(first);
  });
});

describe('"pounds" in a text that writes £ are money unless the sentence speaks of weight', () => {
  it('money where the sentence gives no cue', () => {
    const c = claimQuoted('The prize fund rose to £50 million. Losers in the first round will get 60,000 pounds.', '60,000 pounds', {
      publishedAt: '2024-06-13',
      title: 'Prize money rises',
    });
    expect(c.unit).toBe('GBP');
  });
  it('weight where it does', () => {
    const c = claimQuoted('Prices rose by £5. The baby weighed 9 pounds.', '9 pounds', { publishedAt: '2024-06-13', title: 'News' });
    expect(c.unit).toBe('lb');
  });
});
