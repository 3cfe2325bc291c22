import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const META = { publishedAt: '2025-03-14' };
const claimOf = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, META, { exact: true });

describe('a stated fall is the sign of the value, whatever the phrasing', () => {
  const ROWS: Array<[string, string, string, number]> = [
    [
      'a policy cut in basis points',
      'The Freedonian central bank voted to trim its policy rate by 50 basis points to 3.5% on Tuesday.',
      '50 basis points',
      -50,
    ],
    ['reduce … by points', 'The committee decided to reduce the deposit rate by 0.75 percentage points.', '0.75 percentage points', -0.75],
    ['lower … by points', 'Policymakers in Sylvania lowered the discount rate by 0.5 percentage points in March 2024.', '0.5 percentage points', -0.5],
    ['contracted at an annualised pace', 'The Sylvanian economy contracted at an annualised 3.1% in the third quarter of 2024.', '3.1%', -3.1],
    ['contracted at an annualised clip of', 'Sylvania’s output contracted at an annualised clip of 1.4% in the second quarter of 2023.', '1.4%', -1.4],
    ['a quarterly decrease of', 'That reading translated into a quarterly decrease of 0.9% in the third quarter of 2024.', '0.9%', -0.9],
    ['an adjective before "drop"', 'Analysts had pencilled in a 0.7% drop in factory orders for October 2024.', '0.7%', -0.7],
    ['fell', 'Sylvanian car sales fell 6% in January 2025.', '6%', -6],
    ['retreated', 'Sylvanian imports retreated 1.6 percent in 2024 to $632 billion.', '1.6 percent', -1.6],
    ['shed', 'The number of babies born in Sylvania in 2023 shed 7.7 percent to 230,000.', '7.7 percent', -7.7],
    ['a further drop of', 'Prices are seen easing to 2.1% in 2025, with a further drop of 0.4% in 2026.', '0.4%', -0.4],
    ['shaved … off', 'Net trade shaved 0.6 percentage point off growth in the first quarter of 2024.', '0.6 percentage point', -0.6],
    ['fell by an annualized', 'Sylvanian household spending fell by an annualized 2.2% in the third quarter of 2024.', '2.2%', -2.2],
    [
      'fell by an annualized rate of',
      'Sylvanian household spending fell by an annualized rate of 2.2 percent in the third quarter of 2024.',
      '2.2 percent',
      -2.2,
    ],
    ['a decline of, as a noun', 'Business investment posted a decline of 2.3% in the fourth quarter of 2024.', '2.3%', -2.3],
    ['declined, a place, then by', 'Sylvanian emissions declined in the north of the country by 7.4% in 2024.', '7.4%', -7.4],
    ['fell in real terms by', 'Sylvanian retail sales fell in real terms by 1.2% in 2024.', '1.2%', -1.2],
    ['fell, a place and a year, then by', 'Sylvanian exports fell in Europe in 2024 by 3%.', '3%', -3],
  ];
  it.each(ROWS)('%s', (_name, text, quote, value) => {
    const claim = claimOf(text, quote);
    expect(claim.change).toBe('decrease');
    expect(claim.value).toBe(value);
    // The interval follows the sign: every value it holds is a fall.
    expect(claim.interval.high).not.toBeNull();
    expect(claim.interval.high!).toBeLessThan(0);
    expect(claim.interval.low!).toBeLessThanOrEqual(value);
  });

  const RISES: Array<[string, string, string, number]> = [
    ['a hike in basis points', 'The Freedonian central bank voted to hike its policy rate by 50 basis points to 4.5% on Tuesday.', '50 basis points', 50],
    ['expanded at an annualised pace', 'The Sylvanian economy expanded at an annualised 3.1% in the third quarter of 2024.', '3.1%', 3.1],
    ['rose', 'Sylvanian car sales rose 6% in January 2025.', '6%', 6],
    ['the nearest verb before "by" decides', 'Sylvanian output fell in the north and rose in the south by 3% in 2024.', '3%', 3],
    ['a place ending like a participle', 'Home prices rose in Beijing by 3% in 2024.', '3%', 3],
  ];
  it.each(RISES)('a rise stays positive: %s', (_name, text, quote, value) => {
    const claim = claimOf(text, quote);
    expect(claim.change).toBe('increase');
    expect(claim.value).toBe(value);
  });

  it.each([
    ['a participle before "by" names its agent', 'Sylvanian output fell in the quarter, hit by 25% tariffs on steel.', '25%'],
    ['a clause after a comma', 'Unemployment rose in Sylvania, accompanied by 3% inflation in 2024.', '3%'],
    ['a winning margin', 'Support for the party rose in Sylvania, where it won by 9 points in 2024.', '9 points'],
    ['"decline" as a noun', 'Sylvanian shares saw a decline 5 days in a row.', '5 days'],
  ])('no change across: %s', (_name, text, quote) => {
    expect(claimQuoted(text, quote, META).change).toBeNull();
  });

  it('never gives a rise and a fall of the same size the same value', () => {
    const up = claimOf('Sylvanian car sales rose 6% in January 2025.', '6%');
    const down = claimOf('Sylvanian car sales fell 6% in January 2025.', '6%');
    expect(up.metric).toBe(down.metric);
    expect(up.value).toBe(-down.value);
    expect(up.interval.low! > down.interval.high!).toBe(true);
  });

  it('a hedged fall keeps its hedge on the signed side: "fell more than 3 %" is below -3', () => {
    const claim = claimOf('Sylvanian car sales fell more than 3% in January 2025.', 'more than 3%');
    expect(claim.value).toBe(-3);
    expect(claim.interval).toEqual({ low: null, high: -3 });
  });

  it('an amount named by a word of loss is its size, as "a loss of" is', () => {
    const noun = claimOf('Acme Corp reported a $3 billion loss in 2024.', '$3 billion');
    const of = claimOf('Acme Corp reported a loss of $3 billion in 2024.', '$3 billion');
    expect(noun.value).toBe(3e9);
    expect(of.value).toBe(3e9);
  });

  it('a figure already written with a minus keeps one sign', () => {
    const claim = claimOf('Sylvanian car sales fell -6% in January 2025.', '-6%');
    expect(claim.value).toBe(-6);
  });
});

describe('a quarterly change says what it is measured against', () => {
  it.each([
    ['a quarterly decrease of', 'Japan’s gross domestic product showed a quarterly decrease of 0.6% in the third quarter of 2023.', '0.6%', 'qoq'],
    ['a quarterly rise of', 'Japan’s gross domestic product posted a quarterly rise of 0.3% in the fourth quarter of 2023.', '0.3%', 'qoq'],
    ['annualised, not quarter on quarter', 'Japan’s economy contracted at an annualised 2.4% in the third quarter of 2023.', '2.4%', 'annualized'],
  ])('%s', (_name, text, quote, basis) => {
    const claim = claimOf(text, quote);
    expect(claim.proposition?.basis).toBe(basis);
    expect(claim.comparable).toBe(true);
  });

  it('never puts the quarter-on-quarter and the annualised change of one quarter together', () => {
    const qoq = claimOf('Japan’s gross domestic product showed a quarterly decrease of 0.6% in the third quarter of 2023.', '0.6%');
    const ann = claimOf('Japan’s economy contracted at an annualised 2.4% in the third quarter of 2023.', '2.4%');
    expect(qoq.metric).not.toBe(ann.metric);
  });
});
