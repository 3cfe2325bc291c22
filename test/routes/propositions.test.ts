import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/services/ingest.js';
import type { Claim, Metric } from '../../src/schemas/claims.js';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { createTestApp, type TestApp } from '../helpers.js';

// Three short wire stories written for this test: two state the same proposition in other words,
// one states a neighbouring one (exports, not trade) and one a target.
const stories = [
  {
    title: 'Southern trade',
    publisher: 'Wire A',
    publishedAt: '2024-02-10',
    text: 'Trade between Brazil and Argentina reached $28.4 billion in 2023, customs data showed.',
  },
  {
    title: 'Mercosur note',
    publisher: 'Wire B',
    publishedAt: '2024-03',
    text: 'Last year, two-way trade between Argentina and Brazil totalled about $28 billion.',
  },
  { title: 'Exports brief', publisher: 'Wire C', publishedAt: '2024-02', text: "Brazil's exports to Argentina rose 5% in 2023 to $16.7 billion." },
  {
    title: 'Goals',
    publisher: 'Wire D',
    publishedAt: '2024-01',
    text: 'The two governments set a goal of $40 billion in trade between Brazil and Argentina by 2023.',
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const s of stories) await ingestSource(t.store, s);
});
afterAll(() => t.close());

const get = async <T>(url: string) => (await t.app.inject(url)).json() as { data: T[] };

describe('propositions over HTTP', () => {
  it('gives the same proposition, in any phrasing, the same metric key and parts', async () => {
    const { data } = await get<Claim>('/v1/claims?measure=trade&entity=argentina&limit=50');
    const actual = data.filter((c) => c.proposition?.modality === 'actual' && c.unit === 'USD');
    expect(actual.map((c) => c.quote.exact).sort()).toEqual(['$28.4 billion', 'about $28 billion']);
    expect(new Set(actual.map((c) => c.metric)).size).toBe(1);
    expect(actual[0]!.proposition).toEqual({
      measure: 'trade',
      subject: ['argentina', 'brazil'],
      counterpart: null,
      facets: [],
      statType: 'level',
      basis: null,
      modality: 'actual',
    });
    expect(actual.every((c) => c.comparable && c.period?.start === '2023-01-01' && c.period.end === '2023-12-31')).toBe(true);
  });

  it('keeps exports apart from trade, with their direction', async () => {
    const { data } = await get<Claim>('/v1/claims?measure=exports&limit=50');
    expect(data.map((c) => [c.quote.exact, c.proposition?.subject, c.proposition?.counterpart, c.proposition?.statType])).toEqual([
      ['5%', ['brazil'], 'argentina', 'change'],
      ['$16.7 billion', ['brazil'], 'argentina', 'level'],
    ]);
    expect(data[0]!.change).toBe('increase');
  });

  it('never compares a target with an outturn', async () => {
    const { data } = await get<Conflict>('/v1/conflicts?status=all&measure=trade');
    expect(data).toHaveLength(1);
    expect(data[0]!.claims.map((m) => m.value).sort()).toEqual([28e9, 28.4e9]);
    expect(data[0]!.proposition?.modality).toBe('actual');
    expect(data[0]!.explanation).toMatch(/^Compared because both give trade between Argentina and Brazil in US dollars for 2023\./);
    const target = (await get<Claim>('/v1/claims?sourceId=goals')).data.find((c) => c.unit === 'USD');
    expect(target?.proposition?.modality).toBe('target');
  });

  it('lists metrics with their parts, filtered by entity and measure', async () => {
    const { data } = await get<Metric>('/v1/metrics?entity=argentina&limit=100');
    expect(data.length).toBeGreaterThan(0);
    for (const m of data) {
      const p = m.proposition!;
      expect([...p.subject, p.counterpart]).toContain('argentina');
    }
    const none = await get<Metric>('/v1/metrics?entity=chile');
    expect(none.data).toEqual([]);
    const exports = await get<Metric>('/v1/metrics?measure=exports');
    expect(exports.data.map((m) => m.key).sort()).toEqual(['exports.brazil-to-argentina.growth', 'exports.brazil-to-argentina.total']);
  });
});
