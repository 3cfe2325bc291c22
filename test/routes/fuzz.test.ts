import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpCitationStyles } from '../../src/cite/index.js';
import { createTestApp, type TestApp } from '../helpers.js';

// Fuzzes every route from its schema plus raw junk. Whatever arrives, the API answers below
// 500, every 4xx is a complete problem+json, and nothing but a valid keyed write changes data.

const KEY = 'fuzz-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };
// A reviewer and administrator; the bare KEY above is a write key only.
const REVIEW_KEY = 'fuzz-review-key-0123456789abcdef';
const REVIEW_AUTH = { authorization: `Bearer ${REVIEW_KEY}` };
const REVIEW_JSON = { ...REVIEW_AUTH, 'content-type': 'application/json' };
const JSON_AUTH = { ...AUTH, 'content-type': 'application/json' };

let t: TestApp;
const known = {
  sources: [] as string[],
  passages: [] as string[],
  claims: [] as string[],
  conflicts: [] as string[],
  metrics: [] as string[],
  units: [] as string[],
  cursors: [] as string[],
  sentences: [] as string[],
};

beforeAll(async () => {
  // As server.ts does before listening: the first citeproc run compiles styles for seconds.
  warmUpCitationStyles();
  // Hundreds of writes a minute: the write rate limit would answer 429 before the code under test.
  t = await createTestApp({ seed: true, config: { apiKeys: [KEY, `fuzzer:${REVIEW_KEY}:review,admin`], writeRateLimit: 100_000 } });
  const column = (sql: string) => t.handle.sqlite.prepare(sql).pluck().all() as string[];
  known.sources = column('select id from sources');
  known.passages = column('select id from passages');
  known.claims = column('select id from claims');
  known.conflicts = column('select id from conflicts');
  known.metrics = column('select key from metrics');
  known.units = column('select distinct unit from claims');
  // Sentences with figures, so valid posts make claims that join the seed conflicts.
  known.sentences = column('select text from passages').filter((s) => /\d/.test(s) && s.length < 400);
  for (const path of ['/v1/sources', '/v1/metrics', '/v1/claims', '/v1/conflicts?status=all']) {
    const res = await t.app.inject(`${path}${path.includes('?') ? '&' : '?'}limit=1`);
    const cursor = (res.json() as { nextCursor: string | null }).nextCursor;
    if (cursor) known.cursors.push(cursor);
  }
  expect(known.sources.length).toBeGreaterThan(0);
  expect(known.conflicts.length).toBeGreaterThan(0);
  expect(known.cursors.length).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  await t.close();
});

/**
 * Row count and digest of every stored table, FTS shadow tables included. The `restorable` view
 * leaves out what a write and its delete legitimately renumber (passage rowids, the rowid
 * sequence, FTS segments). Left out always: the citation caches (references and selectors,
 * built from stored data on a source's first citation), which a read may fill.
 */
function digest(view: 'exact' | 'restorable' = 'exact'): Record<string, string> {
  const domain = ['sources', 'passages', 'claims', 'conflicts', 'conflict_claims', 'metrics'];
  const caches = ['source_citations', 'quote_selectors'];
  const tables = (t.handle.sqlite.prepare("select name, sql from sqlite_master where type = 'table'").all() as Array<{ name: string; sql: string }>)
    .filter((row) => !/^create virtual table/i.test(row.sql) && !caches.includes(row.name) && (view === 'exact' || domain.includes(row.name)))
    .map((row) => row.name)
    .sort();
  const dropped = view === 'exact' ? [] : ['rowid'];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const stmt = t.handle.sqlite.prepare(`select * from "${table}"`).raw();
    const keep = stmt.columns().map((c) => !dropped.includes(c.name));
    const rows = (stmt.all() as unknown[][])
      .map((row) => JSON.stringify(row.filter((_, i) => keep[i]).map((cell) => (Buffer.isBuffer(cell) ? cell.toString('base64') : cell))))
      .sort();
    result[table] = `${rows.length} rows, sha256 ${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  return result;
}

interface DataMark {
  changes: number;
  digest: Record<string, string>;
}

const totalChanges = () => t.handle.sqlite.prepare('select total_changes()').pluck().get() as number;
const markData = (): DataMark => ({ changes: totalChanges(), digest: digest() });

/** Nothing was written since `mark`: SQLite counted no row change, or (a rolled-back write) every table digests the same. */
function expectUnchangedSince(mark: DataMark): void {
  if (totalChanges() !== mark.changes) expect(digest()).toEqual(mark.digest);
}

const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'errors'];

/** Invariants every answer keeps: below 500, and a 4xx is a complete problem without internals. */
function expectSound(res: LightMyRequestResponse, request: InjectOptions): void {
  const where = `${request.method} ${String(request.url).slice(0, 300)} ${String(request.payload ?? '').slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (res.statusCode < 400) return;
  expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body, where).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.statusCode, detail: expect.any(String) });
  expect((body.detail as string).length, where).toBeGreaterThan(0);
  expect(
    Object.keys(body).filter((k) => !PROBLEM_KEYS.includes(k)),
    where,
  ).toEqual([]);
  for (const e of (body.errors as unknown[] | undefined) ?? []) expect(e, where).toEqual({ path: expect.any(String), message: expect.any(String) });
  expect(res.body, where).not.toMatch(/node_modules|\(\/[^)]*:\d+:\d+\)|\bat \S+ \(/);
  expect(res.body, where).not.toContain(process.cwd());
}

