import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig, type Config } from '../src/config.js';
import { openDb, type Db, type DbHandle } from '../src/db/client.js';
import { claims, conflictClaims, conflicts, passages } from '../src/db/schema.js';
import { claimId, conflictId } from '../src/ids.js';
import { ingestSource } from '../src/ingest.js';
import { insertClaims, upsertMetrics } from '../src/repos/claims.js';
import { getSourceText } from '../src/repos/sources.js';
import { readManifest, SEEDS_DIR, seedDatabase } from '../src/seed.js';

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  close(): Promise<void>;
}

/** The production app on a fresh in-memory database; `seed` loads the five seed articles. */
export async function createTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const handle = openDb(':memory:');
  if (options.seed) seedDatabase(handle.db);
  const app = await buildApp({ config: testConfig(options.config), db: handle.db });
  return {
    app,
    handle,
    close: async () => {
      await app.close();
      handle.close();
    },
  };
}

export const seedManifest = () => readManifest();

/** A seed article's text exactly as stored on disk. */
export function seedText(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
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
 * Writes a claim row straight into the database, independent of what the extractor finds, so
 * route tests pin the API's filtering and paging rather than extraction quality.
 */
export function insertTestClaim(db: Db, input: ClaimFactoryInput): string {
  const text = getSourceText(db, input.sourceId);
  const at = text.indexOf(input.quote);
  if (at < 0) throw new Error(`'${input.quote}' is not in ${input.sourceId}`);
  const start = Array.from(text.slice(0, at)).length;
  const end = start + Array.from(input.quote).length;
  const passage = db
    .select()
    .from(passages)
    .where(and(eq(passages.sourceId, input.sourceId), lte(passages.start, start), gte(passages.end, end)))
    .get();
  if (!passage) throw new Error(`no passage of ${input.sourceId} holds '${input.quote}'`);
  upsertMetrics(db, [{ key: input.metric, label: input.metric, unitKind: 'test', description: 'A metric made by a test.', derived: false }]);
  const id = claimId(input.sourceId, start, end);
  const period = input.period === undefined ? null : input.period;
  insertClaims(db, [
    {
      id,
      sourceId: input.sourceId,
      passageId: passage.id,
      statement: `${input.metric} was ${input.value} ${input.unit}.`,
      metric: input.metric,
      quoteExact: input.quote,
      quoteStart: start,
      quoteEnd: end,
      value: input.value,
      unit: input.unit,
      qualifier: 'exact',
      intervalLow: input.value,
      intervalHigh: input.value,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      periodLabel: period?.label ?? null,
      periodResolution: period ? 'explicit' : null,
    },
  ]);
  return id;
}

/** A conflict row with its member claims, written directly (see insertTestClaim). */
export function insertTestConflict(
  db: Db,
  input: { metric: string; status: 'agreement' | 'discrepancy'; severity: 'none' | 'minor' | 'major'; claimIds: string[]; period: { start: string; end: string; label: string } },
): string {
  const members = db.select().from(claims).where(inArray(claims.id, input.claimIds)).all();
  const unit = members[0]!.unit;
  const consensus = members.reduce((sum, c) => sum + c.value, 0) / members.length;
  const values = members.map((c) => c.value);
  const id = conflictId(input.metric, unit, input.period.start, input.period.end);
  db.insert(conflicts)
    .values({
      id,
      metric: input.metric,
      unit,
      periodStart: input.period.start,
      periodEnd: input.period.end,
      periodLabel: input.period.label,
      status: input.status,
      severity: input.severity,
      consensusValue: consensus,
      consensusMethod: 'mean',
      spread: (Math.max(...values) - Math.min(...values)) / consensus,
      explanation: `Test conflict on ${input.metric}.`,
    })
    .run();
  db.insert(conflictClaims)
    .values(members.map((c) => ({ conflictId: id, claimId: c.id, sourceId: c.sourceId, deviation: (c.value - consensus) / consensus, stance: 'primary' })))
    .run();
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
export function insertClaimFixture(db: Db) {
  ingestSource(db, { id: 'alpha-report', title: 'Alpha report', publishedAt: '2024-06', text: FIXTURE_TEXTS.alpha });
  ingestSource(db, { id: 'beta-brief', title: 'Beta brief', publishedAt: '2025', text: FIXTURE_TEXTS.beta });
  const a1 = insertTestClaim(db, { sourceId: 'alpha-report', quote: 'reached a record high', value: 240e9, unit: 'USD', metric: 'trade.test.total', period: Y2023 });
  const a2 = insertTestClaim(db, { sourceId: 'alpha-report', quote: 'grew strongly', value: 120e9, unit: 'USD', metric: 'exports.test', period: Y2024 });
  const a3 = insertTestClaim(db, { sourceId: 'alpha-report', quote: 'slowed', value: 15, unit: 'percent', metric: 'shipping.test.change', period: null });
  const b1 = insertTestClaim(db, { sourceId: 'beta-brief', quote: 'was lower', value: 200e9, unit: 'USD', metric: 'trade.test.total', period: Y2023 });
  const b2 = insertTestClaim(db, {
    sourceId: 'beta-brief',
    quote: 'was modest',
    value: 3,
    unit: 'percent',
    metric: 'exports.test.growth',
    period: { start: '2022-07-01', end: '2023-06-30', label: 'FY2022/23' },
  });
  const b3 = insertTestClaim(db, { sourceId: 'beta-brief', quote: 'grew strongly too', value: 121e9, unit: 'USD', metric: 'exports.test', period: Y2024 });
  return { a1, a2, a3, b1, b2, b3, Y2023, Y2024 };
}

/**
 * A second, evenly split conflict beside the seed's 2024 trade one: this note and India
 * Foundation's "nearly 40%" both date China's share of Russia's trade to 2025.
 */
export function addShareNote(db: Db): void {
  ingestSource(db, {
    title: 'Trade share note',
    publisher: 'Example Wire',
    publishedAt: '2025-06',
    text: "China now accounts for almost 36 per cent of Russia's foreign trade.",
  });
}
