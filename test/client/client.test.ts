import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, insertClaimFixture, insertTestConflict, type TestApp } from '../helpers.js';
import type { components, paths } from './schema.js';

type Source = components['schemas']['Source'];

const ROOT = resolve(import.meta.dirname, '../..');

let t: TestApp;
let client: ReturnType<typeof createClient<paths>>;
let ids: Awaited<ReturnType<typeof insertClaimFixture>>;
let conflictId: string;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  ids = await insertClaimFixture(t.store);
  conflictId = await insertTestConflict(t.store, {
    metric: 'trade.test.total',
    status: 'discrepancy',
    severity: 'major',
    claimIds: [ids.a1, ids.b1],
    period: ids.Y2023,
  });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  client = createClient<paths>({ baseUrl: `http://127.0.0.1:${port}` });
});
afterAll(async () => {
  await t.close();
});

describe('test/client/schema.d.ts', () => {
  it('is what `npm run client:generate` makes from openapi.yaml today', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(new URL(`file://${ROOT}/openapi.yaml`)));
    const committed = readFileSync(resolve(ROOT, 'test/client/schema.d.ts'), 'utf8');
    expect(committed === generated, 'schema.d.ts is stale: run `npm run client:generate` and commit it').toBe(true);
  });
});

describe('a client generated from openapi.yaml, against a listening server', () => {
  it('lists sources and pages with a typed cursor', async () => {
    const first = await client.GET('/v1/sources', { params: { query: { limit: 4 } } });
    expect(first.response.status).toBe(200);
    expect(first.data!.data).toHaveLength(4);
    const second = await client.GET('/v1/sources', { params: { query: { limit: 4, cursor: first.data!.nextCursor! } } });
    const all: Source[] = [...first.data!.data, ...second.data!.data];
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining(['alpha-report', 'beta-brief', 'usip-putin-visit-china']));
    expect(all).toHaveLength(7);
    expect(second.data!.nextCursor).toBeNull();
  });

  it('gets one source, and reads a 404 as a typed problem', async () => {
    const ok = await client.GET('/v1/sources/{id}', { params: { path: { id: 'scmp-priority-partners' } } });
    expect(ok.data?.publisher).toBe('South China Morning Post');
    const missing = await client.GET('/v1/sources/{id}', { params: { path: { id: 'nope' } } });
    expect(missing.data).toBeUndefined();
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.error?.status).toBe(404);
    expect(missing.error?.detail).toContain('nope');
  });

  it('reads a source’s text as text and finds each claim’s quote at its offsets', async () => {
    const text = await client.GET('/v1/sources/{id}/text', { params: { path: { id: 'alpha-report' } }, parseAs: 'text' });
    const claims = await client.GET('/v1/claims', { params: { query: { sourceId: 'alpha-report', unit: 'USD' } } });
    expect(claims.data!.data.map((c) => c.id)).toEqual([ids.a1, ids.a2]);
    for (const claim of claims.data!.data) {
      expect(Array.from(text.data!).slice(claim.quote.start, claim.quote.end).join('')).toBe(claim.quote.exact);
    }
  });

  it('searches claims by year and text, and answers a bad query as a typed problem', async () => {
    const byYear = await client.GET('/v1/claims', { params: { query: { year: 2024, q: 'strongly' } } });
    expect(byYear.data!.data.map((c) => c.id)).toEqual([ids.a2, ids.b3]);
    const bad = await client.GET('/v1/claims', { params: { query: { limit: 0 } } });
    expect(bad.error?.errors?.map((e) => e.path)).toEqual(['querystring.limit']);
  });

  it('lists metrics', async () => {
    const metrics = await client.GET('/v1/metrics', { params: { query: { limit: 500 } } });
    expect(metrics.data!.data.find((m) => m.key === 'trade.test.total')?.claimCount).toBe(2);
  });

  it('lists and gets conflicts with typed filters', async () => {
    const list = await client.GET('/v1/conflicts', { params: { query: { status: 'discrepancy', severity: 'major', metric: 'trade.test.total' } } });
    expect(list.data!.data.map((c) => c.id)).toEqual([conflictId]);
    const one = await client.GET('/v1/conflicts/{id}', { params: { path: { id: conflictId } } });
    expect(one.data?.claims.map((c) => c.sourceId)).toEqual(['alpha-report', 'beta-brief']);
    // @ts-expect-error the generated types only allow the documented statuses
    const invalid = await client.GET('/v1/conflicts', { params: { query: { status: 'maybe' } } });
    expect(invalid.response.status).toBe(400);
  });
});
