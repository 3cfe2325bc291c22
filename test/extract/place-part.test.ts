import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-01-22' };

describe('a company figure said "in" a place is the part made there, never the whole', () => {
  it.each([
    ['In China, Tesla sold 657,000 cars in 2024.', '657,000 cars', 'in-china'],
    ['Toyota sold 2.3 million vehicles in North America in 2023.', '2.3 million vehicles', 'in-north-america'],
    ["Apple's sales in China fell 11% in the quarter.", '11%', 'in-china'],
  ])('%s', (text, figure, facet) => {
    const c = claimQuoted(text, figure, META);
    expect(c.proposition?.facets).toContain(facet);
  });

  it('does not meet the whole of the same company and year', () => {
    const whole = claimQuoted('Tesla sold 1.79 million cars in 2024.', '1.79 million cars', META);
    const part = claimQuoted('In China, Tesla sold 657,000 cars in 2024.', '657,000 cars', META);
    expect(part.metric).not.toBe(whole.metric);
  });

  it.each([
    ['where most of the whole was made', 'BYD delivered 526,409 vehicles in the fourth quarter of 2024, mostly in China.', '526,409 vehicles'],
    ['where it was said', 'Toyota sold 11.2 million vehicles in 2023, the company said in Tokyo.', '11.2 million vehicles'],
    ['what describes the company', 'BYD, the largest carmaker in China, sold 4.3 million cars in 2024.', '4.3 million cars'],
    ['several places together', 'Tesla sold 657,000 cars in China, Japan and Korea in 2024.', '657,000 cars'],
    [
      'a place in a phrase of its own after the figure',
      'Apple booked a charge of $10.2 billion over tax issues in the European Union in 2024.',
      '$10.2 billion',
    ],
  ])('leaves the whole alone: %s', (_name, text, figure) => {
    const c = claimQuoted(text, figure, META);
    expect((c.proposition?.facets ?? []).filter((f) => f.startsWith('in-'))).toEqual([]);
  });

  it('leaves a country’s own figure alone', () => {
    const c = claimQuoted('Exports in China rose 5.9% in 2024.', '5.9%', META);
    expect((c.proposition?.facets ?? []).filter((f) => f.startsWith('in-'))).toEqual([]);
  });
});

describe('"outside China": the part made everywhere but there', () => {
  const at = { publishedAt: '2024-01-02', title: null };
  it.each([
    ['BYD sold 242,766 vehicles outside China in 2023, an increase of 334%.', '242,766 vehicles'],
    ['BYD sold 242,766 vehicles outside China in 2023, an increase of 334%.', '334%'],
    ["BYD's sales outside China reached 242,766 vehicles in 2023.", '242,766 vehicles'],
    ['Outside China, BYD sold 242,766 vehicles in 2023.', '242,766 vehicles'],
  ])('%s (%s)', (text, figure) => {
    const c = claimQuoted(text, figure, at);
    expect(c.proposition?.facets).toContain('outside-china');
    expect(c.proposition?.subject).toEqual(['byd']);
  });
});
