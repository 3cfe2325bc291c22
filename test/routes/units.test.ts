import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';

interface UnitRow {
  code: string;
  dimension: string;
  standard: { system: string; code: string } | null;
  base: string | null;
  factor: number;
  family: string;
  familyUnit: string;
  prefixes: string[];
  symbols: string[];
  words: string[];
}
interface Page {
  data: UnitRow[];
  nextCursor: string | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function all(query: string): Promise<UnitRow[]> {
  const rows: UnitRow[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.app.inject(`/v1/units?limit=500${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

describe('GET /v1/units', () => {
  it('pages through the registry in code order without repeats', async () => {
    const first = await t.app.inject('/v1/units?limit=7');
    const page = first.json() as Page;
    expect(page.data).toHaveLength(7);
    expect(page.nextCursor).toEqual(expect.any(String));
    const second = (await t.app.inject(`/v1/units?limit=7&cursor=${page.nextCursor}`)).json() as Page;
    const codes = [...page.data, ...second.data].map((u) => u.code);
    expect(new Set(codes).size).toBe(14);
    expect([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(codes);
  });

  it('lists every current ISO 4217 currency as money that never converts', async () => {
    const money = await all('&dimension=money');
    expect(money.length).toBeGreaterThan(150);
    const hkd = money.find((u) => u.code === 'HKD')!;
    expect(hkd).toMatchObject({ standard: { system: 'ISO 4217', code: 'HKD' }, base: null, family: 'money:HKD' });
    expect(hkd.prefixes).toContain('HK$');
    expect(money.every((u) => u.family === `money:${u.code}`)).toBe(true);
  });

  it('gives physical units a UCUM code and a factor to the base unit of their dimension', async () => {
    const power = await all('&dimension=power');
    const gw = power.find((u) => u.code === 'GW')!;
    const mw = power.find((u) => u.code === 'MW')!;
    expect(gw).toMatchObject({ base: 'W', factor: 1e9, standard: { system: 'UCUM', code: 'GW' }, family: 'power' });
    expect(gw.factor / mw.factor).toBe(1000);
    const mile = (await all('&dimension=length')).find((u) => u.code === 'mi')!;
    expect(mile.factor).toBe(1609.344);
  });

  it('filters by comparison family', async () => {
    const mass = await all('&family=mass');
    expect(mass.map((u) => u.code)).toEqual(expect.arrayContaining(['t', 'kg', 'lb']));
    expect(mass.every((u) => u.familyUnit === 't')).toBe(true);
  });

  it('answers 400 problem+json for an unknown dimension or a forged cursor', async () => {
    expectProblem(await t.app.inject('/v1/units?dimension=colour'), 400);
    expectProblem(await t.app.inject('/v1/units?cursor=not-a-cursor!'), 400);
    expectProblem(await t.app.inject('/v1/units?limit=0'), 400);
  });
});
