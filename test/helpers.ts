import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import { openDb, type DbHandle } from '../src/store/sqlite/client.js';
import { claimId, conflictId } from '../src/ids.js';
import { ingestSource, type SourceInput } from '../src/services/ingest.js';
import { ingestBatch } from '../src/services/bulk-import.js';
import { syntheticArticle } from '../bench/corpus.js';
import { readManifest, SEEDS_DIR, seedDatabase } from '../src/services/seeding.js';
import { openStore } from '../src/store/index.js';
import type { PostgresStore } from '../src/store/postgres/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Engine, Store } from '../src/store/types.js';

/** Configuration for in-process tests: in-memory database, quiet logs, no keys, no overload guard. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: ':memory:',
    apiKeys: [],
    logLevel: 'silent',
    writeRateLimit: 1000,
    maxConnections: 800,
    maxConnectionsPerAddress: 100,
    idleTimeoutMs: 5_000,
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    shutdownTimeoutMs: 10_000,
    drainGraceMs: 1_000,
    minFreeDiskBytes: 0,
    // In-process tests share a loaded machine with other suites: the overload guard would answer them 503.
    maxEventLoopDelayMs: 0,
    extractionWorkers: 0,
    // Every response is also encoded by zod's validating serializer and must match byte for byte.
    checkResponses: true,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** The SQLite connection under the store: only for tests that inspect SQLite itself. */
  handle: DbHandle;
  close(): Promise<void>;
}

/** Rows in a table (optionally matching a condition written by the test), read under the store on either engine. */
export async function countRows(t: Pick<TestApp, 'store'>, table: string, where = 'true'): Promise<number> {
  const [row] = (await runSql(t.store, `select count(*) as n from ${table} where ${where}`)) as Array<{ n: number | string }>;
  return Number(row!.n);
}

/** Runs raw SQL on the store's engine: the rows of a query, none for a statement. */
export async function runSql(store: Store, query: string): Promise<unknown[]> {
  if (store instanceof SqliteStore) {
    const s = store.handle.sqlite.prepare(query);
    if (s.reader) return s.all();
    s.run();
    return [];
  }
  const result = await (store as PostgresStore).db.execute(sql.raw(query));
  return (result as unknown as { rows: unknown[] }).rows;
}

/** The engine the contract tests run on: `TEST_ENGINE=postgres` for PostgreSQL (see openTestStore). */
export const TEST_ENGINE: Engine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

let databases = 0;

/**
 * A fresh, empty, migrated store on the engine under test. PostgreSQL is a new database on
 * the server TEST_DATABASE_URL names (dropped on close), else an in-process PGlite.
 */
