import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/corpus.js';
import { ingestBatch } from '../../src/services/bulk-import.js';
import type { Db } from '../../src/store/sqlite/client.js';
import * as claimsRepo from '../../src/store/sqlite/claims.js';
import * as conflictsRepo from '../../src/store/sqlite/conflicts.js';
import * as schema from '../../src/store/sqlite/schema.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.js';

/**
 * Query plans of the list endpoints on SQLite: every filter the API offers on claims and
 * conflicts must read its page in the list's order from an index (SEARCH …, no "USE TEMP B-TREE
 * FOR ORDER BY"), so a page costs the same whether ten rows match or a million. A plan test,
 * not a timing test: the plans are what stays true as the store grows.
 */
describe('list query plans (SQLite)', () => {
  let store: SqliteStore;
  let db: Db;
  const logged: Array<{ query: string; params: unknown[] }> = [];

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    const articles = Array.from({ length: 120 }, (_, i) => syntheticArticle(i, 7));
    await ingestBatch(
      store,
      articles.map((a) => ({ title: a.title, publishedAt: '2025-06-01', text: a.text })),
    );
    db = drizzle(store.handle.sqlite, { schema, logger: { logQuery: (query, params) => logged.push({ query, params }) } }) as unknown as Db;
  }, 60_000);
  afterAll(() => store.close());

  /** The plans of the statements a list call runs, in order. */
  function plansOf(list: () => unknown): Array<{ query: string; plan: string[] }> {
    logged.length = 0;
    list();
    return logged.map(({ query, params }) => ({
      query,
      plan: (store.handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...(params as unknown[])) as Array<{ detail: string }>).map((r) => r.detail),
    }));
  }

  const noSort = (plan: string[]) => expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
  const noFullScan = (plan: string[], table: string) => expect(plan.filter((d) => new RegExp(`^SCAN ${table}\\b`).test(d))).toEqual([]);

  const metric = 'trade.china-russia.total';
  const claimFilters: Array<[string, Parameters<typeof claimsRepo.listClaims>[1], string]> = [
    ['sourceId', { sourceId: 'trade-digest-7-3' }, 'claims_source_start_idx'],
    ['metric', { metric }, 'claims_metric_order_idx'],
    ['unit', { unit: 't' }, 'claims_unit_order_idx'],
  ];

  for (const [name, filter, index] of claimFilters) {
    it(`claims?${name}= reads its page in order from ${index}`, () => {
      for (const cursor of [undefined, pageCursor(filter)]) {
        const [main] = plansOf(() => claimsRepo.listClaims(db, filter, { limit: 20, cursor }));
        expect(main!.plan.join(' | ')).toMatch(new RegExp(`^SEARCH claims USING (COVERING )?INDEX ${index}`));
        noSort(main!.plan);
        noFullScan(main!.plan, 'claims');
      }
    });
  }

  function pageCursor(filter: Parameters<typeof claimsRepo.listClaims>[1]): string | undefined {
    return claimsRepo.listClaims(db, filter, { limit: 2 }).nextCursor ?? undefined;
  }

  it('claims without a filter walk the list-order index, stopping at the page', () => {
    const [main] = plansOf(() => claimsRepo.listClaims(db, {}, { limit: 20 }));
    expect(main!.plan).toEqual(['SCAN claims USING INDEX claims_source_start_idx']);
    expect(main!.query).toMatch(/limit \?$/);
  });

  it('claims?q= takes matching passages from the full-text index in order, a bounded step at a time, then only their claims', () => {
    for (const q of ['billion', 'copper']) {
      const steps = plansOf(() => claimsRepo.listClaims(db, { q }, { limit: 20 }));
      const fts = steps.find((s) => /passages_fts/.test(s.query))!;
      expect(fts.query).toMatch(/order by rowid limit \?$/);
      noSort(fts.plan);
      const page = steps.find((s) => /from "passages" inner join "claims"/.test(s.query))!;
      expect(page.plan).toEqual([
        expect.stringMatching(/^SEARCH passages USING INTEGER PRIMARY KEY/),
        expect.stringMatching(/^SEARCH claims USING (COVERING )?INDEX claims_passage_idx/),
      ]);
    }
  });

  const conflictFilters: Array<[string, Parameters<typeof conflictsRepo.listConflicts>[1], string]> = [
    ['status (default)', { status: 'discrepancy' }, 'conflicts_status_idx'],
    ['status=agreement', { status: 'agreement' }, 'conflicts_status_idx'],
    ['severity', { status: 'discrepancy', severity: 'major' }, 'conflicts_status_severity_idx'],
    ['metric', { status: 'discrepancy', metric }, 'conflicts_status_metric_idx'],
    ['metric with status=all', { status: 'all', metric }, 'conflicts_metric_idx'],
  ];

  for (const [name, filter, index] of conflictFilters) {
    it(`conflicts?${name} reads its page in order from ${index}`, () => {
      const [main] = plansOf(() => conflictsRepo.listConflicts(db, filter, { limit: 20 }));
      expect(main!.plan.join(' | ')).toMatch(new RegExp(`^SEARCH conflicts USING (COVERING )?INDEX ${index}`));
      noSort(main!.plan);
    });
  }

  it('full-text pages walk every match exactly once, in order, across steps', () => {
    // "billion" is in most passages here: many steps and pages.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = claimsRepo.listClaims(db, { q: 'billion' }, { limit: 7, cursor });
      seen.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = store.handle.sqlite
      .prepare(`select c.id from claims c join passages p on p.id = c.passage_id where p.text like '%billion%' order by p.rowid, c.quote_start, c.id`)
      .all()
      .map((r) => (r as { id: string }).id);
    expect(expected.length).toBeGreaterThan(200);
    expect(seen).toEqual(expected);
  });
});
