import { sqliteStore, testConfig } from '../helpers.js';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb } from '../../src/store/sqlite/client.js';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { countRows, createTestApp, expectProblem, type TestApp } from '../helpers.js';

const KEY = 'write-key-0123456789abcdef';
const auth = { authorization: `Bearer ${KEY}` };
const ARTICLE = {
  title: 'Trade update: China and Russia',
  authors: ['Jane Doe'],
  publisher: 'Example Wire',
  url: 'https://example.org/trade-update',
  publishedAt: '2025-02',
  text: 'China and Russia: bilateral trade between the two countries reached $200 billion in 2024. Officials expect more.',
};

const counts = async (t: TestApp) => {
  const out: Record<string, number> = {};
  for (const table of ['sources', 'passages', 'claims', 'conflicts', 'conflict_claims', 'metrics']) out[table] = await countRows(t, table);
  return out;
};

describe('POST and DELETE /v1/sources', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true, config: { apiKeys: [KEY] } });
  });
  afterAll(() => t.close());

  const post = (payload: unknown, headers: Record<string, string> = auth) =>
    t.app.inject({ method: 'POST', url: '/v1/sources', headers, payload: payload as object });

  it('creates a source with what was extracted, and re-judges the conflicts it touches', async () => {
    const res = await post(ARTICLE);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.source).toMatchObject({ id: 'trade-update-china-and-russia', title: ARTICLE.title, publishedAt: '2025-02', claimCount: 1 });
    expect(res.headers.location).toBe('/v1/sources/trade-update-china-and-russia');
    expect(body.passageCount).toBe(2);
    expect(body.claims[0]).toMatchObject({ value: 200e9, unit: 'USD', metric: 'trade.china-russia.total' });
    const text = (await t.app.inject(`/v1/sources/${body.source.id}/text`)).body;
    expect(text).toBe(ARTICLE.text);
    const conflicts = (await t.app.inject('/v1/conflicts?metric=trade.china-russia.total')).json().data as Conflict[];
    const trade2024 = conflicts.find((c) => c.period.start === '2024-01-01')!;
    expect(trade2024.claims.map((c) => c.sourceId)).toContain(body.source.id);
  });

  it('answers 200 with the existing source for text already stored, creating nothing', async () => {
    const before = await counts(t);
    const res = await post({ ...ARTICLE, title: 'Another title', id: 'another-id' });
    expect(res.statusCode).toBe(200);
    expect(res.json().source.id).toBe('trade-update-china-and-russia');
    expect(await counts(t)).toEqual(before);
  });

  it('de-duplicates slugs from titles and honours a free explicit id', async () => {
    const a = await post({ title: ARTICLE.title, text: 'A second note with 12 figures.' });
    expect(a.json().source.id).toBe('trade-update-china-and-russia-2');
    const b = await post({ id: 'my-note', title: 'x', text: 'A third note.' });
    expect(b.json().source).toMatchObject({ id: 'my-note', authors: [], publisher: null, url: null, publishedAt: null });
  });

  it('answers 409 when an explicit id belongs to a different text', async () => {
    expectProblem(await post({ id: 'my-note', title: 'x', text: 'Different text.' }), 409);
  });

  it('removes a source with its passages and claims, and re-judges its conflicts', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/v1/sources/trade-update-china-and-russia', headers: auth });
    expect(res.statusCode).toBe(204);
    expectProblem(await t.app.inject('/v1/sources/trade-update-china-and-russia'), 404);
    expect(await countRows(t, 'claims', "source_id = 'trade-update-china-and-russia'")).toBe(0);
    const trade2024 = ((await t.app.inject('/v1/conflicts?metric=trade.china-russia.total')).json().data as Conflict[]).find(
      (c) => c.period.start === '2024-01-01',
    )!;
    expect(trade2024.claims.map((c) => c.sourceId).sort()).toEqual([
      'gill-conditional-embrace',
      'indiafoundation-no-limits-with-cautions',
      'thinkchina-limits-of-no-limits',
    ]);
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/v1/sources/trade-update-china-and-russia', headers: auth }), 404);
  });

  it.each([
    ['an empty text', { title: 'x', text: '' }, 'body.text'],
    ['a missing title', { text: 'Some text.' }, 'body.title'],
    ['an unknown field', { title: 'x', text: 'Some text.', extra: 1 }, 'body'],
    ['an impossible date', { title: 'x', text: 'Some text.', publishedAt: '2025-02-30' }, 'body.publishedAt'],
    ['a non-ISO date', { title: 'x', text: 'Some text.', publishedAt: 'May 2025' }, 'body.publishedAt'],
    ['a non-http URL', { title: 'x', text: 'Some text.', url: 'javascript:alert(1)' }, 'body.url'],
    ['an over-long title', { title: 'x'.repeat(501), text: 'Some text.' }, 'body.title'],
    ['a lone surrogate in the text', { title: 'x', text: 'broken \ud800 text' }, 'body.text'],
    ['an id that is no slug', { id: 'Not A Slug', title: 'x', text: 'Some text.' }, 'body.id'],
    ['authors of the wrong type', { title: 'x', text: 'Some text.', authors: 'Jane' }, 'body.authors'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_what, payload, path) => {
    const before = await counts(t);
    const problem = expectProblem(await post(payload), 400);
    expect(problem.errors?.some((e) => e.path.startsWith(path))).toBe(true);
    expect(await counts(t)).toEqual(before);
  });

  it('answers 413 for a text over 1 MB and for a body over 2 MiB', async () => {
    expectProblem(await post({ title: 'big', text: 'a'.repeat(1_000_001) }), 413);
    expectProblem(await post({ title: 'huge', text: 'a'.repeat(2_200_000) }), 413);
  });

  it('answers 415 for anything but JSON, and 400 for broken JSON', async () => {
    const text = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hello' });
    expectProblem(text, 415);
    const form = await t.app.inject({
      method: 'POST',
      url: '/v1/sources',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=b',
    });
    expectProblem(form, 415);
    const broken = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"title": ' });
    expectProblem(broken, 400);
  });
});

