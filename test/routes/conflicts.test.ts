import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { createTestApp, expectProblem, insertClaimFixture, insertTestConflict, type TestApp } from '../helpers.js';

let t: TestApp;
let discrepancy: string;
let agreement: string;
let ids: Awaited<ReturnType<typeof insertClaimFixture>>;
beforeAll(async () => {
  t = await createTestApp();
  ids = await insertClaimFixture(t.store);
  discrepancy = await insertTestConflict(t.store, {
    metric: 'trade.test.total',
    status: 'discrepancy',
    severity: 'major',
    claimIds: [ids.a1, ids.b1],
    period: ids.Y2023,
  });
  agreement = await insertTestConflict(t.store, {
    metric: 'exports.test',
    status: 'agreement',
    severity: 'none',
    claimIds: [ids.a2, ids.b3],
    period: ids.Y2024,
  });
});
afterAll(async () => {
  await t.close();
});

async function conflictIds(query: string): Promise<string[]> {
  const res = await t.app.inject(`/v1/conflicts${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { data: Conflict[] }).data.map((c) => c.id);
}

describe('GET /v1/conflicts', () => {
  it('lists discrepancies only by default', async () => {
    expect(await conflictIds('')).toEqual([discrepancy]);
  });

  it.each([
    ['?status=agreement', () => [agreement]],
    ['?status=all', () => [agreement, discrepancy].sort()],
    ['?status=all&severity=none', () => [agreement]],
    ['?severity=major', () => [discrepancy]],
    ['?severity=minor', () => []],
    ['?status=all&metric=exports.test', () => [agreement]],
  ])('filters with %s', async (query, expected) => {
    expect(await conflictIds(query)).toEqual(expected());
  });

  it('pages through status=all one conflict at a time', async () => {
    const first = (await t.app.inject('/v1/conflicts?status=all&limit=1')).json() as { data: Conflict[]; nextCursor: string };
    const second = (await t.app.inject(`/v1/conflicts?status=all&limit=1&cursor=${first.nextCursor}`)).json() as {
      data: Conflict[];
      nextCursor: string | null;
    };
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual([agreement, discrepancy].sort());
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ['status=maybe', 'querystring.status'],
    ['severity=huge', 'querystring.severity'],
    ['cursor=%7B%7D', 'querystring.cursor'],
  ])('answers 400 problem+json for %s', async (query, path) => {
    expect(expectProblem(await t.app.inject(`/v1/conflicts?${query}`), 400).errors?.map((e) => e.path)).toEqual([path]);
  });
});

describe('GET /v1/conflicts/:id', () => {
  it('answers the conflict with its member claims', async () => {
    const res = await t.app.inject(`/v1/conflicts/${discrepancy}`);
    expect(res.statusCode).toBe(200);
    const conflict = res.json() as Conflict;
    expect(conflict).toMatchObject({
      id: discrepancy,
      metric: 'trade.test.total',
      period: { start: '2023-01-01', end: '2023-12-31', label: '2023' },
      status: 'discrepancy',
      severity: 'major',
      consensus: { value: 220e9, unit: 'USD', method: 'median-of-all' },
    });
    expect(conflict.claims.map((c) => [c.claimId, c.sourceId, c.value])).toEqual([
      [ids.a1, 'alpha-report', 240e9],
      [ids.b1, 'beta-brief', 200e9],
    ]);
    expect(conflict.spread).toBeCloseTo(40 / 220, 10);
  });

  it('answers 404 problem+json for an unknown conflict', async () => {
    expectProblem(await t.app.inject('/v1/conflicts/cfl_unknown'), 404);
  });
});