async function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  // inject() resolves in microtasks alone; without a turn of the event loop, under-pressure
  // would measure the whole run as one blocked tick and answer 503 to everything after it.
  await new Promise((resolve) => setImmediate(resolve));
  const res = await t.app.inject(options);
  expectSound(res, options);
  return res;
}

// ---- strings: junk, near-misses and the real thing -------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.oneof(loneSurrogate, control, codePoint), maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '\udfff\ud800',
    '💥',
    '\u202e',
    '.',
    '..',
    '%',
    '__proto__',
    'constructor',
    "' OR 1=1 --",
    '"',
    'NEAR(a b)',
    'a* OR b',
    '^x',
    'text:x',
    'null',
    'NaN',
  ),
  fc.tuple(fc.integer({ min: 190, max: 10_000 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, s]) => s.repeat(n).slice(0, n)),
);

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom('0', '-0', '-1', '1', '500', '501', '9999', '10000', '1e3', '1e309', '0x10', ' 5', '5 ', '1.5', 'Infinity', '2024'),
);

const pick = (values: string[]) => fc.constantFrom(...values);

/** Real ids with near-miss variants: other case, trailing NUL or space, a suffix. */
const nearMiss = (values: string[]) =>
  fc.tuple(pick(values), fc.constantFrom('', '\u0000', ' ', '-2', '/', '%', 'X')).map(([id, tail]) => (tail === 'X' ? id.toUpperCase() : id + tail));

/** Percent-encodes every character; lone surrogates as WTF-8 bytes (encodeURIComponent throws on them). */
function percentEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0xd800 || c > 0xdfff) out += encodeURIComponent(ch);
    else out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  }
  return out;
}

/** Leaves printable ASCII raw (quotes, brackets, `*`, `;`…), encoding only what would restructure the URL. */
const rawish = (s: string) => Array.from(s, (ch) => (/^[\x21-\x7e]$/.test(ch) && !/[%#?&=+/\\]/.test(ch) ? ch : percentEncode(ch))).join('');

const badEscape = fc.constantFrom('%', '%G', '%zz', '%ED%A0%80', '%FF', '%C0%AF', '%E2%82', '%00', '%2F', '%25', '%u0041');

/** A string as it might appear in a URL: properly encoded, raw-ish, or with broken escapes. */
const inUrl = (arb: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: arb.map(percentEncode) },
    { weight: 2, arbitrary: arb.map(rawish) },
    { weight: 1, arbitrary: fc.tuple(arb.map(percentEncode), badEscape, arb.map(rawish)).map((parts) => parts.join('')) },
  );

const idLike = (values: string[]) =>
  fc.oneof(
    { weight: 2, arbitrary: pick(values) },
    { weight: 2, arbitrary: nearMiss(values) },
    { weight: 4, arbitrary: junk },
    { weight: 1, arbitrary: numberish },
  );

/** A query string from some schema parameters (possibly repeated) and some unknown ones. */
function queryOf(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const named = fc.constantFrom(...Object.keys(params)).chain((name) => fc.tuple(inUrl(fc.constant(name)), inUrl(params[name]!)));
  const unnamed = fc.tuple(inUrl(fc.oneof(junk, fc.constantFrom('limit[]', 'cursor[a]', 'api_key'))), inUrl(junk));
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: named }, { weight: 1, arbitrary: unnamed }), { maxLength: 6 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
}

const tamperedCursor = () =>
  fc.oneof(
    pick(known.cursors).map((c) => c.slice(0, -1)),
    pick(known.cursors).map((c) => `${c}A`),
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '', 'utf8').toString('base64url')),
    fc.array(fc.oneof(fc.string(), fc.double(), fc.integer()), { maxLength: 4 }).map((v) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url')),
  );

const cursorLike = () => fc.oneof(pick(known.cursors), tamperedCursor(), junk);
const limitLike = fc.oneof(fc.integer({ min: -2, max: 600 }).map(String), numberish, junk);

/** Runs a property whose requests must not write: checked after every request and, in full, after the run. */
async function fuzzWithoutWrites<T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>): Promise<void> {
  const mark = markData();
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      await check(value);
      expectUnchangedSince(mark);
    }),
    { numRuns },
  );
  expect(digest()).toEqual(mark.digest);
}

// ---- reads ------------------------------------------------------------------------------

