import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSource } from '../../../src/services/ingest.js';
import type { Claim } from '../../../src/schemas/claims.js';
import type { Conflict } from '../../../src/schemas/conflicts.js';
import type { ClaimFilter, ConflictFilter, Page, Store } from '../../../src/store/types.js';
import { countRows, openTestStore, TEST_ENGINE, ingestSynthetic } from '../../helpers.js';

/**
 * The measure, entity and year filters of the claim and conflict lists read their pages from
 * stored terms (kept by triggers). Whatever the engine, every page walk must give exactly the
 * claims (conflicts) of the unfiltered list whose proposition and period match, in list order,
 * across cursors, and must follow writes: a deleted source's claims leave the filtered lists.
 */
describe(`list filters on measure, entity and year (${TEST_ENGINE})`, () => {
  let store: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ store, close } = await openTestStore());
    await ingestSynthetic(store, 40, 11, (i) => ({ authors: [`Desk ${i % 3}`] }));
  }, 120_000);
  afterAll(() => close());

  async function walk<T>(list: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(cursor);
      out.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  const allClaims = () => walk((cursor) => store.listClaims({}, { limit: 50, cursor }));
  const allConflicts = () => walk((cursor) => store.listConflicts({ status: 'all' }, { limit: 50, cursor }));

  /** The same test written over the API objects: the proposition's parts and the period's calendar years. */
  function matches(p: Claim['proposition'], period: { start: string | null; end: string | null } | null, f: ClaimFilter | ConflictFilter) {
    if (f.measure && p?.measure !== f.measure) return false;
    if (f.entity && !(p && (p.counterpart === f.entity || p.subject.includes(f.entity)))) return false;
    if (f.year !== undefined) {
      const y = String(f.year).padStart(4, '0');
      if (!period?.start || !period.end || period.start > `${y}-12-31` || period.end < `${y}-01-01`) return false;
    }
    return true;
  }

  /** Filters with enough matches for several pages, and one that matches nothing. */
  async function claimFilters(claims: Claim[]): Promise<ClaimFilter[]> {
    const measure = claims.find((c) => c.proposition?.measure)!.proposition!.measure;
    const entity = claims.find((c) => c.proposition?.subject.length)!.proposition!.subject[0]!;
    const year = Number(claims.find((c) => c.period?.start)!.period!.start!.slice(0, 4));
    return [{ measure }, { entity }, { year }, { measure, entity }, { measure, year }, { entity, unit: claims[0]!.unit }, { year: 1850 }];
  }

  it('claims: every filter pages through exactly the matching claims, in list order', async () => {
    const claims = await allClaims();
    expect(claims.length).toBeGreaterThan(300);
    for (const filter of await claimFilters(claims)) {
      const expected = claims.filter((c) => matches(c.proposition, c.period, filter) && (!filter.unit || c.unit === filter.unit)).map((c) => c.id);
      if (filter.year !== 1850) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(Object.keys(filter).length === 1 ? 7 : 0);
      const seen = await walk((cursor) => store.listClaims(filter, { limit: 7, cursor }));
      expect(
        seen.map((c) => c.id),
        JSON.stringify(filter),
      ).toEqual(expected);
    }
  });

  it('claims: the filters combine with a source, a metric and full-text search', async () => {
    const claims = await allClaims();
    const withMeasure = claims.find((c) => c.proposition?.measure)!;
    const measure = withMeasure.proposition!.measure;
    for (const extra of [{ sourceId: withMeasure.sourceId }, { metric: withMeasure.metric! }]) {
      const filter = { ...extra, measure };
      const expected = claims.filter((c) => c.proposition?.measure === measure && Object.entries(extra).every(([k, v]) => c[k as keyof Claim] === v));
      expect(expected.length).toBeGreaterThan(0);
      const seen = await walk((cursor) => store.listClaims(filter, { limit: 3, cursor }));
      expect(seen.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    }
    // A word of the claim's own statement: the search finds it, among others.
    const q = withMeasure.statement.split(/[^A-Za-z]+/).find((w) => w.length > 4)!;
    const searched = await walk((cursor) => store.listClaims({ q }, { limit: 50, cursor }));
    const expected = searched.filter((c) => c.proposition?.measure === measure).map((c) => c.id);
    expect(expected).toContain(withMeasure.id);
    const measured = await walk((cursor) => store.listClaims({ q, measure }, { limit: 4, cursor }));
    expect(measured.map((c) => c.id)).toEqual(expected);
  });

  it('conflicts: every filter pages through exactly the matching conflicts, in id order', async () => {
    const conflicts = await allConflicts();
    expect(conflicts.length).toBeGreaterThan(20);
    const first = conflicts.find((c) => c.proposition?.subject.length)!;
    const filters: ConflictFilter[] = [
      { status: 'all', measure: first.proposition!.measure },
      { status: 'all', entity: first.proposition!.subject[0]! },
      { status: 'all', year: Number(first.period.start!.slice(0, 4)) },
      { status: 'all', measure: first.proposition!.measure, year: Number(first.period.start!.slice(0, 4)) },
      { status: first.status, entity: first.proposition!.subject[0]! },
      { status: 'all', year: 1850 },
    ];
    for (const filter of filters) {
      const expected = conflicts
        .filter((c: Conflict) => matches(c.proposition, c.period, filter) && (filter.status === 'all' || c.status === filter.status))
        .map((c) => c.id);
      if (filter.year !== 1850) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const seen = await walk((cursor) => store.listConflicts(filter, { limit: 2, cursor }));
      expect(
        seen.map((c) => c.id),
        JSON.stringify(filter),
      ).toEqual(expected);
    }
  });

  it("a deleted source's claims and dissolved conflicts leave the filtered lists", async () => {
    const claims = await allClaims();
    const gone = claims.find((c) => c.proposition?.measure)!;
    const filter = { measure: gone.proposition!.measure };
    const before = await walk((cursor) => store.listClaims(filter, { limit: 50, cursor }));
    expect(await countRows({ store }, 'claim_terms', `source_id = '${gone.sourceId}'`)).toBeGreaterThan(0);
    expect(before.some((c) => c.sourceId === gone.sourceId)).toBe(true);
    await deleteSource(store, gone.sourceId);
    const after = await walk((cursor) => store.listClaims(filter, { limit: 50, cursor }));
    expect(after.map((c) => c.id)).toEqual(before.filter((c) => c.sourceId !== gone.sourceId).map((c) => c.id));
    const conflicts = await allConflicts();
    const listed = await walk((cursor) => store.listConflicts({ status: 'all', ...filter }, { limit: 50, cursor }));
    expect(listed.map((c) => c.id)).toEqual(conflicts.filter((c) => c.proposition?.measure === filter.measure).map((c) => c.id));
    // No term outlives its row.
    expect(await countRows({ store }, 'claim_terms', `source_id = '${gone.sourceId}'`)).toBe(0);
    expect(await countRows({ store }, 'claim_terms', 'claim_id not in (select id from claims)')).toBe(0);
    expect(await countRows({ store }, 'conflict_terms', 'conflict_id not in (select id from conflicts)')).toBe(0);
  });
});
