import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

type Meta = Parameters<typeof extract>[1];
const quoted = (text: string, quote: string, meta: Meta): ExtractedClaim => claimQuoted(text, quote, meta, { exact: true });

describe('a company’s monthly traffic is the company’s, by month and measure', () => {
  const META: Meta = { publishedAt: '2025-07-03', title: 'Skylark passenger numbers rise 7%', publisher: 'Irish Aviation Weekly' };
  const TEXT =
    'Skylark carried 14.2 million passengers in June 2025, up 7% from a year earlier.\n' +
    'Load factor – the share of seats filled – was unchanged at 93% in June 2025.';

  const ROWS: Array<[string, string, string]> = [
    ['a sentence opening with the company, its verb and a figure of a measure', '14.2 million passengers', 'passengers.skylark.total'],
    ['the growth stated beside it', '7%', 'passengers.skylark.growth.yoy'],
    ['a load factor, in a paragraph that names nobody, takes the headline’s company, not the publisher’s country', '93%', 'load-factor.skylark.rate'],
  ];
  it.each(ROWS)('%s', (_name, quote, metric) => {
    const c = quoted(TEXT, quote, META);
    expect(c.metric).toBe(metric);
    expect(c.period?.start).toBe('2025-06-01');
    expect(c.period?.end).toBe('2025-06-30');
    expect(c.comparable).toBe(true);
  });

  it('a load factor is a rate of its own, never a share measured against something else', () => {
    const c = quoted('Skylark flew 14.2 million passengers in June 2025 at a load factor of 93%.', '93%', { publishedAt: '2025-07-03' });
    expect(c.proposition?.statType).toBe('rate');
    expect(c.proposition?.subject).toEqual(['skylark']);
  });

  it('keeps a month’s figure apart from the same figure of another month and from the year to it', () => {
    const text =
      'Skylark carried 14.2 million passengers in June 2025. Skylark carried 14.2 million passengers in June 2024. In the 12 months to June 2025, Skylark carried 150.1 million passengers.';
    const { claims } = extract(text, { publishedAt: '2025-07-03' });
    const keys = claims.filter((c) => c.metric?.startsWith('passengers.')).map((c) => `${c.metric} ${c.period?.start}..${c.period?.end}`);
    expect(new Set(keys).size).toBe(3);
  });

  it('a sentence-opening word that is no name before a verb and figure stays nobody', () => {
    const c = quoted('Officials reported 5,000 cases in June 2025.', '5,000 cases', { publishedAt: '2025-07-03' });
    expect(c.proposition?.subject ?? []).not.toContain('officials');
  });
});

describe('an airport counts passenger movements', () => {
  it('as its passengers: "handled 58.9 million passenger movements"', () => {
    const c = extract('Singapore Changi Airport handled 58.9 million passenger movements in 2023.', { publishedAt: '2024-01-25', title: 'Changi traffic' })
      .claims[0];
    expect(c?.proposition?.measure).toBe('passengers');
    expect(c?.value).toBe(58_900_000);
  });
});