describe('fuzzed reads', () => {
  const idRoutes = [
    { route: 'GET /v1/sources/{id}', path: (id: string) => `/v1/sources/${id}`, kind: 'sources' },
    { route: 'GET /v1/sources/{id}/text', path: (id: string) => `/v1/sources/${id}/text`, kind: 'sources' },
    { route: 'GET /v1/passages/{id}', path: (id: string) => `/v1/passages/${id}`, kind: 'passages' },
    { route: 'GET /v1/claims/{id}', path: (id: string) => `/v1/claims/${id}`, kind: 'claims' },
    { route: 'GET /v1/conflicts/{id}', path: (id: string) => `/v1/conflicts/${id}`, kind: 'conflicts' },
  ] as const;

  for (const { route, path, kind } of idRoutes) {
    it(`${route} answers the stored resource or problem+json for any id, and writes nothing`, async () => {
      const everyId = Object.values(known).flat();
      await fuzzWithoutWrites(inUrl(fc.oneof(idLike(known[kind]), pick(everyId))), 150, async (id) => {
        const res = await send({ method: 'GET', url: path(id) });
        if (res.statusCode !== 200) return;
        if (route.endsWith('/text')) expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
        else expect(known[kind]).toContain((res.json() as { id: string }).id);
      });
    });
  }

  it('GET /v1/claims/{id}/citations answers citations, an export or problem+json for any id and format', async () => {
    const format = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('json', 'bibtex', 'ris', 'csl') }, fc.constantFrom('JSON', 'bibtex ', 'xml', ''), junk);
    await fuzzWithoutWrites(fc.tuple(inUrl(idLike(known.claims)), queryOf({ format })), 100, async ([id, query]) => {
      const res = await send({ method: 'GET', url: `/v1/claims/${id}/citations${query}` });
      if (res.statusCode !== 200) return;
      const type = String(res.headers['content-type']);
      if (type.startsWith('application/json')) expect(known.claims).toContain((res.json() as { claimId: string }).claimId);
      else expect(type).toMatch(/^application\/(x-bibtex|x-research-info-systems|vnd\.citationstyles\.csl\+json)/);
    });
  });

  const listRoutes = [
    { route: 'GET /v1/sources', path: '/v1/sources', params: () => ({ limit: limitLike, cursor: cursorLike() }) },
    { route: 'GET /v1/metrics', path: '/v1/metrics', params: () => ({ limit: limitLike, cursor: cursorLike() }) },
    {
      route: 'GET /v1/claims',
      path: '/v1/claims',
      params: () => ({
        sourceId: idLike(known.sources),
        metric: idLike(known.metrics),
        unit: idLike(known.units),
        year: fc.oneof(fc.integer({ min: -5, max: 10_005 }).map(String), numberish, junk),
        q: fc.oneof(
          pick(known.sentences).map((s) => s.slice(0, 60)),
          junk,
          fc.constantFrom('"', 'a OR b', 'NEAR(trade oil)', 'trade*', '-trade', 'text:trade', '{x}', 'AND', '"""'),
        ),
        limit: limitLike,
        cursor: cursorLike(),
      }),
    },
    {
      route: 'GET /v1/conflicts',
      path: '/v1/conflicts',
      params: () => ({
        status: fc.oneof(fc.constantFrom('discrepancy', 'agreement', 'all', 'ALL', 'Agreement', ''), junk),
        severity: fc.oneof(fc.constantFrom('none', 'minor', 'major', 'MAJOR', ''), junk),
        metric: idLike(known.metrics),
        review: fc.oneof(fc.constantFrom('open', 'confirmed', 'dismissed', 'explained', 'resolved', 'stale', 'Open', ''), junk),
        limit: limitLike,
        cursor: cursorLike(),
      }),
    },
  ];

  for (const { route, path, params } of listRoutes) {
    it(`${route} answers a page or problem+json for any query, and writes nothing`, async () => {
      await fuzzWithoutWrites(queryOf(params()), 150, async (query) => {
        const res = await send({ method: 'GET', url: `${path}${query}` });
        if (res.statusCode === 200) expect(res.json()).toEqual({ data: expect.any(Array), nextCursor: expect.toBeOneOf([null, expect.any(String)]) });
      });
    });
  }

  it('GET /health answers 200 ok whatever the query, and writes nothing', async () => {
    await fuzzWithoutWrites(queryOf({ verbose: junk }), 150, async (query) => {
      const res = await send({ method: 'GET', url: `/health${query}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
    });
  });

  it('answers problem+json for junk paths and methods anywhere, and writes nothing', async () => {
    const segment = inUrl(fc.oneof(junk, pick(['v1', 'sources', 'claims', 'text', 'citations', 'conflicts', ...known.sources])));
    const method = fc.constantFrom('GET', 'PUT', 'PATCH', 'POST', 'DELETE', 'OPTIONS') as fc.Arbitrary<InjectOptions['method']>;
    // OPTIONS as browsers send it (a CORS preflight); a bare OPTIONS is covered below.
    const preflight = { origin: 'https://example.org', 'access-control-request-method': 'GET' };
    await fuzzWithoutWrites(fc.tuple(method, fc.array(segment, { minLength: 1, maxLength: 5 })), 150, async ([m, segments]) => {
      await send({ method: m, url: `/${segments.join('/')}`, headers: m === 'OPTIONS' ? preflight : {} });
    });
  });
});

// ---- writes -----------------------------------------------------------------------------

const nonBlank = (maxLength: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((s) => s.trim().length > 0);
const partialDate = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).map(String),
  fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

interface NewSource {
  id?: string;
  title: string;
  authors?: string[];
  publisher?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  language?: string;
  text: string;
}

/** A body the schema accepts: figures from the seeds amid graphemes, any code point, controls and NULs. */
const validBody = (): fc.Arbitrary<NewSource> =>
  fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/).map((s) => `fz-${s}`),
      title: nonBlank(120),
      authors: fc.array(nonBlank(40), { maxLength: 4 }),
      publisher: fc.option(nonBlank(60), { nil: null }),
      url: fc.option(fc.webUrl({ validSchemes: ['http', 'https'] }), { nil: null }),
      publishedAt: fc.option(partialDate, { nil: null }),
      language: fc.constantFrom('en', 'ru', 'zh-Hant', 'el', 'und'),
      text: fc
        .array(
          fc.oneof(
            pick(known.sentences),
            fc.string({ unit: 'grapheme', maxLength: 80 }),
            fc.string({ unit: 'binary', maxLength: 30 }),
            fc.constantFrom('\u0000', '\n\n', '\r\n', '👩‍👩‍👧 12%', '\u00a0$3.5 billion'),
          ),
          { minLength: 1, maxLength: 10 },
        )
        .map((parts) => parts.join(' '))
        .filter((text) => text.length > 0),
    },
    { requiredKeys: ['title', 'text'] },
  );

const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);
const withLoneSurrogate = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), loneSurrogate, fc.string({ unit: 'grapheme', maxLength: 20 }))
  .map((p) => `x${p.join('')}`);
const blank = fc.constantFrom('', ' ', '\t\n', '\u3000', '\u00a0');
const longer = (n: number) =>
  fc.tuple(fc.integer({ min: n + 1, max: 10_000 }), fc.string({ unit: 'grapheme', maxLength: 10 })).map(([len, s]) => 'T'.repeat(len) + s);

/** Per field, values the schema must refuse. */
const wrongValues: Record<keyof NewSource, fc.Arbitrary<unknown>> = {
  id: fc.oneof(
    notString,
    fc.constant(null),
    junk.filter((s) => !/^[a-z0-9][a-z0-9-]{0,99}$/.test(s)),
    fc.constantFrom('UPPER', '-lead', 'a_b', 'a'.repeat(101)),
  ),
  title: fc.oneof(notString, fc.constant(null), blank, longer(500), withLoneSurrogate),
  authors: fc.oneof(
    fc.oneof(fc.integer(), fc.string(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }), fc.constant(null)),
    fc
      .tuple(fc.array(nonBlank(10), { maxLength: 2 }), fc.oneof(notString, fc.constant(null), blank, longer(200), withLoneSurrogate))
      .map(([ok, bad]) => [...ok, bad]),
    fc.integer({ min: 51, max: 80 }).map((n) => Array.from({ length: n }, (_, i) => `Author ${i}`)),
  ),
  publisher: fc.oneof(notString, blank, longer(200), withLoneSurrogate),
  language: fc.oneof(notString, fc.constant(null), fc.constantFrom('', 'e', '123', 'en_US', 'en US', 'ru-', 'x'.repeat(36))),
  url: fc.oneof(
    notString,
    junk.filter((s) => !/https?:/i.test(s)),
    fc.constantFrom(
      'ftp://example.com/x',
      'javascript:alert(1)',
      'mailto:a@example.com',
      '//example.com',
      'example.com',
      'http://',
      'file:///etc/passwd',
      `https://example.com/${'a'.repeat(2050)}`,
    ),
  ),
  publishedAt: fc.oneof(
    notString,
    junk.filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)),
    fc.constantFrom('2023-02-29', '2024-13', '2024-00', '2024-04-31', '2024-05-00', '24', '2024-5', '2024/05/17', '2024-05-17T00:00:00Z', ' 2024', '2024 '),
  ),
  text: fc.oneof(notString, fc.constant(null), fc.constant(''), withLoneSurrogate),
};

interface RejectedWrite {
  case: string;
  status: number;
  request: InjectOptions;
}

const post = (headers: Record<string, string>, payload: string | undefined, url = '/v1/sources'): InjectOptions => ({ method: 'POST', url, headers, payload });
const postJson = (body: unknown): InjectOptions => post(JSON_AUTH, JSON.stringify(body));

const badAuthorization = fc.oneof(
  fc.constantFrom(
    undefined,
    '',
    'Bearer',
    'Bearer ',
    `Bearer ${KEY}x`,
    `Bearer ${KEY.slice(0, -1)}`,
    `Basic ${Buffer.from(`u:${KEY}`).toString('base64')}`,
    `Token ${KEY}`,
    `Bearer ${KEY} ${KEY}`,
    KEY,
  ),
  fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 })
    .map((s) => `Bearer ${s}`)
    .filter((h) => h.trim() !== `Bearer ${KEY}`),
);

