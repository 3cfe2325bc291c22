import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';

const units = (sentence: string) => findQuantities(sentence).map((q) => [sentence.slice(q.start, q.end), q.unit, q.value]);

describe('findQuantities: a sum set against another with its currency left out', () => {
  it('"$1.45 trillion …, up from 1.17 trillion": the second sum is in dollars too', () => {
    expect(units('Chinese banks extended $1.45 trillion in new loans in January, up from 1.17 trillion in December.')).toEqual([
      ['$1.45 trillion', 'USD', 1.45e12],
      ['1.17 trillion', 'USD', 1.17e12],
    ]);
  });

  it('"1.45 trillion yuan …, up from 1.17 trillion" and "from $5 billion to 4.2 billion" carry the currency', () => {
    expect(units('Banks extended 1.45 trillion yuan in January, up from 1.17 trillion in December.').map((u) => u[1])).toEqual(['CNY', 'CNY']);
    expect(units('Revenue fell from $5 billion to 4.2 billion.').map((u) => u[1])).toEqual(['USD', 'USD']);
  });

  it('a number with a noun of its own, or with no scale word, keeps its own unit', () => {
    expect(units('Revenue rose to $5 billion, and it had 3 million customers.').map((u) => u[1])).toEqual(['USD', 'count']);
    expect(units('The fund paid $2 billion to 350 investors.').map((u) => u[1])).toEqual(['USD', 'count']);
  });

  it('a count that follows a new clause keeps its unit: "… as its subscriber base grew to 282.7 million"', () => {
    expect(units('Netflix reported revenue of $9.8 billion in the third quarter as its subscriber base grew to 282.7 million.').map((u) => u[1])).toEqual([
      'USD',
      'count',
    ]);
  });

  it('"from 4.5 billion a year earlier": the sum moved from, its quote the number alone', () => {
    expect(units('Revenue rose to $5 billion from 4.5 billion a year earlier.')).toEqual([
      ['$5 billion', 'USD', 5e9],
      ['4.5 billion', 'USD', 4.5e9],
    ]);
  });
});
