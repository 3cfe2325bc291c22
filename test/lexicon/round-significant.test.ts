import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../src/lexicon/units.js';

describe('roundSignificant keeps 15 significant digits (or as many as asked)', () => {
  it.each([
    [136669999999.99998, 15, 136670000000],
    [5.3 + 0.05, 15, 5.35],
    [0.1 + 0.2, 15, 0.3],
    [245, 15, 245],
    [-12, 15, -12],
    [999999999999999, 15, 999999999999999],
    [1234567890123456, 15, 1234567890123460],
    [2 ** 60, 15, 1152921504606850000],
    [123456, 3, 123000],
    [1e21, 15, 1e21],
  ])('%d to %i digits is %d', (x, digits, rounded) => {
    expect(roundSignificant(x, digits)).toBe(rounded);
  });

  it('leaves zero, its sign, infinities and NaN as they are', () => {
    expect(Object.is(roundSignificant(-0), -0)).toBe(true);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundSignificant(Number.NaN)).toBeNaN();
  });
});