const multipart = (title: string) => `--fz\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n--fz--\r\n`;
const NOT_JSON = [
  '',
  '{',
  '{"title":',
  '{"title":"a","text":"b",}',
  "{'title':'a','text':'b'}",
  '{"title":"a" "text":"b"}',
  '{"title":"a","text":"b"}}',
  '{"__proto__":{"x":1},"title":"a","text":"b"}',
];
const NOT_JSON_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fz',
  'application/xml',
  'text/json',
  'application/octet-stream',
  'application/jsonx',
];

/** Requests POST /v1/sources must refuse, each with the status it must refuse it with. */
function rejectedPosts(): fc.Arbitrary<RejectedWrite> {
  const field = fc.constantFrom(...(Object.keys(wrongValues) as Array<keyof NewSource>));
  const unknownField = fc
    .oneof(junk, fc.constantFrom('claimCount', 'contentHash', 'createdAt', 'Title'))
    .filter((k) => !(k in wrongValues) && k !== '__proto__');
  const often = (arbitrary: fc.Arbitrary<RejectedWrite>) => ({ weight: 5, arbitrary });
  return fc.oneof(
    often(fc.oneof(junk, fc.constantFrom(...NOT_JSON)).map((payload) => ({ case: 'not JSON', status: 400, request: post(JSON_AUTH, payload) }))),
    often(
      fc
        .jsonValue()
        .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v))
        .map((v) => ({ case: 'JSON but not an object', status: 400, request: postJson(v) })),
    ),
    {
      weight: 15,
      arbitrary: fc
        .tuple(validBody(), field)
        .chain(([body, name]) => wrongValues[name].map((value) => ({ case: `wrong ${name}`, status: 400, request: postJson({ ...body, [name]: value }) }))),
    },
    often(
      fc
        .tuple(validBody(), unknownField, fc.jsonValue())
        .map(([body, key, value]) => ({ case: 'an unknown field', status: 400, request: postJson({ ...body, [key]: value }) })),
    ),
    often(
      fc.tuple(validBody(), fc.constantFrom('title', 'text')).map(([body, key]) => {
        const { [key]: _gone, ...rest } = body;
        return { case: `no ${key}`, status: 400, request: postJson(rest) };
      }),
    ),
    often(fc.tuple(validBody(), pick(known.sources)).map(([body, id]) => ({ case: 'an id already taken', status: 409, request: postJson({ ...body, id }) }))),
    often(
      fc.tuple(validBody(), fc.constantFrom(...NOT_JSON_TYPES)).map(([body, type]) => ({
        case: `sent as ${type}`,
        status: 415,
        request: post({ ...AUTH, 'content-type': type }, type.startsWith('multipart') ? multipart(body.title) : JSON.stringify(body)),
      })),
    ),
    often(
      fc.tuple(validBody(), badAuthorization).map(([body, authorization]) => ({
        case: 'without a valid key',
        status: 401,
        request: post({ 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) }, JSON.stringify(body)),
      })),
    ),
    often(
      validBody().map((body) => ({
        case: 'the key in the query string',
        status: 401,
        request: post(JSON_AUTH, JSON.stringify(body), `/v1/sources?api_key=${KEY}`),
      })),
    ),
    // Megabyte bodies are slow to build and parse: a few per run.
    fc
      .constantFrom('é'.repeat(500_001), 'x'.repeat(1_000_001))
      .map((text) => ({ case: 'text over 1 MB', status: 413, request: postJson({ title: 'Big', text }) })),
    fc.constant({ case: 'a body over 2 MB', status: 413, request: postJson({ title: 'Bigger', text: 'x'.repeat(2_200_000) }) }),
  );
}

