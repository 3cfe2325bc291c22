import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-08-04', title: 'Traffic report' };

const figure = (text: string, quote: string) => claimQuoted(text, quote, META, { exact: true });

describe('a bare "18.7m" in a text that writes millions as a glued "m"', () => {
  const ROWS: Array<[name: string, text: string, quote: string, value: number, unit: string]> = [
    [
      'ends its phrase before "and": millions, as the text counts them',
      'Skylark flew 21.4m passengers in July. Traffic a year earlier totalled 19.9m and the load factor was 94%.',
      '19.9m',
      19_900_000,
      'count',
    ],
    ['ends its sentence: millions', 'The port handled 3.2m containers last year. In 2023 volumes reached 2.8m.', '2.8m', 2_800_000, 'count'],
    ['before a comma: millions', 'Some 4.5m visitors came in 2024. The year before it was 4.1m, a record then.', '4.1m', 4_100_000, 'count'],
    [
      'followed by a noun of its own: a length, as before',
      'Some 4.5m visitors came in 2024. The new sea wall is a 2.5m barrier against storms.',
      '2.5m',
      2.5,
      'm',
    ],
  ];
  it.each(ROWS)('%s', (_name, text, quote, value, unit) => {
    const c = figure(text, quote);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
  });
});

describe('a bare "2.5m" in a text that never writes millions that way', () => {
  it.each([
    ['The flood barrier rose 2.5m and held back the tide.', '2.5m'],
    ['Waves reached 6.1m, the highest this winter.', '6.1m'],
  ])('%s is a length', (text, quote) => {
    const c = figure(text, quote);
    expect(c.value).toBe(quote === '2.5m' ? 2.5 : 6.1);
    expect(c.unit).toBe('m');
  });
});
