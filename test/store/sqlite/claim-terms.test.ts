import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../../src/store/sqlite/client.js';
import { insertClaims, upsertMetrics } from '../../../src/store/sqlite/claims.js';
import { passages, sources } from '../../../src/store/sqlite/schema.js';

/**
 * A claim's list terms are written with the claims of its source by one statement, not by a
 * trigger per row; they must be exactly the terms the update trigger derives for the same claim,
 * for every shape of metric and period (a period over several years, one whose end's year comes
 * before its start's, an open period, no metric).
 */
describe('claim terms written with the claims (sqlite)', () => {
  let handle: DbHandle;
  const terms = () => handle.sqlite.prepare('select term, source_id, quote_start, claim_id from claim_terms order by 1, 2, 3, 4').all();

  beforeAll(() => {
    handle = openDb(':memory:');
    const { db } = handle;
    db.insert(sources)
      .values({
        id: 'digest',
        title: 'Digest',
        authors: [],
        language: 'en',
        contentHash: 'h',
        characterCount: 10,
        text: 'x'.repeat(10),
        createdAt: '2026-01-01T00:00:00Z',
      })
      .run();
    db.insert(passages)
      .values({ id: 'digest#0', sourceId: 'digest', ordinal: 0, start: 0, end: 10, text: 'x'.repeat(10), prefix: '', suffix: '', paragraph: 0 })
      .run();
    const metric = { unitKind: 'mass', description: 'd' };
    upsertMetrics(db, [
      { key: 'copper-exports:chile', label: 'Copper exports from Chile', measure: 'exports', subject: ['copper', 'chile'], counterpart: 'china', ...metric },
      { key: 'tin-output', label: 'Tin output', measure: 'output', subject: ['tin'], counterpart: null, ...metric },
      { key: 'worded', label: 'Worded', measure: null, subject: null, counterpart: null, derived: true, ...metric },
    ]);
    const claim = (id: string, quoteStart: number, metric: string | null, periodStart: string | null, periodEnd: string | null) => ({
      id,
      sourceId: 'digest',
      passageId: 'digest#0',
      statement: id,
      metric,
      quoteExact: 'x',
      quoteStart,
      quoteEnd: quoteStart + 1,
      value: 1,
      unit: 't',
      qualifier: 'exact' as const,
      periodStart,
      periodEnd,
    });
    insertClaims(db, [
      claim('three-years', 0, 'copper-exports:chile', '2021-07-01', '2023-06-30'),
      claim('one-year', 1, 'copper-exports:chile', '2024-01-01', '2024-12-31'),
      claim('backwards', 2, 'tin-output', '2025-01-01', '2023-12-31'),
      claim('open-ended', 3, 'tin-output', '2022-01-01', null),
      claim('no-period', 4, 'worded', null, null),
      claim('no-metric', 5, null, '1999-01-01', '2000-12-31'),
    ]);
    insertClaims(db, []);
  });
  afterAll(() => handle.close());

  it('writes the measure, the entities and every year of the period', () => {
    const of = (id: string) =>
      terms()
        .filter((r) => (r as { claim_id: string }).claim_id === id)
        .map((r) => (r as { term: string }).term);
    expect(of('three-years').sort()).toEqual(['entity:chile', 'entity:china', 'entity:copper', 'measure:exports', 'year:2021', 'year:2022', 'year:2023']);
    expect(of('backwards').sort()).toEqual(['entity:tin', 'measure:output', 'year:2025']);
    expect(of('open-ended').sort()).toEqual(['entity:tin', 'measure:output']);
    expect(of('no-period')).toEqual([]);
    expect(of('no-metric').sort()).toEqual(['year:1999', 'year:2000']);
  });

  it('writes exactly what the update trigger derives for the same claims', () => {
    const written = terms();
    handle.sqlite.exec('update claims set metric = metric, period_start = period_start');
    expect(terms()).toEqual(written);
  });

  it('has no insert trigger left to write them twice', () => {
    const triggers = handle.sqlite.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'claims' order by name").pluck().all();
    expect(triggers).toEqual(['claim_terms_ad', 'claim_terms_au']);
  });
});