describe('write authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { apiKeys: [KEY, 'second-key-0123456789abcdef'] } });
  });
  afterAll(() => t.close());

  const writes = [
    { method: 'POST' as const, url: '/v1/sources', payload: ARTICLE },
    { method: 'DELETE' as const, url: '/v1/sources/anything' },
  ];

  it.each(writes)('$method $url refuses a missing, a wrong and a malformed key with 401', async (w) => {
    for (const headers of [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }, { authorization: KEY }, { authorization: `Basic ${KEY}` }]) {
      const res = await t.app.inject({ ...w, headers });
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
    expect((await counts(t)).sources).toBe(0);
  });

  it.each(writes)('$method $url refuses a key in the query string, even a valid one', async (w) => {
    for (const name of ['api_key', 'key', 'access_token', 'token']) {
      const res = await t.app.inject({ ...w, url: `${w.url}?${name}=${KEY}`, headers: auth });
      expect(expectProblem(res, 401).detail).toMatch(/query string/);
    }
  });

  it('accepts every configured key', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: { title: 'k1', text: 'One.' } });
    const second = await t.app.inject({
      method: 'POST',
      url: '/v1/sources',
      headers: { authorization: 'Bearer second-key-0123456789abcdef' },
      payload: { title: 'k2', text: 'Two.' },
    });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
  });

  it('keeps reads public', async () => {
    expect((await t.app.inject('/v1/sources')).statusCode).toBe(200);
  });

  it('answers 401 saying writes are disabled when no keys are configured', async () => {
    const open = await createTestApp();
    const res = await open.app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: ARTICLE });
    expect(expectProblem(res, 401).detail).toMatch(/disabled/);
    await open.close();
  });
});

describe('rate limit and HTTP hardening', () => {
  it('answers 429 problem+json with Retry-After once a client exceeds the write limit', async () => {
    const t = await createTestApp({ config: { apiKeys: [KEY], writeRateLimit: 2 } });
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: { title: `n${i}`, text: `Note ${i}.` } });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([201, 201, 429]);
    expectProblem(last!, 429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.app.inject('/v1/sources')).statusCode).toBe(200);
    await t.close();
  });

  it('answers a conditional GET with 304 when the ETag matches', async () => {
    const t = await createTestApp({ seed: true });
    const first = await t.app.inject('/v1/sources');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.app.inject({ url: '/v1/sources', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await t.close();
  });

  it('allows cross-origin reads only, and sends security headers', async () => {
    const t = await createTestApp();
    const read = await t.app.inject({ url: '/v1/sources', headers: { origin: 'https://reader.example' } });
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.headers['content-security-policy']).toContain("script-src 'self'");
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/sources',
      headers: { origin: 'https://reader.example', 'access-control-request-method': 'POST' },
    });
    expect(String(preflight.headers['access-control-allow-methods'])).not.toContain('POST');
    await t.close();
  });
});

describe('request logs', () => {
  it('never contain an API key, from the header or the query string', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const handle = openDb(':memory:');
    const app = await buildApp({ config: testConfig({ apiKeys: [KEY], logLevel: 'info' }), store: sqliteStore(handle), logStream: stream });
    await app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: { title: 'logged', text: 'A note.' } });
    await app.inject({ method: 'POST', url: `/v1/sources?api_key=${KEY}`, headers: auth, payload: { title: 'logged', text: 'Another.' } });
    await app.inject({ method: 'DELETE', url: '/v1/sources/none', headers: { authorization: 'Bearer not-a-key-but-secret' } });
    await app.close();
    handle.close();
    const log = lines.join('');
    expect(log).toContain('/v1/sources');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain('not-a-key-but-secret');
  });
});
