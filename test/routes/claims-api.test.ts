import { sqliteStore, testConfig } from '../helpers.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb } from '../../src/store/sqlite/client.js';
import { seedDatabase } from '../../src/services/seeding.js';
import type { Claim } from '../../src/schemas/claims.js';

describe('GET /v1/claims and /v1/metrics on the seed articles', () => {
  const handle = openDb(':memory:');
  let app: Awaited<ReturnType<typeof buildApp>>;
  const texts = new Map<string, string[]>();

  beforeAll(async () => {
    await seedDatabase(sqliteStore(handle));
    app = await buildApp({ config: testConfig(), store: sqliteStore(handle) });
    for (const s of (await app.inject('/v1/sources')).json().data) {
      texts.set(s.id, Array.from((await app.inject(`/v1/sources/${s.id}/text`)).body));
    }
  });

  async function allClaims(query = ''): Promise<Claim[]> {
    const out: Claim[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof app.inject>> = await app.inject(`/v1/claims?limit=37${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      out.push(...res.json().data);
      cursor = res.json().nextCursor;
    } while (cursor);
    return out;
  }

  it('pages through every claim once, and every quote slices the stored text', async () => {
    const claims = await allClaims();
    expect(claims.length).toBeGreaterThan(50);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) expect(texts.get(c.sourceId)!.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.exact);
  });

  it('filters by source, metric, unit and year', async () => {
    const bySource = await allClaims('&sourceId=usip-putin-visit-china');
    expect(bySource.length).toBeGreaterThan(0);
    expect(bySource.every((c) => c.sourceId === 'usip-putin-visit-china')).toBe(true);
    const usd2024 = await allClaims('&unit=USD&year=2024&metric=trade.china-russia.total');
    expect(usd2024.map((c) => c.value).sort()).toEqual([237e9, 244.8e9, 245e9]);
  });

  it('searches the passages of the seed articles with q', async () => {
    const hits = await allClaims('&q=crude%20oil');
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) {
      const passage = (await app.inject(`/v1/passages/${c.passageId}`)).json();
      expect(passage.text).toMatch(/crude/i);
      expect(passage.text).toMatch(/\boil\b/i);
    }
  });

  it('lists catalogued and derived metrics with claim counts that match the claims', async () => {
    const metrics = (await app.inject('/v1/metrics?limit=500')).json().data as Array<{ key: string; claimCount: number; derived: boolean }>;
    const trade = metrics.find((m) => m.key === 'trade.china-russia.total')!;
    expect(trade.derived).toBe(false);
    expect(trade.claimCount).toBe((await allClaims('&metric=trade.china-russia.total')).length);
    expect(metrics.some((m) => m.derived)).toBe(true);
  });
});
