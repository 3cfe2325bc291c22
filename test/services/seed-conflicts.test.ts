import { sqliteStore, testConfig } from '../helpers.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb } from '../../src/store/sqlite/client.js';
import { ingestSource } from '../../src/services/ingest.js';
import { seedDatabase } from '../../src/services/seeding.js';
import type { Claim } from '../../src/schemas/claims.js';
import type { Conflict } from '../../src/schemas/conflicts.js';

describe('conflicts found in the seed articles', () => {
  const handle = openDb(':memory:');
  let app: Awaited<ReturnType<typeof buildApp>>;
  let all: Conflict[];

  beforeAll(async () => {
    await seedDatabase(sqliteStore(handle));
    app = await buildApp({ config: testConfig(), store: sqliteStore(handle) });
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

  it('never groups a figure dated only by the publication year: Gill\u2019s undated "almost 36 per cent" stays apart', async () => {
    const gill = (await app.inject('/v1/claims?sourceId=gill-conditional-embrace&limit=500')).json().data as Claim[];
    const share = gill.find((c) => c.quote.exact === 'almost 36 per cent')!;
    expect(share.period?.resolution).toBe('publication');
    expect(share.comparable).toBe(false);
    expect(all.some((c) => c.claims.some((m) => m.claimId === share.id))).toBe(false);
    // India Foundation's "nearly 40%" ("now", resolved against its date) is complete and comparable.
    const india = (await app.inject('/v1/claims?sourceId=indiafoundation-no-limits-with-cautions&limit=500')).json().data as Claim[];
    expect(india.find((c) => c.quote.exact === 'nearly 40%')).toMatchObject({ comparable: true, proposition: { measure: 'trade', statType: 'share' } });
    expect(byMetricYear('trade.china-russia.total', '2024')[0]?.period.resolution).toBe('explicit');
  });

  it('shows the proposition every member states and says why they were compared', () => {
    const [trade] = byMetricYear('trade.china-russia.total', '2024');
    expect(trade?.proposition).toEqual({
      measure: 'trade',
      subject: ['china', 'russia'],
      counterpart: null,
      facets: [],
      statType: 'level',
      basis: null,
      modality: 'actual',
    });
    expect(trade?.explanation).toMatch(/^Compared because all three give trade between China and Russia in US dollars for 2024\./);
  });

  it('does not call the Xi–Putin meeting counts a discrepancy', () => {
    expect(all.filter((c) => c.proposition?.measure === 'meetings' && c.status === 'discrepancy')).toEqual([]);
  });

  it('never compares USIP’s 2023 trade figure with 2024 figures', () => {
    for (const c of byMetricYear('trade.china-russia.total', '2024')) {
      expect(c.claims.map((m) => m.sourceId)).not.toContain('usip-putin-visit-china');
    }
  });

  it('groups two or more sources, one period, complete propositions only', () => {
    for (const c of all) {
      expect(new Set(c.claims.map((m) => m.sourceId)).size).toBeGreaterThanOrEqual(2);
      expect(c.proposition).not.toBeNull();
      expect(c.period.resolution === 'explicit' || c.period.resolution === 'relative').toBe(true);
    }
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
    await ingestSource(sqliteStore(handle), {
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
