import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFLICT_PAGE_MEMBERS } from '../../../src/store/mapping.js';
import type { PostgresStore } from '../../../src/store/postgres/store.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import type { Store } from '../../../src/store/types.js';
import type { Conflict } from '../../../src/schemas/conflicts.js';
import { openTestStore, runSql, TEST_ENGINE, ingestSynthetic } from '../../helpers.js';

/**
 * Each conflict row carries its members as the JSON text the API serves. That text must be what
 * reading the members through their claims gives, and a page of conflicts is bounded by how many
 * members it holds as well as by `limit`.
 */
describe(`conflict members stored with the group (${TEST_ENGINE})`, () => {
  let store: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ store, close } = await openTestStore());
    await ingestSynthetic(store, 30, 5);
  }, 120_000);
  afterAll(() => close());

  const run = (query: string) => runSql(store, query);

  const fill = () => (store instanceof SqliteStore ? store.fillConflictClaims() : (store as PostgresStore).fillConflictClaims());

  async function everyConflict(limit = 500): Promise<Conflict[]> {
    const all: Conflict[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listConflicts({ status: 'all' }, { limit, cursor });
      all.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  it('stores the text that reading the members through their claims gives, and fills it in for groups without it', async () => {
    const listed = await everyConflict();
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.some((c) => c.claims.length > 2)).toBe(true);
    const stored = await run('select id, claim_count, claims_json from conflicts order by id');
    expect(stored.every((r) => (r as { claims_json: string | null }).claims_json !== null)).toBe(true);
    for (const r of stored as Array<{ id: string; claim_count: number }>) {
      expect(Number(r.claim_count), r.id).toBe(listed.find((c) => c.id === r.id)!.claims.length);
    }

    // As a store from before the column: reads go through the members table meanwhile.
    await run('update conflicts set claims_json = null, claim_count = 0');
    expect(await everyConflict()).toEqual(listed);
    for (const c of listed.slice(0, 5)) expect(await store.getConflict(c.id)).toEqual(c);

    expect(await fill()).toBe(stored.length);
    expect(await run('select id, claim_count, claims_json from conflicts order by id')).toEqual(stored);
    expect(await fill()).toBe(0);
  });

  it('ends a page before the group that would take it past the member budget, and the cursor goes on from there', async () => {
    const ids = (await everyConflict()).map((c) => c.id);
    const per = Math.floor(CONFLICT_PAGE_MEMBERS / 3) + 1;
    // Counts as large groups would have them (the members themselves are not read to bound a page).
    await run(`update conflicts set claim_count = ${per}`);
    await run(`update conflicts set claim_count = ${CONFLICT_PAGE_MEMBERS * 5} where id = '${ids[4]}'`);
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listConflicts({ status: 'all' }, { limit: 50, cursor });
      pages.push(page.data.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.flat()).toEqual(ids);
    // Two groups fit, a third would not; a group larger than the budget is a page of its own.
    expect(pages.slice(0, 4)).toEqual([ids.slice(0, 2), ids.slice(2, 4), [ids[4]], ids.slice(5, 7)]);
    expect(pages.slice(0, -1).every((p) => p.length <= 2)).toBe(true);
    // `limit` still caps a page of small groups.
    expect((await store.listConflicts({ status: 'all' }, { limit: 1 })).data.map((c) => c.id)).toEqual([ids[0]]);
    await run(`update conflicts set claim_count = 1`);
    expect((await store.listConflicts({ status: 'all' }, { limit: 7 })).data.map((c) => c.id)).toEqual(ids.slice(0, 7));
  });
});