function rejectedDeletes(): fc.Arbitrary<RejectedWrite> {
  const unknownId = fc.oneof(idLike([...known.sources, ...known.claims]), pick(known.passages)).filter((id) => !known.sources.includes(id));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: inUrl(unknownId).map((id) => ({
        case: 'an id that is no source',
        status: 0,
        request: { method: 'DELETE' as const, url: `/v1/sources/${id}`, headers: AUTH },
      })),
    },
    fc.tuple(pick(known.sources), badAuthorization).map(([id, authorization]) => ({
      case: 'without a valid key',
      status: 401,
      request: { method: 'DELETE' as const, url: `/v1/sources/${id}`, headers: authorization === undefined ? {} : { authorization } },
    })),
    pick(known.sources).map((id) => ({
      case: 'the key in the query string',
      status: 401,
      request: { method: 'DELETE' as const, url: `/v1/sources/${id}?token=${KEY}`, headers: AUTH },
    })),
  );
}

describe('fuzzed writes', () => {
  it('POST /v1/sources refuses every malformed, unauthorised or oversized request with its 4xx and writes nothing', async () => {
    await fuzzWithoutWrites(rejectedPosts(), 150, async ({ status, request }) => {
      const res = await send(request);
      expect(res.statusCode).toBe(status);
    });
  });

  it('DELETE /v1/sources/{id} refuses unknown ids and missing keys with a 4xx and removes nothing', async () => {
    await fuzzWithoutWrites(rejectedDeletes(), 150, async ({ status, request }) => {
      const res = await send(request);
      if (status) expect(res.statusCode).toBe(status);
      else expect([400, 404, 414]).toContain(res.statusCode);
    });
  });

  it('POST /v1/sources stores any valid body exactly, answers 200 for the same text again, and DELETE restores the data', async () => {
    const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
    const runs = fc.asyncProperty(validBody(), async (body) => {
      const before = digest('restorable');
      const res = await send(postJson(body));
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json() as {
        source: { id: string; title: string; contentHash: string; characterCount: number };
        claims: Array<{ sourceId: string; quote: { exact: string; start: number; end: number } }>;
      };
      const { source } = created;
      if (body.id) expect(source.id).toBe(body.id);
      expect(res.headers.location).toBe(`/v1/sources/${source.id}`);
      expect(source.title).toBe(body.title.trim());
      expect(source.contentHash).toBe(sha256(body.text));
      const codePoints = Array.from(body.text);
      expect(source.characterCount).toBe(codePoints.length);
      for (const claim of created.claims) {
        expect(claim.sourceId).toBe(source.id);
        expect(codePoints.slice(claim.quote.start, claim.quote.end).join('')).toBe(claim.quote.exact);
      }

      const url = `/v1/sources/${encodeURIComponent(source.id)}`;
      expect((await send({ method: 'GET', url })).json()).toEqual(source);
      expect((await send({ method: 'GET', url: `${url}/text` })).rawPayload.equals(Buffer.from(body.text, 'utf8'))).toBe(true);
      expect((await send({ method: 'GET', url: `/v1/claims?limit=500&sourceId=${encodeURIComponent(source.id)}` })).json()).toEqual({
        data: created.claims,
        nextCursor: null,
      });

      const stored = markData();
      const again = await send(postJson({ ...body, id: undefined, title: 'Same text again' }));
      expect(again.statusCode).toBe(200);
      expect((again.json() as { source: unknown }).source).toEqual(source);
      expectUnchangedSince(stored);

      expect((await send({ method: 'DELETE', url, headers: AUTH })).statusCode).toBe(204);
      expect((await send({ method: 'GET', url })).statusCode).toBe(404);
      expect(digest('restorable')).toEqual(before);
    });
    // Each run writes: a shrunk counterexample would run against the data a failed run left behind.
    await fc.assert(runs, { numRuns: 40, endOnFailure: true });
    // passages_fts is an external-content FTS5 index: after all those writes it must still match passages.
    expect(() => t.handle.sqlite.prepare("insert into passages_fts(passages_fts) values ('integrity-check')").run()).not.toThrow();
  });
});

