import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { capitalisedRuns, NAME } from '../../src/extract/capitalised.js';

const runs = (found: Iterable<RegExpMatchArray>) => [...found].map((m) => [m.index, m[0]]);

describe('capitalisedRuns', () => {
  test.prop([
    fc.string({ unit: fc.constantFrom('A', 'b', 'É', 'é', ' ', '\n', '-', '.', '&', '1', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ǅ', "'"), maxLength: 40 }),
  ])('finds the runs the global pattern finds, in any text', (text) => {
    expect(runs(capitalisedRuns(text))).toEqual(runs(text.matchAll(NAME)));
  });

  test('finds names of several words and skips capitals inside words', () => {
    expect(runs(capitalisedRuns('Sales at Li Auto and BYD rose; McDonald’s fell; xA.'))).toEqual([
      [0, 'Sales'],
      [9, 'Li Auto'],
      [21, 'BYD'],
      [31, 'McDonald'],
    ]);
  });

  test('ends a run at a line break: a title-case headline and the line after it are two runs', () => {
    expect(runs(capitalisedRuns('Emissions Hit Record HIGH\nScientists said'))).toEqual([
      [0, 'Emissions Hit Record HIGH'],
      [26, 'Scientists'],
    ]);
  });
});
