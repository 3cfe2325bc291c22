import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../src/extract/statement.js';

// A statement writes its figure rounded to twelve significant digits, never a minus sign on zero.
describe('statement figures', () => {
  it.each([
    [245, '245'],
    [-12, '-12'],
    [-0, '0'],
    [0, '0'],
    [12_345, '12,345'],
    [-0.5 + 0.5, '0'],
    [5.3 + 0.05, '5.35'],
    [0.1 + 0.2, '0.3'],
  ])('%d is written %s', (value, written) => {
    expect(makeStatement('exports', value, 'count', 'exact', null, null)).toContain(` ${written}`);
    expect(makeStatement('exports', value, 'count', 'exact', null, null)).not.toContain('-0');
  });
});
