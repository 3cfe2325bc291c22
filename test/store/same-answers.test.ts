import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { seedDatabase } from '../../src/services/seeding.js';
import { openTestStore, testConfig } from '../helpers.js';

/*
 * The same requests against the seeded API on SQLite and on PostgreSQL (PGlite, or the server
 * TEST_DATABASE_URL names) answer the same status, type and body. Only `createdAt`, the
 * moment each database was seeded, differs.
 */
const engines: Array<{ app: FastifyInstance; close(): Promise<void> }> = [];

beforeAll(async () => {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const opened = await openTestStore(engine);
    await seedDatabase(opened.store);
    const app = await buildApp({ config: testConfig({ maxEventLoopDelayMs: 0 }), store: opened.store });
    engines.push({ app, close: async () => (await app.close(), await opened.close()) });
  }
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

const stamp = /"createdAt":"[^"]+"/g;

async function answers(url: string, headers: Record<string, string> = {}) {
  return Promise.all(
    engines.map(async ({ app }) => {
      const res = await app.inject({ url, headers });
      return { status: res.statusCode, type: res.headers['content-type'], body: res.body.replace(stamp, '"createdAt":"…"') };
    }),
  );
}

async function expectSame(url: string, headers: Record<string, string> = {}) {
  const [sqlite, postgres] = await answers(url, headers);
  expect(postgres, url).toEqual(sqlite);
  return JSON.parse(String(sqlite!.type).includes('json') ? sqlite!.body : 'null') as {
    data?: Array<{ id?: string; key?: string }>;
    nextCursor?: string | null;
  };
}

describe('the same requests on SQLite and PostgreSQL', () => {
  it('list and fetch sources, passages, texts and claims alike', async () => {
    const sources = await expectSame('/v1/sources');
    expect(sources.data).toHaveLength(5);
    for (const { id } of sources.data!) {
      await expectSame(`/v1/sources/${id}`);
      await expectSame(`/v1/sources/${id}/text`);
    }
    const claims = await expectSame('/v1/claims?limit=100');
    expect(claims.data!.length).toBeGreaterThan(50);
    await expectSame(`/v1/claims?limit=100&cursor=${claims.nextCursor}`);
    for (const claim of claims.data!.slice(0, 10)) await expectSame(`/v1/claims/${claim.id}`);
    const first = (claims.data![0] as unknown as { passageId: string }).passageId;
    await expectSame(`/v1/passages/${first}`);
  });

  it('filter and search alike: year, unit, measure, entity and full-text queries', async () => {
    for (const query of ['year=2024', 'unit=USD', 'measure=trade', 'entity=china', 'q=trade', 'q=Trade%202024', 'q=%22power%20of%22%20OR', 'q=%C2%BF%3F']) {
      await expectSame(`/v1/claims?limit=50&${query}`);
    }
  });

  it('judge conflicts and cite claims alike', async () => {
    const conflicts = await expectSame('/v1/conflicts?status=all&limit=100');
    expect(conflicts.data!.length).toBeGreaterThan(0);
    for (const c of conflicts.data!.slice(0, 10)) {
      await expectSame(`/v1/conflicts/${c.id}`);
      const member = (c as unknown as { claims: Array<{ claimId: string }> }).claims[0]!.claimId;
      await expectSame(`/v1/claims/${member}/citations`);
      await expectSame(`/v1/claims/${member}/citations?format=bibtex`);
    }
    const metrics = await expectSame('/v1/metrics?limit=500');
    await expectSame(`/v1/metrics?measure=trade`);
    await expectSame(`/v1/conflicts?status=all&year=2024&severity=major`);
    expect(metrics.data!.length).toBeGreaterThan(0);
  });

  it('render the explorer pages and errors alike', async () => {
    const html = { accept: 'text/html' };
    for (const url of ['/', '/conflicts?status=all', '/sources', '/metrics', '/search?q=trade', '/metrics/trade.china-russia.total', '/sources/nope'])
      await expectSame(url, html);
    for (const url of ['/v1/claims/nope', '/v1/sources?cursor=bad', '/v1/conflicts/nope']) await expectSame(url);
  });
});
