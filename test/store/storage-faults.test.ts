import { sqliteStore, testConfig } from '../helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb, type DbHandle } from '../../src/store/sqlite/client.js';
import { storageFault } from '../../src/http/errors.js';
import { ingestSource } from '../../src/services/ingest.js';
import { FAULT_HOLD_MS } from '../../src/http/write-health.js';
import { expectProblem } from '../helpers.js';

const KEY = 'storage-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };
const dir = mkdtempSync(join(tmpdir(), 'provenance-storage-'));
const path = join(dir, 'full.db');
let handle: DbHandle;
let app: Awaited<ReturnType<typeof buildApp>>;

const TABLES = ['sources', 'passages', 'claims', 'conflicts', 'conflict_claims', 'metrics'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, handle.sqlite.prepare(`select count(*) from ${t}`).pluck().get()]));

/** A text long enough to need many new pages, with figures so claims and conflicts are written too. */
const bigArticle = (n: number) => ({
  id: `big-${n}`,
  title: `Long report ${n}`,
  publishedAt: '2025-01',
  text: Array.from({ length: 400 }, (_, i) => `In 2024 exports of region ${n}-${i} reached $${i + 3} billion, officials said in paragraph ${i}.`).join('\n'),
});

beforeAll(async () => {
  handle = openDb(path);
  await ingestSource(sqliteStore(handle), { id: 'kept', title: 'Kept', text: 'Trade reached $200 billion in 2024, officials said.' });
  app = await buildApp({ config: testConfig({ apiKeys: [KEY], databaseUrl: path }), store: sqliteStore(handle) });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await app.close();
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a full database', () => {
  it('answers writes 507 problem+json with Retry-After, writes nothing, and recovers once there is room', async () => {
    expect((await app.inject('/health/ready')).statusCode).toBe(200);
    // Cap the file at its current size: the next transaction that needs a page fails with SQLITE_FULL.
    const pages = handle.sqlite.pragma('page_count', { simple: true }) as number;
    handle.sqlite.pragma(`max_page_count = ${pages}`);
    const before = counts();

    const res = await app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: bigArticle(1) });
    const body = expectProblem(res, 507);
    expect(body.detail).toMatch(/storage/);
    expect(body.detail).not.toMatch(/SQLITE/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(counts()).toEqual(before);
    expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    // Liveness stays up (reads work); readiness says writes cannot succeed, and why.
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await app.inject('/v1/sources/kept')).statusCode).toBe(200);
    const ready = await app.inject('/health/ready');
    expect(expectProblem(ready, 503).detail).toContain('SQLITE_FULL');
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);

    // Room again, no restart: the same write succeeds and readiness comes back after the hold.
    handle.sqlite.pragma('max_page_count = 1073741823');
    const retried = await app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: bigArticle(1) });
    expect(retried.statusCode).toBe(201);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + FAULT_HOLD_MS + 1000 });
    expect((await app.inject('/health/ready')).statusCode).toBe(200);
  });
});

describe('a read-only database', () => {
  it('answers writes 503 problem+json with Retry-After and writes nothing', async () => {
    handle.sqlite.pragma('query_only = 1');
    try {
      const before = counts();
      const res = await app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload: bigArticle(2) });
      expect(expectProblem(res, 503).detail).toMatch(/nothing was written/);
      expect(res.headers['retry-after']).toBe('30');
      expect(counts()).toEqual(before);
      expect(expectProblem(await app.inject('/health/ready'), 503).detail).toMatch(/SQLITE_READONLY/);

      const removal = await app.inject({ method: 'DELETE', url: '/v1/sources/kept', headers: auth });
      expectProblem(removal, 503);
      expect(counts()).toEqual(before);
    } finally {
      handle.sqlite.pragma('query_only = 0');
    }
  });
});

describe('storageFault', () => {
  it('looks through wrappers for the driver code and ignores errors that are not about storage', () => {
    const driver = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(storageFault(new Error('Failed query', { cause: driver }))).toMatchObject({ status: 507, code: 'SQLITE_FULL', lasting: true });
    expect(storageFault(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))).toMatchObject({ status: 503 });
    expect(storageFault(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toMatchObject({ status: 503, retryAfter: 1, lasting: false });
    expect(storageFault(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeUndefined();
    expect(storageFault(new Error('plain'))).toBeUndefined();
  });
});
