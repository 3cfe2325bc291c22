import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/schemas/sources.js';
import { createTestApp, expectProblem, seedBytes, seedManifest, seedText, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(async () => {
  await t.close();
});

const manifest = seedManifest();

async function listAll(limit: number): Promise<{ pages: Source[][]; cursors: Array<string | null> }> {
  const pages: Source[][] = [];
  const cursors: Array<string | null> = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string> = { limit: String(limit) };
    if (cursor) query.cursor = cursor;
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources', query });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { data: Source[]; nextCursor: string | null };
    pages.push(body.data);
    cursors.push(body.nextCursor);
    cursor = body.nextCursor;
  } while (cursor && pages.length < 10);
  return { pages, cursors };
}

describe('GET /v1/sources', () => {
  it('lists the five seed articles with the manifest metadata, ordered by id', async () => {
    const res = await t.app.inject('/v1/sources');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = res.json() as { data: Source[]; nextCursor: string | null };
    expect(body.nextCursor).toBeNull();
    const expected = [...manifest]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((m) => ({ id: m.id, title: m.title, authors: m.authors, publisher: m.publisher, url: m.url, publishedAt: m.publishedAt }));
    expect(body.data.map(({ id, title, authors, publisher, url, publishedAt }) => ({ id, title, authors, publisher, url, publishedAt }))).toEqual(expected);
  });

  it('keeps partial publication dates as given ("2025", "2024-05", "2025-12-04")', async () => {
    const body = (await t.app.inject('/v1/sources')).json() as { data: Source[] };
    const dates = Object.fromEntries(body.data.map((s) => [s.id, s.publishedAt]));
    expect(dates['thinkchina-limits-of-no-limits']).toBe('2025');
    expect(dates['scmp-priority-partners']).toBe('2024-05');
    expect(dates['gill-conditional-embrace']).toBe('2025-12-04');
  });

  it('answers every field of the Source contract', async () => {
    const body = (await t.app.inject('/v1/sources')).json() as { data: Source[] };
    for (const source of body.data) {
      expect(Object.keys(source).sort()).toEqual(
        ['authors', 'characterCount', 'claimCount', 'contentHash', 'createdAt', 'id', 'language', 'publishedAt', 'publisher', 'title', 'url'].sort(),
      );
      expect(source.language).toBe('en');
      expect(Number.isNaN(Date.parse(source.createdAt))).toBe(false);
      expect(source.claimCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('pages through all five with limit=2 in a stable order without duplicates', async () => {
    const { pages, cursors } = await listAll(2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(cursors[0]).toEqual(expect.any(String));
    expect(cursors[1]).toEqual(expect.any(String));
    expect(cursors[2]).toBeNull();
    const ids = pages.flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toEqual(manifest.map((m) => m.id).sort());
    const again = await listAll(2);
    expect(again.pages.flat().map((s) => s.id)).toEqual(ids);
    expect(again.cursors).toEqual(cursors);
  });

  it('answers an empty last page when the limit divides the total exactly', async () => {
    const { pages } = await listAll(5);
    expect(pages.map((p) => p.length)).toEqual([5]);
    const { pages: ones } = await listAll(1);
    expect(ones.map((p) => p.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it.each(['0', '501', 'abc', '-1', '2.5'])('answers 400 problem+json naming querystring.limit for limit=%s', async (limit) => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources', query: { limit } });
    const problem = expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.path)).toEqual(['querystring.limit']);
    expect(problem.errors?.[0]?.message).toEqual(expect.any(String));
    expect(problem.instance).toBe('/v1/sources');
  });

  it('accepts the limits at both ends of 1..500', async () => {
    expect((await t.app.inject('/v1/sources?limit=1')).statusCode).toBe(200);
    expect((await t.app.inject('/v1/sources?limit=500')).statusCode).toBe(200);
  });

  it.each([
    ['not base64url', '***'],
    ['base64url of non-JSON', Buffer.from('hello', 'utf8').toString('base64url')],
    ['a cursor of the wrong shape', Buffer.from(JSON.stringify([1, 2]), 'utf8').toString('base64url')],
    ['a JSON object', Buffer.from(JSON.stringify({ id: 'x' }), 'utf8').toString('base64url')],
  ])('answers 400 problem+json for a malformed cursor (%s)', async (_label, cursor) => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources', query: { cursor } });
    const problem = expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.path)).toEqual(['querystring.cursor']);
  });
});

describe('GET /v1/sources/:id', () => {
  it('answers one source with its metadata', async () => {
    const entry = manifest.find((m) => m.id === 'usip-putin-visit-china')!;
    const res = await t.app.inject('/v1/sources/usip-putin-visit-china');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: entry.id,
      title: entry.title,
      authors: ['Mary Glantz', 'Carla Freeman'],
      publisher: 'United States Institute of Peace',
      url: null,
      publishedAt: '2024-05',
    });
  });

  it('reports contentHash as sha256 of the UTF-8 text and characterCount in code points', async () => {
    for (const entry of manifest) {
      const source = (await t.app.inject(`/v1/sources/${entry.id}`)).json() as Source;
      const bytes = seedBytes(entry.file);
      expect(source.contentHash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(source.characterCount).toBe(Array.from(seedText(entry.file)).length);
    }
  });

  it('answers 404 problem+json for an unknown source', async () => {
    const res = await t.app.inject('/v1/sources/no-such-source');
    const problem = expectProblem(res, 404);
    expect(problem.detail).toContain('no-such-source');
    expect(problem.instance).toBe('/v1/sources/no-such-source');
  });

  it('answers 414 problem+json for an id longer than the router accepts', async () => {
    const res = await t.app.inject(`/v1/sources/${'x'.repeat(150)}`);
    expectProblem(res, 414);
  });

  it('answers 400 problem+json for an id that is not a valid URL component', async () => {
    expectProblem(await t.app.inject('/v1/sources/%E0%A4%A'), 400);
  });
});

describe('GET /v1/sources/:id/text', () => {
  it.each(manifest.map((m) => [m.id, m.file] as const))('serves %s byte for byte as text/plain; charset=utf-8', async (id, file) => {
    const res = await t.app.inject(`/v1/sources/${id}/text`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(Buffer.compare(res.rawPayload, seedBytes(file))).toBe(0);
  });

  it('answers 404 problem+json for an unknown source', async () => {
    expectProblem(await t.app.inject('/v1/sources/no-such-source/text'), 404);
  });
});
