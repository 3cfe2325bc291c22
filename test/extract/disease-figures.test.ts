import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

type Meta = Parameters<typeof extract>[1];
const starting = (text: string, figure: string, meta: Meta): ExtractedClaim => {
  const { claims } = extract(text, meta);
  const c = claims.find((x) => x.quote.exact.startsWith(figure) || x.quote.exact.includes(figure));
  expect(c, `no claim "${figure}" in ${claims.map((x) => x.quote.exact).join(', ')}`).toBeDefined();
  return c!;
};

const META: Meta = { publishedAt: '2025-03-01', title: 'Global tuberculosis report finds cases rising' };

describe('cases and deaths are of the disease the story is about', () => {
  // [what, text, figure, metric]
  const ROWS: Array<[string, string, string, string]> = [
    ['the disease named with the measure', 'There were 10.8 million tuberculosis cases worldwide in 2023.', '10.8 million', 'cases.tuberculosis.world.total'],
    ['the disease named only by the story', 'There were 10.8 million cases worldwide in 2023.', '10.8 million', 'cases.tuberculosis.world.total'],
    ['deaths, the same', 'Some 1.25 million deaths were recorded worldwide in 2023.', '1.25 million', 'deaths.tuberculosis.world.total'],
  ];
  it.each(ROWS)('%s', (_what, text, figure, metric) => {
    expect(starting(text, figure, META).metric).toBe(metric);
  });

  it('a story about two diseases lends neither to a figure that names none', () => {
    const meta: Meta = { publishedAt: '2025-03-01', title: 'Measles and cholera outbreaks spread' };
    const c = starting('There were 120,000 cases worldwide in 2024.', '120,000', meta);
    expect(c.proposition?.facets).not.toContain('measles');
    expect(c.proposition?.facets).not.toContain('cholera');
  });

  it('a disease the figure names itself wins over the story’s', () => {
    const c = starting('There were also 2,000 measles cases worldwide in 2023.', '2,000', META);
    expect(c.proposition?.facets).toEqual(['measles']);
  });
});

describe('a count right before its noun counts that noun, not the measure before it', () => {
  const ROWS: Array<[string, string, string]> = [
    [
      '"N cases and M tuberculosis deaths"',
      'There were 10.8 million cases and 1.25 million tuberculosis deaths worldwide in 2023.',
      'deaths.tuberculosis.world.total',
    ],
    ['"N cases and M deaths"', 'There were 10.8 million cases and 1.25 million deaths worldwide in 2023.', 'deaths.tuberculosis.world.total'],
  ];
  it.each(ROWS)('%s', (_what, text, metric) => {
    expect(starting(text, '1.25 million', META).metric).toBe(metric);
  });

  it('a noun that opens the next clause with its own verb is not the count’s', () => {
    const c = starting('In 2024, deliveries grew 12% to 2.1 million while production grew 9% to 2.3 million, Acme said.', '2.1 million', {
      publishedAt: '2025-01-05',
    });
    expect(c.metric?.startsWith('production.')).toBe(false);
  });
});

describe('a difference counted in the noun is a change', () => {
  it('"about N more cases in 2023 compared to 2022"', () => {
    const c = starting('This represents about 300,000 more cases in 2023 compared to 2022.', '300,000', META);
    expect(c.proposition?.statType).toBe('change');
  });
  it('"N fewer deaths than a year earlier"', () => {
    const c = starting('There were 50,000 fewer deaths worldwide than a year earlier.', '50,000', META);
    expect(c.proposition?.statType).toBe('change');
  });
});

describe('a region’s share of deaths or cases is its share of the world’s, however the whole is named', () => {
  const ROWS: Array<[string, string]> = [
    ['the whole unnamed, the WHO region by its name', 'About 80% of the deaths occurred in the WHO African Region in 2023.'],
    ['the whole named "global"', 'Africa accounted for about 80% of global tuberculosis deaths in 2023.'],
    ['the whole named "worldwide" after the measure', 'The WHO African Region carried the heaviest burden, with 80% of estimated deaths worldwide in 2023.'],
  ];
  it.each(ROWS)('%s', (_what, text) => {
    expect(starting(text, '80%', META).metric).toBe('deaths.tuberculosis.africa-in-world.share');
  });

  it('a country’s share keeps the whole its text names, or none', () => {
    const c = starting('About 27% of the cases occurred in India in 2023.', '27%', META);
    expect(c.proposition?.counterpart ?? null).not.toBe('world');
  });
});
