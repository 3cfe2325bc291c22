import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { refreshConflicts } from '../../src/services/conflicts.js';
import { openStore } from '../../src/store/index.js';
import type { PostgresStore } from '../../src/store/postgres/store.js';
import type { PropositionKey } from '../../src/store/types.js';
import { startFixture, type FixtureProcess } from '../support/fixtures/child-process.js';
import type { RaceOutcome } from '../support/fixtures/ingest-race.js';

/*
 * Several processes over one PostgreSQL server. Needs a real server (PGlite lives inside one
 * process): CI sets TEST_DATABASE_URL; without it these tests do not run.
 */
const server = process.env.TEST_DATABASE_URL;
if (!server) console.info('postgres-processes: TEST_DATABASE_URL is not set, so the multi-process PostgreSQL tests are not run.');

const started: FixtureProcess[] = [];
const databases: string[] = [];

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** A fresh database, migrated before any writer starts: the concurrency under test is ingest's. */
async function freshDatabase(label: string): Promise<{ url: string; store: PostgresStore }> {
  const name = `provenance_${label}_${process.pid}_${Date.now().toString(36)}`;
  await admin(`create database "${name}"`);
  databases.push(name);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  return { url: url.toString(), store: (await openStore(url.toString())) as PostgresStore };
}

function start(script: string, args: string[]): FixtureProcess {
  const fixture = startFixture(script, args);
  started.push(fixture);
  return fixture;
}

const rows = async <T>(store: Pick<PostgresStore, 'db'>, query: string) => ((await store.db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;

afterAll(async () => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const name of databases) await admin(`drop database if exists "${name}" with (force)`);
});

describe.runIf(server)('ingestSource from several processes on one PostgreSQL database', () => {
  let db: { url: string; store: PostgresStore };
  beforeAll(async () => {
    db = await freshDatabase('race');
  });
  afterAll(() => db.store.close());

  it('stores a text submitted by three processes at once exactly once, each told the same source, none failing', async () => {
    const racers = [0, 1, 2].map(() => start('ingest-race.ts', [db.url]));
    await Promise.all(racers.map((r) => r.waitFor((lines) => lines.includes('ready'), 'ready', 30_000)));
    const outcomesOf = (racer: FixtureProcess) => racer.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as RaceOutcome);
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      for (const racer of racers) racer.child.stdin!.write(`go ${round}\n`);
      await Promise.all(racers.map((r) => r.waitFor(() => outcomesOf(r).some((o) => o.round === round), `round ${round}`, 30_000)));
      const outcomes = racers.map((r) => outcomesOf(r).find((o) => o.round === round)!);
      expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined, undefined]);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.sourceId)).size).toBe(1);
    }
    for (const racer of racers) racer.child.stdin!.end();
    for (const racer of racers) expect((await racer.exited).code, racer.stderr()).toBe(0);
    const titles = await rows<{ title: string }>(db.store, 'select title from sources order by title');
    expect(titles.map((r) => r.title)).toEqual(Array.from({ length: rounds }, (_, round) => `Race round ${round}`));
  }, 120_000);
});

describe.runIf(server)('a writer killed with SIGKILL inside its transaction', () => {
  let db: { url: string; store: PostgresStore };
  beforeAll(async () => {
    db = await freshDatabase('crash');
  });
  afterAll(() => db.store.close());

  it('leaves every acknowledged source whole, no partial one, and conflicts as re-judging gives them', async () => {
    const writer = start('ingest-batch.ts', [db.url, '400', 'pgcrash']);
    await writer.waitFor((lines) => lines.filter((l) => l.startsWith('ack ')).length >= 3, '3 acks', 60_000);
    // The write lock is a transaction-scoped advisory lock: seen granted, the writer is mid-transaction.
    for (;;) {
      const held = await rows<{ n: number }>(
        db.store,
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and objid = 1886547830",
      );
      if (held[0]!.n > 0) break;
      if (writer.child.exitCode !== null) throw new Error(`the writer finished before it could be killed:\n${writer.stderr()}`);
    }
    writer.child.kill('SIGKILL');
    expect(await writer.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const acked = writer.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));

    const stored = await rows<{ id: string; claim_count: number; text: string; published_at: string | null }>(
      db.store,
      'select id, claim_count, text, published_at from sources order by id',
    );
    expect(stored.map((s) => s.id)).toEqual(expect.arrayContaining(acked));
    // At most the one ingest that committed but was killed before its ack got out.
    expect(stored.length - acked.length).toBeLessThanOrEqual(1);
    for (const s of stored) {
      const expected = extract(s.text, { publishedAt: s.published_at });
      expect(await db.store.countPassages(s.id), `passages of ${s.id}`).toBe(expected.passages.length);
      expect((await db.store.claimsOfSource(s.id)).length, `claims of ${s.id}`).toBe(s.claim_count);
    }

    const snapshot = async () => ({
      conflicts: await rows(db.store, 'select * from conflicts order by id'),
      members: await rows(db.store, 'select * from conflict_claims order by conflict_id, claim_id'),
    });
    const before = await snapshot();
    const propositions = await rows<PropositionKey>(
      db.store,
      `select distinct metric, period_start as "periodStart", period_end as "periodEnd" from claims
         where comparable and metric is not null and period_start is not null and period_end is not null`,
    );
    const rollback = new Error('rollback');
    let rejudged: unknown;
    await expect(
      db.store.write(async (tx) => {
        await refreshConflicts(tx, propositions);
        const read = (query: string) => rows(tx as unknown as Pick<PostgresStore, 'db'>, query);
        rejudged = {
          conflicts: await read('select * from conflicts order by id'),
          members: await read('select * from conflict_claims order by conflict_id, claim_id'),
        };
        throw rollback;
      }),
    ).rejects.toThrow(rollback);
    expect(rejudged).toEqual(before);
  }, 120_000);
});