// ---- reviews, corrections, ClaimReview and audit ----------------------------------------

describe('fuzzed review routes', () => {
  const reads = [
    { route: 'GET /v1/conflicts/{id}/reviews', path: (id: string) => `/v1/conflicts/${id}/reviews`, ids: () => known.conflicts },
    { route: 'GET /v1/conflicts/{id}/claim-review', path: (id: string) => `/v1/conflicts/${id}/claim-review`, ids: () => known.conflicts },
    { route: 'GET /v1/claims/{id}/claim-review', path: (id: string) => `/v1/claims/${id}/claim-review`, ids: () => known.claims },
    { route: 'GET /v1/claims/{id}/correction', path: (id: string) => `/v1/claims/${id}/correction`, ids: () => known.claims },
  ];
  for (const { route, path, ids } of reads) {
    it(`${route} answers its resource or problem+json for any id, and writes nothing`, async () => {
      await fuzzWithoutWrites(inUrl(idLike(ids())), 100, async (id) => {
        const res = await send({ method: 'GET', url: path(id), headers: { accept: 'application/ld+json' } });
        // Nothing is reviewed or corrected yet: only an existing conflict's (empty) history is found.
        if (res.statusCode === 200) expect(res.json()).toEqual({ data: [] });
      });
    });
  }

  it('GET /v1/claim-reviews and GET /v1/conflicts/{id} as JSON-LD answer below 500 whatever the query, and write nothing', async () => {
    await fuzzWithoutWrites(fc.tuple(queryOf({ limit: limitLike, x: junk }), inUrl(idLike(known.conflicts))), 80, async ([query, id]) => {
      const list = await send({ method: 'GET', url: `/v1/claim-reviews${query}` });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ '@type': 'ItemList', numberOfItems: 0 });
      const ld = await send({ method: 'GET', url: `/v1/conflicts/${id}`, headers: { accept: 'application/ld+json' } });
      expect([400, 404, 414]).toContain(ld.statusCode);
    });
  });

  it('GET /v1/audit answers a page to the admin key, 401/403 to others, problem+json to a bad query, and writes nothing', async () => {
    const auth = fc.constantFrom<Record<string, string>>(REVIEW_AUTH, AUTH, {}, { authorization: 'Bearer nope-nope-nope-nope' });
    const params = {
      action: fc.oneof(fc.constantFrom('ingest', 'delete', 'review', 'correction', 'INGEST'), junk),
      target: idLike(known.sources),
      keyName: junk,
      limit: limitLike,
      cursor: junk,
    };
    await fuzzWithoutWrites(fc.tuple(auth, queryOf(params)), 120, async ([headers, query]) => {
      const res = await send({ method: 'GET', url: `/v1/audit${query}`, headers });
      if (!('authorization' in headers) || headers.authorization!.startsWith('Bearer nope')) expect(res.statusCode).toBe(401);
      // A key-like name in the query string is refused before the scope is looked at.
      else if (headers === AUTH) expect(res.statusCode).toBe(/[?&](api_key|key)=/.test(query) ? 401 : 403);
      if (res.statusCode === 200) expect(res.json()).toEqual({ data: expect.any(Array), nextCursor: expect.toBeOneOf([null, expect.any(String)]) });
    });
  });

  const reviewBodies = () =>
    fc.oneof(
      fc.constant({ state: 'confirmed' }),
      fc.record({ state: fc.constant('dismissed'), reason: fc.constantFrom('different-proposition', 'different-period', 'not-in-source', 'other') }),
      fc.record({ state: fc.constant('explained'), note: nonBlank(50) }),
      fc.record({ state: fc.constant('resolved'), value: fc.double({ noNaN: true, noDefaultInfinity: true }), claimId: pick(known.claims) }),
    );
  const wrongReviews = () =>
    fc.oneof(
      fc.record({ state: fc.oneof(junk, fc.constantFrom('stale', 'Confirmed', 'closed')) }),
      fc.record({ state: fc.constant('dismissed'), reason: fc.oneof(junk, fc.constant(null)) }),
      fc.record({ state: fc.constant('explained') }),
      fc.record({ state: fc.constant('explained'), note: blank }),
      fc.record({ state: fc.constant('resolved'), value: fc.constantFrom(Number.NaN, '245', null) as fc.Arbitrary<unknown>, claimId: pick(known.claims) }),
      fc.record({ state: fc.constant('resolved'), value: fc.integer() }),
      fc
        .tuple(
          reviewBodies(),
          fc
            .oneof(junk, fc.constant('author'))
            .filter((k) => !['state', 'note', 'reason', 'value', 'unit', 'claimId', 'sourceId', 'claimIds', '__proto__'].includes(k)),
          fc.jsonValue(),
        )
        .map(([b, k, v]) => ({ ...b, [k]: v })),
      fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
    );
  const wrongCorrections = () =>
    fc.oneof(
      fc.record({ value: fc.integer() }),
      fc.record({ reason: blank, value: fc.integer() }),
      fc.record({ reason: nonBlank(20) }),
      fc.record({
        reason: nonBlank(20),
        period: fc.record({
          start: fc.oneof(junk, fc.constantFrom('2024-02-30', '2024', '2024-13-01')),
          end: fc.constant('2024-12-31'),
          label: fc.constant('2024'),
        }),
      }),
      fc.record({ reason: nonBlank(20), period: fc.constant({ start: '2024-12-31', end: '2024-01-01', label: 'backwards' }) }),
      fc.record({ reason: nonBlank(20), metric: junk.filter((m) => m.length > 0 && m.length <= 200 && !known.metrics.includes(m)) }),
      fc.record({ reason: nonBlank(20), value: fc.constantFrom('1', null, Number.POSITIVE_INFINITY) as fc.Arbitrary<unknown> }),
      fc.record({ reason: nonBlank(20), excluded: fc.oneof(junk, fc.integer()) as fc.Arbitrary<unknown> }),
    );

  function rejectedReviewWrites(): fc.Arbitrary<RejectedWrite> {
    const reviewBody = reviewBodies();
    const wrongReview = wrongReviews();
    const wrongCorrection = wrongCorrections();
    const reviewUrl = (id: string) => `/v1/conflicts/${id}/reviews`;
    const correctionUrl = (id: string) => `/v1/claims/${id}/corrections`;
    const unknownConflict = idLike(known.conflicts).filter((id) => !known.conflicts.includes(id));
    const unknownClaim = idLike(known.claims).filter((id) => !known.claims.includes(id));
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(pick(known.conflicts), wrongReview)
          .map(([id, body]) => ({ case: 'a malformed review', status: 400, request: post(REVIEW_JSON, JSON.stringify(body), reviewUrl(id)) })),
      },
      {
        weight: 4,
        arbitrary: fc
          .tuple(pick(known.claims), wrongCorrection)
          .map(([id, body]) => ({ case: 'a malformed correction', status: 400, request: post(REVIEW_JSON, JSON.stringify(body), correctionUrl(id)) })),
      },
      fc
        .tuple(inUrl(unknownConflict), reviewBody)
        .map(([id, body]) => ({ case: 'an unknown conflict', status: 0, request: post(REVIEW_JSON, JSON.stringify(body), reviewUrl(id)) })),
      fc
        .tuple(inUrl(unknownClaim), nonBlank(20))
        .map(([id, reason]) => ({ case: 'an unknown claim', status: 0, request: post(REVIEW_JSON, JSON.stringify({ reason, value: 1 }), correctionUrl(id)) })),
      fc
        .tuple(pick(known.conflicts), fc.constantFrom({ state: 'open' }))
        .map(([id, body]) => ({ case: 'open → open', status: 409, request: post(REVIEW_JSON, JSON.stringify(body), reviewUrl(id)) })),
      fc
        .tuple(pick(known.conflicts), reviewBody)
        .map(([id, body]) => ({ case: 'a write-only key', status: 403, request: post(JSON_AUTH, JSON.stringify(body), reviewUrl(id)) })),
      fc
        .tuple(pick(known.claims), nonBlank(20))
        .map(([id, reason]) => ({ case: 'a write-only key', status: 403, request: post(JSON_AUTH, JSON.stringify({ reason, value: 1 }), correctionUrl(id)) })),
      fc.tuple(pick(known.conflicts), reviewBody, badAuthorization).map(([id, body, authorization]) => ({
        case: 'without a valid key',
        status: 401,
        request: post({ 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) }, JSON.stringify(body), reviewUrl(id)),
      })),
      fc.tuple(pick(known.conflicts), reviewBody, fc.constantFrom(...NOT_JSON_TYPES)).map(([id, body, type]) => ({
        case: `sent as ${type}`,
        status: 415,
        request: post({ ...REVIEW_AUTH, 'content-type': type }, JSON.stringify(body), reviewUrl(id)),
      })),
      fc
        .tuple(pick(known.conflicts), fc.constantFrom(...NOT_JSON))
        .map(([id, payload]) => ({ case: 'not JSON', status: 400, request: post(REVIEW_JSON, payload, reviewUrl(id)) })),
    );
  }

  it('POST reviews and corrections refuse every malformed, unauthorised or out-of-turn request with its 4xx and write nothing', async () => {
    await fuzzWithoutWrites(rejectedReviewWrites(), 200, async ({ status, request }) => {
      const res = await send(request);
      if (status) expect(res.statusCode, res.body).toBe(status);
      else expect([400, 404, 414]).toContain(res.statusCode);
    });
  });

  it('a valid review appends one history entry and one audit entry; reopening returns the conflict to open', async () => {
    const count = (table: string) => t.handle.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
    // different-proposition dismissals re-group the seeds for the tests after this one: leave them out here.
    const body = reviewBodies().filter((b) => !('reason' in b && b.reason === 'different-proposition'));
    await fc.assert(
      fc.asyncProperty(pick(known.conflicts), body, async (id, review) => {
        const [reviews, audit] = [count('conflict_reviews'), count('audit_log')];
        const res = await send(post(REVIEW_JSON, JSON.stringify(review), `/v1/conflicts/${id}/reviews`));
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({ conflictId: id, state: review.state, author: 'fuzzer' });
        expect([count('conflict_reviews'), count('audit_log')]).toEqual([reviews + 1, audit + 1]);
        expect((await send(post(REVIEW_JSON, '{"state":"open"}', `/v1/conflicts/${id}/reviews`))).statusCode).toBe(201);
        expect(((await send({ method: 'GET', url: `/v1/conflicts/${id}` })).json() as { review: { state: string } }).review.state).toBe('open');
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });
});

// ---- regressions found by fuzzing ---------------------------------------------------------

describe('regressions found by fuzzing', () => {
  it('answers a bare OPTIONS request without a plain-text error', async () => {
    const res = await t.app.inject({ method: 'OPTIONS', url: '/v1/sources' });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.body).not.toBe('Invalid Preflight Request');
  });

  it('keeps the label of a derived metric the seeds use when another source is posted and deleted', async () => {
    const label = () => t.handle.sqlite.prepare("select label from metrics where key = 'derived.figure.duration'").pluck().get();
    const before = label();
    expect(before).toEqual(expect.any(String));
    const res = await send(postJson({ title: 'Relabel', text: '𐨖𝇤𒾥𑈺𝌮𜾙 60-Second Catch-up' }));
    expect(res.statusCode).toBe(201);
    const { source } = res.json() as { source: { id: string } };
    expect((await send({ method: 'DELETE', url: `/v1/sources/${source.id}`, headers: AUTH })).statusCode).toBe(204);
    expect(label()).toBe(before);
  });

  it('refuses a JSON body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    const payload = Buffer.concat([Buffer.from('{"title":"bytes","text":"bad '), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]);
    const mark = markData();
    const res = await send({ method: 'POST', url: '/v1/sources', headers: { ...AUTH, 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectUnchangedSince(mark);
  });

  it.each(['0x10', '1e1', ' 5', '5.0'])('refuses limit=%s, which is no plain whole number', async (limit) => {
    const res = await t.app.inject(`/v1/claims?limit=${encodeURIComponent(limit)}`);
    expect(res.statusCode).toBe(400);
  });
});
