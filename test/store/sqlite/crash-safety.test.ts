import { sqliteStore } from '../../helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../../src/store/sqlite/client.js';
import { extract } from '../../../src/extract/index.js';
import { claimId, passageId } from '../../../src/ids.js';
import { ingestSource } from '../../../src/services/ingest.js';
import { refreshConflicts } from '../../../src/services/conflicts.js';
import type { PropositionKey as Proposition } from '../../../src/store/types.js';
import { batchArticle } from '../../support/fixtures/articles.js';
import { startFixture, type FixtureProcess } from '../../support/fixtures/child-process.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-crash-'));
const started: FixtureProcess[] = [];
afterAll(() => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function start(script: string, args: string[]): FixtureProcess {
  const fixture = startFixture(script, args);
  started.push(fixture);
  return fixture;
}

const acksOf = (lines: string[]) => lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));

/**
 * Kills the writer while it holds the database's write lock, i.e. in the middle of an ingest
 * transaction: a probe connection that does not wait (timeout 0) fails to take the lock exactly
 * then. Killing at the `nth` such failure rather than the first reaches further into a
 * transaction (one spans hundreds of probes). The probe closes before the kill, so openDb is
 * the first connection after the crash and the one that recovers the WAL.
 */
async function killInsideTransaction(path: string, writer: FixtureProcess, nth: number): Promise<void> {
  const probe = new Database(path, { timeout: 0 });
  for (let busy = 0; ; ) {
    try {
      probe.exec('BEGIN IMMEDIATE');
      probe.exec('ROLLBACK');
    } catch (error) {
      if (!(error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw error;
      if (++busy === nth) {
        probe.close();
        writer.child.kill('SIGKILL');
        return;
      }
    }
    if (writer.child.exitCode !== null) throw new Error(`the writer finished before it could be killed:\n${writer.stderr()}`);
    await new Promise((resolveTick) => setImmediate(resolveTick));
  }
}

/**
 * A source is complete when its passages and claims are exactly those extraction gives for its
 * stored text (same deterministic IDs), and its claim_count agrees.
 */
function expectEverySourceComplete(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare('select id, text, published_at as publishedAt, claim_count as claimCount from sources').all() as Array<{
    id: string;
    text: string;
    publishedAt: string | null;
    claimCount: number;
  }>;
  const passagesOf = sqlite.prepare('select id from passages where source_id = ? order by ordinal').pluck();
  const claimsOf = sqlite.prepare('select id from claims where source_id = ? order by id').pluck();
  for (const source of rows) {
    const expected = extract(source.text, { publishedAt: source.publishedAt });
    expect(passagesOf.all(source.id), `passages of ${source.id}`).toEqual(expected.passages.map((p) => passageId(source.id, p.start, p.end)));
    expect(claimsOf.all(source.id), `claims of ${source.id}`).toEqual(expected.claims.map((c) => claimId(source.id, c.quote.start, c.quote.end)).sort());
    expect(source.claimCount, `claim_count of ${source.id}`).toBe(expected.claims.length);
  }
  return rows.map((r) => r.id);
}

/** The stored conflicts are exactly what re-judging every proposition from the stored claims gives. */
async function expectConflictsMatchClaims(handle: DbHandle): Promise<void> {
  const snapshot = () => ({
    conflicts: handle.sqlite.prepare('select * from conflicts order by id').all(),
    members: handle.sqlite.prepare('select * from conflict_claims order by conflict_id, claim_id').all(),
  });
  const stored = snapshot();
  const propositions = handle.sqlite
    .prepare(
      `select metric, period_start as periodStart, period_end as periodEnd from claims
         where metric is not null and period_start is not null and period_end is not null
       union select metric, period_start, period_end from conflicts`,
    )
    .all() as Proposition[];
  let rejudged: ReturnType<typeof snapshot> | undefined;
  const rollback = new Error('rollback');
  await expect(
    sqliteStore(handle).write(async (tx) => {
      await refreshConflicts(tx, propositions);
      rejudged = snapshot();
      throw rollback;
    }),
  ).rejects.toThrow(rollback);
  expect(rejudged).toEqual(stored);
}

/** Everything the reopened database must show, whatever moment the writer died at. */
async function expectIntactAfterCrash(path: string, acked: string[]): Promise<string[]> {
  const handle = openDb(path);
  try {
    const { sqlite } = handle;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(() => sqlite.exec("INSERT INTO passages_fts(passages_fts) VALUES('integrity-check')")).not.toThrow();
    // rank = 1 also compares the index with its external content table, row by row.
    expect(() => sqlite.exec("INSERT INTO passages_fts(passages_fts, rank) VALUES('integrity-check', 1)")).not.toThrow();
    const stored = expectEverySourceComplete(sqlite);
    expect(stored).toEqual(expect.arrayContaining(acked));
    // At most the one ingest that committed but was killed before its ack got out.
    expect(stored.length - acked.length).toBeLessThanOrEqual(1);
    await expectConflictsMatchClaims(handle);
    return stored;
  } finally {
    handle.close();
  }
}

interface KillPoint {
  acks: number;
  moment: string;
  /** Which probe finding the lock held triggers the kill; 0 kills as soon as the ack is read. */
  busyProbe: number;
}

const killPoints: KillPoint[] = [
  { acks: 5, moment: 'as the next ingest transaction starts', busyProbe: 1 },
  { acks: 12, moment: 'as soon as the acknowledgement is read', busyProbe: 0 },
  { acks: 25, moment: 'well into the next ingest transaction', busyProbe: 100 },
];

describe('ingest under SIGKILL', () => {
  for (const { acks, moment, busyProbe } of killPoints) {
    it(`keeps every acknowledged source whole and no partial one when killed after ${acks} acks, ${moment}`, async () => {
      const path = join(dir, `killed-after-${acks}.db`);
      const writer = start('ingest-batch.ts', [path, '400', `crash ${acks}`]);
      await writer.waitFor((lines) => acksOf(lines).length >= acks, `${acks} acks`, 30_000);
      if (busyProbe > 0) await killInsideTransaction(path, writer, busyProbe);
      else writer.child.kill('SIGKILL');
      expect(await writer.exited).toEqual({ code: null, signal: 'SIGKILL' });

      const acked = acksOf(writer.lines);
      expect(acked.length).toBeLessThan(400);
      const stored = await expectIntactAfterCrash(path, acked);

      // The database stays writable after the crash.
      const after = openDb(path);
      const { source } = await ingestSource(sqliteStore(after), batchArticle(`after crash ${acks}`, 0));
      after.close();
      expect(await expectIntactAfterCrash(path, [...acked, source.id])).toHaveLength(stored.length + 1);
    }, 40_000);
  }
});
