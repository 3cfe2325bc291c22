import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { openTestStore, runSql, TEST_ENGINE, ingestSynthetic } from '../../helpers.js';

/**
 * A store written before the list terms existed gets them from its migration: the migration's
 * backfill statements must write exactly the rows the triggers write for the same claims and
 * conflicts (here: the triggers' rows are removed and the backfill run again).
 */
describe(`list terms of a store from before (${TEST_ENGINE})`, () => {
  let store: Store;
  let close: () => Promise<void>;
  const file = TEST_ENGINE === 'sqlite' ? 'migrations/0009_list_terms_triggers.sql' : 'migrations/postgres/0005_list_terms_triggers.sql';

  beforeAll(async () => {
    ({ store, close } = await openTestStore());
    await ingestSynthetic(store, 25, 5);
  }, 120_000);
  afterAll(() => close());

  const run = (query: string) => runSql(store, query);

  it('gives new claims the terms the update trigger writes for them', async () => {
    const claimTerms = 'select term, source_id, quote_start, claim_id from claim_terms order by 1, 2, 3, 4';
    const written = await run(claimTerms);
    expect(written.filter((r) => (r as { term: string }).term.startsWith('year:')).length).toBeGreaterThan(25);
    // Naming the columns fires the update trigger, which deletes each claim's terms and derives them again.
    await run('update claims set metric = metric, period_start = period_start');
    expect(await run(claimTerms)).toEqual(written);
  });

  it("writes the triggers' rows for every claim and conflict", async () => {
    const claimTerms = 'select term, source_id, quote_start, claim_id from claim_terms order by 1, 2, 3, 4';
    const conflictTerms = 'select term, conflict_id from conflict_terms order by 1, 2';
    const written = { claims: await run(claimTerms), conflicts: await run(conflictTerms) };
    // Every kind of term is there: a sanity check on the corpus, not on the code.
    for (const kind of ['measure:', 'entity:', 'year:'])
      expect(written.claims.filter((r) => (r as { term: string }).term.startsWith(kind)).length, kind).toBeGreaterThan(25);
    expect(written.conflicts.length).toBeGreaterThan(10);

    const backfill = readFileSync(file, 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => /^INSERT INTO/i.test(s) || /^INSERT OR IGNORE INTO/i.test(s));
    expect(backfill).toHaveLength(2);
    await run('delete from claim_terms');
    await run('delete from conflict_terms');
    for (const statement of backfill) await run(statement);
    expect(await run(claimTerms)).toEqual(written.claims);
    expect(await run(conflictTerms)).toEqual(written.conflicts);
  });
});
