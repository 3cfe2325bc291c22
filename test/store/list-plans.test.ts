import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteReads } from '../../src/store/sqlite/reads.js';
import type { ClaimFilter, ConflictFilter } from '../../src/store/types.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.js';
import { ingestSynthetic } from '../helpers.js';

/**
 * Query plans of the list endpoints on SQLite: every filter the API offers on claims and
 * conflicts must read its page in the list's order from an index (SEARCH …, no "USE TEMP B-TREE
 * FOR ORDER BY"), so a page costs the same whether ten rows match or a million. A plan test,
 * not a timing test: the plans are what stays true as the store grows.
 */
describe('list query plans (SQLite)', () => {
  let store: SqliteStore;
  let reads: SqliteReads;
  const logged: Array<{ query: string; params: unknown[] }> = [];

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await ingestSynthetic(store, 120, 7);
    reads = new SqliteReads(store.handle.sqlite, (query, params) => logged.push({ query, params }));
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
  const noFullScan = (plan: string[], table: string) => expect(plan.filter((d) => new RegExp(`^SCAN (${table}|${table[0]})\\b`).test(d))).toEqual([]);

  const metric = 'trade.china-russia.total';
  const claimFilters: Array<[string, ClaimFilter, string]> = [
    ['sourceId', { sourceId: 'trade-digest-7-3' }, 'claims_source_start_idx'],
    ['metric', { metric }, 'claims_metric_order_idx'],
    ['unit', { unit: 't' }, 'claims_unit_order_idx'],
  ];

  for (const [name, filter, index] of claimFilters) {
    it(`claims?${name}= reads its page in order from ${index}`, () => {
      for (const cursor of [undefined, pageCursor(filter)]) {
        const [main] = plansOf(() => reads.listClaims(filter, { limit: 20, cursor }));
        expect(main!.plan.join(' | ')).toMatch(new RegExp(`^SEARCH (claims|c) USING (COVERING )?INDEX ${index}`));
        noSort(main!.plan);
        noFullScan(main!.plan, 'claims');
      }
    });
  }

  function pageCursor(filter: ClaimFilter): string | undefined {
    return reads.listClaims(filter, { limit: 2 }).nextCursor ?? undefined;
  }

  it('claims without a filter walk the list-order index, stopping at the page', () => {
    const [main] = plansOf(() => reads.listClaims({}, { limit: 20 }));
    expect(main!.plan).toEqual([expect.stringMatching(/^SCAN (claims|c) USING INDEX claims_source_start_idx$/)]);
    expect(main!.query).toMatch(/limit \?$/);
  });

  it('claims?q= takes matching passages from the full-text index in order, a bounded step at a time, then only their claims', () => {
    for (const q of ['billion', 'copper']) {
      const steps = plansOf(() => reads.listClaims({ q }, { limit: 20 }));
      const fts = steps.find((s) => /passages_fts/.test(s.query))!;
      expect(fts.query).toMatch(/order by rowid limit \?$/);
      noSort(fts.plan);
      const page = steps.find((s) => /from passages p join claims c/.test(s.query))!;
      // The step's passage ids are bound as one JSON array: its list subquery is those ids, not a table.
      expect(page.plan.filter((d) => !/^LIST SUBQUERY|^SCAN json_each/.test(d))).toEqual([
        expect.stringMatching(/^SEARCH (passages|p) USING INTEGER PRIMARY KEY/),
        expect.stringMatching(/^SEARCH (claims|c) USING (COVERING )?INDEX claims_passage_idx/),
      ]);
    }
  });

  const conflictFilters: Array<[string, ConflictFilter, string]> = [
    ['status (default)', { status: 'discrepancy' }, 'conflicts_status_idx'],
    ['status=agreement', { status: 'agreement' }, 'conflicts_status_idx'],
    ['severity', { status: 'discrepancy', severity: 'major' }, 'conflicts_status_severity_idx'],
    ['metric', { status: 'discrepancy', metric }, 'conflicts_status_metric_idx'],
    ['metric with status=all', { status: 'all', metric }, 'conflicts_metric_idx'],
  ];

  for (const [name, filter, index] of conflictFilters) {
    it(`conflicts?${name} reads its page in order from ${index}`, () => {
      const [main] = plansOf(() => reads.listConflicts(filter, { limit: 20 }));
      expect(main!.plan.join(' | ')).toMatch(new RegExp(`^SEARCH (conflicts|c) USING (COVERING )?INDEX ${index}`));
      noSort(main!.plan);
    });
  }

  it("conflicts: a page's member text and latest reviews are read by key, and no member is joined to its claim", () => {
    const statements = plansOf(() => reads.listConflicts({ status: 'all' }, { limit: 20 }));
    expect(statements.some(({ query }) => /conflict_claims|claim_overrides/.test(query))).toBe(false);
    const [main, text, ...rest] = statements;
    expect(main!.query).not.toMatch(/claims_json|conflict_reviews/);
    expect(text!.query).toMatch(/claims_json/);
    expect(text!.plan.join(' | ')).toMatch(/SEARCH conflicts USING INDEX sqlite_autoindex_conflicts_1 \(id=\?\)/);
    noFullScan(text!.plan, 'conflicts');
    // Then the latest reviews of the page's conflicts, and at most the propositions of metrics not seen yet.
    const reviews = rest.filter(({ query }) => /conflict_reviews/.test(query));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.plan.join(' | ')).toMatch(/SEARCH y USING COVERING INDEX conflict_reviews_conflict_idx \(conflict_id=\?\)/);
    noFullScan(reviews[0]!.plan, 'conflict_reviews');
    expect(rest.every(({ query }) => /from metrics m|conflict_reviews/.test(query))).toBe(true);
  });

  // Measure, entity and year are terms of claim_terms / conflict_terms, keyed (term, list order).
  const claimTermFilters: Array<[string, ClaimFilter]> = [
    ['measure', { measure: 'exports' }],
    ['entity', { entity: 'china' }],
    ['year', { year: 2001 }],
    ['year (no claim that year)', { year: 1850 }],
    ['unit and measure', { unit: 't', measure: 'exports' }],
  ];

  for (const [name, filter] of claimTermFilters) {
    it(`claims?${name} reads its page in order from claim_terms' key, then each claim by id`, () => {
      for (const cursor of [undefined, pageCursor(filter)]) {
        const [main] = plansOf(() => reads.listClaims(filter, { limit: 20, cursor }));
        expect(main!.plan.slice(0, 2)).toEqual([
          expect.stringMatching(
            /^SEARCH t USING COVERING INDEX sqlite_autoindex_claim_terms_1 \(term=\?( AND \(source_id,quote_start,claim_id\)>\(\?,\?,\?\))?\)$/,
          ),
          'SEARCH c USING INDEX sqlite_autoindex_claims_1 (id=?)',
        ]);
        if (cursor) expect(main!.plan[0]).toMatch(/claim_id\)>/);
        noSort(main!.plan);
        noFullScan(main!.plan, 'claims');
        noFullScan(main!.plan, 'claim_terms');
      }
    });
  }

  it('claims?measure=&entity= probes the second term by the full key of claim_terms', () => {
    const [main] = plansOf(() => reads.listClaims({ measure: 'exports', entity: 'china' }, { limit: 20 }));
    expect(main!.plan).toEqual([
      'SEARCH t USING COVERING INDEX sqlite_autoindex_claim_terms_1 (term=?)',
      'SEARCH c USING INDEX sqlite_autoindex_claims_1 (id=?)',
      'SEARCH x EXISTS USING COVERING INDEX sqlite_autoindex_claim_terms_1 (term=? AND source_id=? AND quote_start=? AND claim_id=?)',
    ]);
  });

  it('claims?sourceId=&measure= keeps the source index and probes the term', () => {
    const [main] = plansOf(() => reads.listClaims({ sourceId: 'trade-digest-7-3', measure: 'exports' }, { limit: 20 }));
    expect(main!.plan[0]).toMatch(/^SEARCH c USING INDEX claims_source_start_idx/);
    expect(main!.plan).toContain(
      'SEARCH x EXISTS USING COVERING INDEX sqlite_autoindex_claim_terms_1 (term=? AND source_id=? AND quote_start=? AND claim_id=?)',
    );
    noSort(main!.plan);
  });

  const conflictTermFilters: Array<[string, ConflictFilter]> = [
    ['measure (default status)', { status: 'discrepancy', measure: 'exports' }],
    ['measure with status=all', { status: 'all', measure: 'exports' }],
    ['entity', { status: 'all', entity: 'china' }],
    ['year', { status: 'all', year: 2001 }],
    ['year and severity', { status: 'discrepancy', severity: 'major', year: 2001 }],
  ];

  for (const [name, filter] of conflictTermFilters) {
    it(`conflicts?${name} reads its page in id order from conflict_terms' key`, () => {
      const cursor = reads.listConflicts(filter, { limit: 1 }).nextCursor ?? undefined;
      expect(cursor).toBeDefined();
      for (const at of [undefined, cursor]) {
        const [main] = plansOf(() => reads.listConflicts(filter, { limit: 20, cursor: at }));
        expect(main!.plan[0]).toMatch(
          at
            ? /^SEARCH t USING COVERING INDEX sqlite_autoindex_conflict_terms_1 \(term=\? AND conflict_id>\?\)$/
            : /^SEARCH t USING COVERING INDEX sqlite_autoindex_conflict_terms_1 \(term=\?\)$/,
        );
        expect(main!.plan[1]).toMatch(
          /^SEARCH c USING INDEX (sqlite_autoindex_conflicts_1 \(id=\?\)|conflicts_status\w*_idx \(status=\? AND (severity=\? AND )?id=\?\))$/,
        );
        noSort(main!.plan);
        noFullScan(main!.plan, 'conflicts');
      }
    });
  }

  it('full-text pages walk every match exactly once, in order, across steps', () => {
    // "billion" is in most passages here: many steps and pages.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = reads.listClaims({ q: 'billion' }, { limit: 7, cursor });
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
