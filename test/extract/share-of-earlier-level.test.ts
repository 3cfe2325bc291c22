import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2025-01-22', title: 'Changi Airport traffic in 2024' };

// A level given as a share of an earlier level of the same measure ("99.1% of the passenger movements recorded in 2019")
// is the party's level set against that earlier one: a statistic of the party, of the time the sentence is about.
describe('a share of an earlier level of the same measure', () => {
  it('pointed back at ("This was …") is of the party the level before it was of, set against the year named', () => {
    const text = 'Changi Airport handled 67.7 million passenger movements in 2024. This was 99.1% of the passenger movements recorded in 2019.';
    const c = claimQuoted(text, '99.1%', meta);
    expect(c.proposition).toMatchObject({ measure: 'passengers', subject: ['changi-airport'], statType: 'share', basis: 'vs-2019' });
    expect(c.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(c.comparable).toBe(true);
  });

  it('said by two outlets in other words, gives one proposition', () => {
    const a = claimQuoted(
      'The airport handled 67.7 million passengers in 2024 - that’s 99.1 per cent of the passenger movements recorded in 2019, prior to the Covid-19 pandemic.',
      '99.1 per cent',
      meta,
    );
    const b = claimQuoted('Passenger traffic at Changi Airport recovered to 99.1% of 2019 levels in 2024.', '99.1%', meta);
    expect(a.metric).toBe(b.metric);
  });

  it('is not set against the year it is itself of', () => {
    const c = claimQuoted(
      'Changi Airport handled 67.7 million passengers in 2024, 52% of the passengers handled in 2024 by all Singapore airports.',
      '52%',
      meta,
    );
    expect(c.proposition?.basis ?? '').not.toContain('vs-2024');
  });

  it('keeps apart from a share of something else ("99.1% of flights were on time")', () => {
    const { claims } = extract(
      'Changi Airport handled 67.7 million passenger movements in 2024. This was 99.1% of the passenger movements recorded in 2019. Of its flights, 82% were on time.',
      meta,
    );
    const keys = claims.filter((c) => c.unit === 'percent').map((c) => c.metric);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
