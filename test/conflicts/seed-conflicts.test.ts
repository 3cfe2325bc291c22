import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { openDb } from '../../src/db/client.js';
import { ingestSource } from '../../src/ingest.js';
import { seedDatabase } from '../../src/seed.js';
import type { Conflict } from '../../src/schemas/conflicts.js';

describe('conflicts found in the seed articles', () => {
  const handle = openDb(':memory:');
  let app: Awaited<ReturnType<typeof buildApp>>;
  let all: Conflict[];

  beforeAll(async () => {
    seedDatabase(handle.db);
    app = await buildApp({ config: testConfig(), db: handle.db });
    all = (await app.inject('/v1/conflicts?status=all&limit=500')).json().data;
  });

  const byMetricYear = (metric: string, year: string) => all.filter((c) => c.metric === metric && c.period.start?.startsWith(year));

  it('flags 2024 bilateral trade as a discrepancy holding all three figures, 237 the outlier', () => {
    const [trade] = byMetricYear('trade.china-russia.total', '2024');
    expect(trade?.status).toBe('discrepancy');
    expect(trade!.claims.map((c) => c.value).sort()).toEqual([237e9, 244.8e9, 245e9]);
    const outlier = [...trade!.claims].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))[0];
    expect(outlier).toMatchObject({ sourceId: 'gill-conditional-embrace', value: 237e9 });
    expect(trade!.explanation).toMatch(/Gill/);
    expect(trade!.explanation).toMatch(/3\.2/);
    expect(trade!.explanation).toMatch(/agrees/);
  });

  it('flags "nearly 40%" against "almost 36 per cent" for China’s share of Russia’s trade', () => {
    const share = all.find((c) => c.metric === 'trade.china.share-of-russia-trade' && c.status === 'discrepancy');
    expect(share?.claims.map((c) => c.sourceId).sort()).toEqual(['gill-conditional-embrace', 'indiafoundation-no-limits-with-cautions']);
    // "now" (relative) and an undated figure (publication) meet in 2025: the group is as explicit as its best member.
    expect(share?.period.resolution).toBe('relative');
    expect(byMetricYear('trade.china-russia.total', '2024')[0]?.period.resolution).toBe('explicit');
  });

  it('does not call the Xi–Putin meeting counts a discrepancy', () => {
    expect(all.filter((c) => c.metric === 'diplomacy.xi-putin.meetings' && c.status === 'discrepancy')).toEqual([]);
  });

  it('never compares USIP’s 2023 trade figure with 2024 figures', () => {
    for (const c of byMetricYear('trade.china-russia.total', '2024')) {
      expect(c.claims.map((m) => m.sourceId)).not.toContain('usip-putin-visit-china');
    }
  });

  it('never groups figures over different periods or a source with itself', () => {
    for (const c of all) {
      const sources = c.claims.map((m) => m.sourceId);
      expect(new Set(sources).size).toBe(sources.length);
      expect(sources.length).toBeGreaterThanOrEqual(2);
    }
    expect(all.filter((c) => c.metric === 'military.china-russia.joint-drills')).toEqual([]);
  });

  it('lists discrepancies by default and filters by status, severity and metric', async () => {
    const defaults = (await app.inject('/v1/conflicts')).json().data as Conflict[];
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.every((c) => c.status === 'discrepancy')).toBe(true);
    const major = (await app.inject('/v1/conflicts?severity=major')).json().data as Conflict[];
    expect(major.every((c) => c.severity === 'major')).toBe(true);
    const one = await app.inject(`/v1/conflicts/${defaults[0]!.id}`);
    expect(one.json()).toEqual(defaults[0]);
  });

  it('re-judges a proposition when a new source states it, and keeps conflict IDs stable', async () => {
    const before = byMetricYear('trade.china-russia.total', '2024')[0]!;
    ingestSource(handle.db, {
      title: 'Trade note',
      publisher: 'Example Wire',
      publishedAt: '2025-02',
      text: 'China and Russia: bilateral trade between the two countries reached $200 billion in 2024.',
    });
    const after = (await app.inject(`/v1/conflicts/${before.id}`)).json() as Conflict;
    expect(after.id).toBe(before.id);
    expect(after.claims).toHaveLength(4);
    expect(after.explanation).toMatch(/Example Wire/);
  });
});