export async function openTestStore(engine: Engine = TEST_ENGINE): Promise<{ store: Store; handle?: DbHandle; close(): Promise<void> }> {
  if (engine === 'sqlite') {
    const store = new SqliteStore(openDb(':memory:'));
    return { store, handle: store.handle, close: () => store.close() };
  }
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const store = await openStore('pglite:');
    return { store, close: () => store.close() };
  }
  const name = `provenance_test_${process.pid}_${++databases}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString());
  return {
    store,
    close: async () => {
      await store.close();
      const drop = new pg.Client({ connectionString: server });
      await drop.connect();
      await drop.query(`drop database if exists "${name}" with (force)`);
      await drop.end();
    },
  };
}

/** The production app on a fresh database of the engine under test; `seed` loads the five seed articles. */
export async function createTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const opened = await openTestStore();
  if (options.seed) await seedDatabase(opened.store);
  // PGlite runs PostgreSQL on this thread: a query that holds it through a whole sampling
  // second leaves the overload guard no sample, which it reads as overload.
  const pressure = TEST_ENGINE === 'postgres' && !process.env.TEST_DATABASE_URL ? { maxEventLoopDelayMs: 0 } : {};
  const app = await buildApp({ config: testConfig({ ...pressure, ...options.config }), store: opened.store });
  return {
    app,
    store: opened.store,
    get handle(): DbHandle {
      if (!opened.handle) throw new Error('This test inspects SQLite itself and runs on SQLite only.');
      return opened.handle;
    },
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}

export const seedManifest = () => readManifest();

/** A seed article's text exactly as stored on disk. */
export function seedText(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** The seed articles as ingest takes them, with their manifest ids. */
export function seedInputs(): SourceInput[] {
  return readManifest().map((m) => ({
    id: m.id,
    title: m.title,
    authors: m.authors,
    publisher: m.publisher,
    url: m.url,
    publishedAt: m.publishedAt,
    text: seedText(m.file),
  }));
}

export function seedBytes(file: string): Buffer {
  return readFileSync(join(SEEDS_DIR, file));
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ path: string; message: string }>;
}

/** Asserts an RFC 9457 problem response with the given status and returns its body. */
export function expectProblem(response: LightMyRequestResponse, status: number): Problem {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as Problem;
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  return body;
}

export interface ClaimFactoryInput {
  sourceId: string;
  /** Text the claim quotes; its first occurrence in the source's text is the quote. */
  quote: string;
  value: number;
  unit: string;
  metric: string;
  period?: { start: string; end: string; label: string } | null;
}

/**
 * Writes a claim straight into the store, independent of what the extractor finds, so route
 * tests pin the API's filtering and paging rather than extraction quality.
 */
export async function insertTestClaim(store: Store, input: ClaimFactoryInput): Promise<string> {
  const text = await store.getSourceText(input.sourceId);
  const at = text.indexOf(input.quote);
  if (at < 0) throw new Error(`'${input.quote}' is not in ${input.sourceId}`);
  const start = Array.from(text.slice(0, at)).length;
  const end = start + Array.from(input.quote).length;
  const passage = (await store.passagesOfSource(input.sourceId)).find((p) => p.start <= start && p.end >= end);
  if (!passage) throw new Error(`no passage of ${input.sourceId} holds '${input.quote}'`);
  const id = claimId(input.sourceId, start, end);
  const period = input.period === undefined ? null : input.period;
  await store.write(async (tx) => {
    await tx.upsertMetrics([
      { key: input.metric, label: input.metric, unitKind: 'test', description: 'A metric made by a test.', derived: false, proposition: null },
    ]);
    await tx.insertClaims([
      {
        id,
        sourceId: input.sourceId,
        passageId: passage.id,
        statement: `${input.metric} was ${input.value} ${input.unit}.`,
        metric: input.metric,
        quote: { exact: input.quote, start, end },
        value: input.value,
        unit: input.unit,
        qualifier: 'exact',
        interval: { low: input.value, high: input.value },
        period: period ? { ...period, resolution: 'explicit' } : null,
        comparable: false,
        restates: null,
        change: null,
      },
    ]);
  });
  return id;
}

/** A conflict with its member claims, written directly (see insertTestClaim). */
export async function insertTestConflict(
  store: Store,
  input: {
    metric: string;
    status: 'agreement' | 'discrepancy';
    severity: 'none' | 'minor' | 'major';
    claimIds: string[];
    period: { start: string; end: string; label: string };
  },
): Promise<string> {
  const members = await store.claimsByIds(input.claimIds);
  const unit = members[0]!.unit;
  const consensus = members.reduce((sum, c) => sum + c.value, 0) / members.length;
  const values = members.map((c) => c.value);
  const id = conflictId(input.metric, unit, input.period.start, input.period.end);
  await store.write((tx) =>
    tx.replaceConflicts({ metric: input.metric, periodStart: input.period.start, periodEnd: input.period.end }, [
      {
        id,
        metric: input.metric,
        unit,
        periodStart: input.period.start,
        periodEnd: input.period.end,
        periodLabel: input.period.label,
        periodResolution: 'explicit',
        status: input.status,
        severity: input.severity,
        consensusValue: consensus,
        consensusMethod: 'median-of-all',
        spread: (Math.max(...values) - Math.min(...values)) / consensus,
        explanation: `Test conflict on ${input.metric}.`,
        members: members.map((c) => ({
          claimId: c.id,
          sourceId: c.sourceId,
          deviation: (c.value - consensus) / consensus,
          stance: 'corroborating',
          value: c.value,
          unit: c.unit,
          low: c.interval.low,
          high: c.interval.high,
        })),
      },
    ]),
  );
  return id;
}

export const FIXTURE_TEXTS = {
  alpha: 'Trade between the two neighbours reached a record high. Exports to the east grew strongly.\nShipping through the strait slowed.',
  beta: 'Officials said trade with the neighbour was lower. Growth in exports was modest. Sales abroad grew strongly too.',
} as const;

const Y2023 = { start: '2023-01-01', end: '2023-12-31', label: '2023' };
const Y2024 = { start: '2024-01-01', end: '2024-12-31', label: '2024' };

/**
 * Two short figure-free sources (so extraction adds no claims of its own) and six claims on
 * them, in document order: a1 a2 a3 (alpha-report) then b1 b2 b3 (beta-brief).
 */
export async function insertClaimFixture(store: Store) {
  await ingestSource(store, { id: 'alpha-report', title: 'Alpha report', publishedAt: '2024-06', text: FIXTURE_TEXTS.alpha });
  await ingestSource(store, { id: 'beta-brief', title: 'Beta brief', publishedAt: '2025', text: FIXTURE_TEXTS.beta });
  const a1 = await insertTestClaim(store, {
    sourceId: 'alpha-report',
    quote: 'reached a record high',
    value: 240e9,
    unit: 'USD',
    metric: 'trade.test.total',
    period: Y2023,
  });
  const a2 = await insertTestClaim(store, {
    sourceId: 'alpha-report',
    quote: 'grew strongly',
    value: 120e9,
    unit: 'USD',
    metric: 'exports.test',
    period: Y2024,
  });
  const a3 = await insertTestClaim(store, {
    sourceId: 'alpha-report',
    quote: 'slowed',
    value: 15,
    unit: 'percent',
    metric: 'shipping.test.change',
    period: null,
  });
  const b1 = await insertTestClaim(store, { sourceId: 'beta-brief', quote: 'was lower', value: 200e9, unit: 'USD', metric: 'trade.test.total', period: Y2023 });
  const b2 = await insertTestClaim(store, {
    sourceId: 'beta-brief',
    quote: 'was modest',
    value: 3,
    unit: 'percent',
    metric: 'exports.test.growth',
    period: { start: '2022-07-01', end: '2023-06-30', label: 'FY2022/23' },
  });
  const b3 = await insertTestClaim(store, {
    sourceId: 'beta-brief',
    quote: 'grew strongly too',
    value: 121e9,
    unit: 'USD',
    metric: 'exports.test',
    period: Y2024,
  });
  return { a1, a2, a3, b1, b2, b3, Y2023, Y2024 };
}

const storesOf = new WeakMap<DbHandle, SqliteStore>();

/** The store over an SQLite connection a test opened itself (one per connection). */
export function sqliteStore(handle: DbHandle): SqliteStore {
  let store = storesOf.get(handle);
  if (!store) storesOf.set(handle, (store = new SqliteStore(handle)));
  return store;
}

/**
 * A second, evenly split conflict beside the seed's 2024 trade one: this note and India
 * Foundation's "nearly 40%" both date China's share of Russia's trade to 2025.
 */
export async function addShareNote(store: Store): Promise<void> {
  await ingestSource(store, {
    title: 'Trade share note',
    publisher: 'Example Wire',
    publishedAt: '2025-06',
    text: "China now accounts for almost 36 per cent of Russia's foreign trade.",
  });
}

/**
 * Imports `count` articles of the synthetic corpus (bench/corpus.ts), `figures` figures each, through
 * the bulk path, dated 2025-06-01; `extra` adds fields to the i-th source (authors, publisher).
 */
export async function ingestSynthetic(store: Store, count: number, figures: number, extra: (i: number) => Partial<SourceInput> = () => ({})): Promise<void> {
  const articles = Array.from({ length: count }, (_, i) => syntheticArticle(i, figures));
  await ingestBatch(
    store,
    articles.map((a, i) => ({ title: a.title, publishedAt: '2025-06-01', text: a.text, ...extra(i) })),
  );
}
