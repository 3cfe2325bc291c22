import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { countRows, createTestApp, expectProblem, type TestApp } from '../helpers.js';

const KEY = 'batch-write-key-0123456789';
const READ_KEY = 'batch-read-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };

// Three outlets stating the same 2023 figure about a lithium flow, two close and one far off.
const article = (n: number, billions: string, extra = '') => ({
  title: `Lithium desk ${n}`,
  publisher: `Outlet ${n}`,
  publishedAt: '2024-03-01',
  text: `Exports of lithium from Chile to Japan rose to $${billions} billion in 2023.${extra}`,
});

const tables = ['sources', 'passages', 'claims', 'conflicts', 'conflict_claims', 'audit_log'];
const counts = async (t: TestApp) => Object.fromEntries(await Promise.all(tables.map(async (n) => [n, await countRows(t, n)] as const)));

describe('POST /v1/sources:batch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { apiKeys: [KEY, `reader:${READ_KEY}:read`] } });
  });
  afterAll(() => t.close());

  const post = (payload: string | object, headers: Record<string, string> = { ...auth, 'content-type': 'application/json' }) =>
    t.app.inject({ method: 'POST', url: '/v1/sources:batch', headers, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

  it('stores every item of a JSON array and judges their shared proposition once, together', async () => {
    const res = await post([article(1, '4.0'), article(2, '4.1'), article(3, '9.0')]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 3, duplicates: 0, rejected: 0 });
    expect(body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 201],
      [2, 201],
    ]);
    expect(body.results[1].source).toMatchObject({ id: 'lithium-desk-2', publisher: 'Outlet 2', claimCount: 1 });
    const lithium = (await t.app.inject('/v1/conflicts?status=all&metric=exports.chile-to-japan.total')).json().data as Conflict[];
    expect(lithium).toHaveLength(1);
    expect(lithium[0]!.claims.map((c) => c.sourceId).sort()).toEqual(['lithium-desk-1', 'lithium-desk-2', 'lithium-desk-3']);
    expect(lithium[0]!.status).toBe('discrepancy');
    // One audit entry per stored source.
    const audit = await countRows(t, 'audit_log', "action = 'ingest'");
    expect(audit).toBe(3);
  });

  it('answers 200 per item for texts already stored or repeated in the batch, and writes nothing new', async () => {
    const before = await counts(t);
    const res = await post([article(1, '4.0'), { ...article(7, '4.0'), text: article(1, '4.0').text }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, duplicates: 2, rejected: 0 });
    expect(res.json().results.map((r: { source: { id: string } }) => r.source.id)).toEqual(['lithium-desk-1', 'lithium-desk-1']);
    expect(await counts(t)).toEqual(before);
  });

  it('treats a text given twice in one batch as one source', async () => {
    const twice = article(20, '4.05', ' A second sentence.');
    const res = await post([twice, { ...twice, title: 'Same text again' }]);
    expect(res.json().results.map((r: { status: number }) => r.status)).toEqual([201, 200]);
    expect(res.json().results[1].source.id).toBe('lithium-desk-20');
  });

  it('refuses a bad item with its own problem, writing nothing of it, and stores the others', async () => {
    const before = await counts(t);
    const res = await post([
      article(30, '4.2', ' Shipping resumed.'),
      { title: 'No text here' },
      { ...article(31, '4.3', ' Prices held.'), id: 'lithium-desk-1' },
      { ...article(32, '4.4', ' Talks went on.'), publishedAt: '2024-13' },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 1, duplicates: 0, rejected: 3 });
    expect(body.results.map((r: { status: number }) => r.status)).toEqual([201, 400, 409, 400]);
    expect(body.results[1].problem.errors).toEqual([expect.objectContaining({ path: 'items.1.text' })]);
    expect(body.results[2].problem.detail).toMatch(/lithium-desk-1/);
    expect(body.results[3].problem.errors[0].path).toBe('items.3.publishedAt');
    const after = await counts(t);
    expect(after.sources).toBe(before.sources! + 1);
    expect((await t.app.inject('/v1/sources/lithium-desk-31')).statusCode).toBe(404);
  });

  it('takes NDJSON, refusing a line that is not JSON on its own', async () => {
    const lines = [JSON.stringify(article(40, '4.6', ' Ports reopened.')), '{"title": "broken', '', JSON.stringify(article(41, '4.7', ' Rains came late.'))];
    const res = await post(lines.join('\n'), { ...auth, 'content-type': 'application/x-ndjson' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { status: number }) => r.status)).toEqual([201, 400, 201]);
    expect(body.results[1].problem.detail).toMatch(/not JSON/);
    expect((await t.app.inject('/v1/sources/lithium-desk-41')).statusCode).toBe(200);
  });

  it('needs a key with the write scope', async () => {
    const before = await counts(t);
    expectProblem(await post([article(50, '5.0')], { 'content-type': 'application/json' }), 401);
    expectProblem(await post([article(50, '5.0')], { authorization: `Bearer ${READ_KEY}`, 'content-type': 'application/json' }), 403);
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a body that is not a non-empty array of at most 1000 items', async () => {
    expectProblem(await post({ title: 'x', text: 'y' }), 400);
    expectProblem(await post([]), 400);
    expectProblem(await post(Array.from({ length: 1001 }, (_, i) => article(i, '1.0'))), 400);
  });
});
