import { fc, test as fcTest } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Metric } from '../../src/schemas/claims.js';
import { createTestApp, expectProblem, FIXTURE_TEXTS, insertClaimFixture, type TestApp } from '../helpers.js';

let t: TestApp;
let ids: Awaited<ReturnType<typeof insertClaimFixture>>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await insertClaimFixture(t.store);
});
afterAll(async () => {
  await t.close();
});

async function claimIds(query: Record<string, string>): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: '/v1/claims', query });
  expect(res.statusCode).toBe(200);
  return (res.json() as { data: Claim[] }).data.map((c) => c.id);
}

describe('GET /v1/claims', () => {
  it('lists claims in document order: by source, then position', async () => {
    expect(await claimIds({})).toEqual([ids.a1, ids.a2, ids.a3, ids.b1, ids.b2, ids.b3]);
  });

  it('answers each claim in the Claim shape, its quote slicing back out of the source text', async () => {
    const res = await t.app.inject('/v1/claims?sourceId=alpha-report&metric=trade.test.total');
    const [claim] = (res.json() as { data: Claim[] }).data;
    expect(claim).toEqual({
      id: ids.a1,
      sourceId: 'alpha-report',
      passageId: expect.stringMatching(/^psg_/),
      statement: expect.any(String),
      metric: 'trade.test.total',
      quote: { exact: 'reached a record high', start: 33, end: 54 },
      value: 240e9,
      unit: 'USD',
      qualifier: 'exact',
      interval: { low: 240e9, high: 240e9 },
      period: { start: '2023-01-01', end: '2023-12-31', label: '2023', resolution: 'explicit' },
      // Inserted without a proposition: no measure, never compared.
      proposition: null,
      comparable: false,
      change: null,
      restates: null,
    });
    expect(Array.from(FIXTURE_TEXTS.alpha).slice(33, 54).join('')).toBe('reached a record high');
  });

  it.each([
    ['sourceId', { sourceId: 'beta-brief' }, ['b1', 'b2', 'b3']],
    ['metric', { metric: 'trade.test.total' }, ['a1', 'b1']],
    ['unit', { unit: 'percent' }, ['a3', 'b2']],
    ['year (periods overlapping 2023)', { year: '2023' }, ['a1', 'b1', 'b2']],
    ['year (a fiscal year reaching into 2022)', { year: '2022' }, ['b2']],
    ['year with no claims', { year: '1999' }, []],
    ['several filters at once', { sourceId: 'alpha-report', unit: 'USD' }, ['a1', 'a2']],
    ['full-text search over passages', { q: 'exports' }, ['a2', 'b2']],
    ['full-text search, case-insensitive, every word required', { q: 'GREW Strongly' }, ['a2', 'b3']],
    ['an unknown metric', { metric: 'no.such.metric' }, []],
  ] as const)('filters by %s', async (_label, query, expected) => {
    expect(await claimIds(query)).toEqual(expected.map((key) => ids[key]));
  });

  it.each(['"', 'strait"', 'NEAR(strait shipping)', 'text:strait', '*', '-strait', "'); drop table claims; --", '()', 'AND', 'strait OR exports', '^strait'])(
    'treats %s as plain words, never as FTS syntax',
    async (q) => {
      const res = await t.app.inject({ method: 'GET', url: '/v1/claims', query: { q } });
      expect(res.statusCode).toBe(200);
    },
  );

  it('searches operators as words: "strait OR exports" needs all three words', async () => {
    expect(await claimIds({ q: 'strait OR exports' })).toEqual([]);
    expect(await claimIds({ q: 'strait' })).toEqual([ids.a3]);
  });

  fcTest.prop([fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }))], {
    numRuns: 150,
  })('answers any search string without a server error', async (q) => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/claims', query: { q } });
    expect([200, 400]).toContain(res.statusCode);
    if (res.statusCode === 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('pages with limit and cursor through the same order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: '4' };
      if (cursor) query.cursor = cursor;
      const body = (await t.app.inject({ method: 'GET', url: '/v1/claims', query })).json() as { data: Claim[]; nextCursor: string | null };
      seen.push(...body.data.map((c) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(seen).toEqual(await claimIds({}));
  });

  it('keeps filters across pages', async () => {
    const first = (await t.app.inject('/v1/claims?unit=USD&limit=3')).json() as { data: Claim[]; nextCursor: string };
    const second = (await t.app.inject(`/v1/claims?unit=USD&limit=3&cursor=${first.nextCursor}`)).json() as { data: Claim[]; nextCursor: null };
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual([ids.a1, ids.a2, ids.b1, ids.b3]);
    expect(second.nextCursor).toBeNull();
  });

  it('answers 400 problem+json for a cursor issued by another list', async () => {
    const sources = (await t.app.inject('/v1/sources?limit=1')).json() as { nextCursor: string };
    const res = await t.app.inject(`/v1/claims?cursor=${sources.nextCursor}`);
    expect(expectProblem(res, 400).errors?.map((e) => e.path)).toEqual(['querystring.cursor']);
  });

  it.each([
    ['year=abc', 'querystring.year'],
    ['year=0', 'querystring.year'],
    ['q=', 'querystring.q'],
    [`q=${'a'.repeat(201)}`, 'querystring.q'],
  ])('answers 400 problem+json for %s', async (query, path) => {
    expect(expectProblem(await t.app.inject(`/v1/claims?${query}`), 400).errors?.map((e) => e.path)).toEqual([path]);
  });
});

describe('GET /v1/claims/:id', () => {
  it('answers the claim as the list shows it', async () => {
    const listed = (await t.app.inject('/v1/claims?sourceId=beta-brief')).json() as { data: Claim[] };
    const res = await t.app.inject(`/v1/claims/${ids.b2}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(listed.data.find((c) => c.id === ids.b2));
  });

  it('answers a null period for an undated claim', async () => {
    expect(((await t.app.inject(`/v1/claims/${ids.a3}`)).json() as Claim).period).toBeNull();
  });

  it('answers 404 problem+json for an unknown claim', async () => {
    const problem = expectProblem(await t.app.inject('/v1/claims/clm_unknown'), 404);
    expect(problem.detail).toContain('clm_unknown');
  });
});

describe('GET /v1/metrics', () => {
  it('lists the metrics claims refer to, by key, with their claim counts', async () => {
    const res = await t.app.inject('/v1/metrics');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { data: Metric[]; nextCursor: string | null };
    expect(body.data.map((m) => [m.key, m.claimCount])).toEqual([
      ['exports.test', 2],
      ['exports.test.growth', 1],
      ['shipping.test.change', 1],
      ['trade.test.total', 2],
    ]);
    expect(body.nextCursor).toBeNull();
  });

  it('pages with limit=3 and a cursor', async () => {
    const first = (await t.app.inject('/v1/metrics?limit=3')).json() as { data: Metric[]; nextCursor: string };
    const second = (await t.app.inject(`/v1/metrics?limit=3&cursor=${first.nextCursor}`)).json() as { data: Metric[]; nextCursor: null };
    expect(first.data).toHaveLength(3);
    expect(second.data.map((m) => m.key)).toEqual(['trade.test.total']);
    expect(second.nextCursor).toBeNull();
  });
});
