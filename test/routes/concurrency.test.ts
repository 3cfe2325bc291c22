import { sqliteStore, testConfig } from '../helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb } from '../../src/store/sqlite/client.js';
import { extract } from '../../src/extract/index.js';
import { countPassages } from '../../src/store/sqlite/passages.js';
import { countSources, getSourceText } from '../../src/store/sqlite/sources.js';
import type { Claim } from '../../src/schemas/claims.js';
import type { Source } from '../../src/schemas/sources.js';
import { startFixture, type FixtureProcess } from '../support/fixtures/child-process.js';
import type { RaceOutcome } from '../support/fixtures/ingest-race.js';
import { createTestApp, seedText } from '../helpers.js';

const KEY = 'test-key-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'provenance-concurrency-'));
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

/** Creates and migrates the file first: the concurrency under test is ingest's, not a first open's. */
function createDatabase(name: string): string {
  const path = join(dir, name);
  openDb(path).close();
  return path;
}

describe('POST /v1/sources in parallel', () => {
  it('stores the same text once: one 201, every other request 200 with the same source', async () => {
    const t = await createTestApp({ config: { apiKeys: [KEY] } });
    try {
      const before = countSources(t.handle.db);
      // Ingest is synchronous, so in one process these serialize; the next test races processes.
      const body = { title: 'Same text, many clients', publishedAt: '2025', text: seedText('001_277b5b82a2ac79ee.txt') + '\n\nSent ten times at once.' };
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => t.app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer ${KEY}` }, payload: body })),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      const ids = new Set(responses.map((r) => (r.json() as { source: Source }).source.id));
      expect(ids.size).toBe(1);
      expect(countSources(t.handle.db)).toBe(before + 1);
    } finally {
      await t.close();
    }
  });
});

describe('ingestSource from several processes on one database file', () => {
  it('stores a text submitted by three processes at once exactly once, each told the same source, none failing', async () => {
    const path = createDatabase('race.db');
    const racers = [0, 1, 2].map(() => start('ingest-race.ts', [path]));
    await Promise.all(racers.map((r) => r.waitFor((lines) => lines.includes('ready'), 'ready')));

    const outcomesOf = (racer: FixtureProcess) => racer.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as RaceOutcome);
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      // Written in one tick, so the three ingests extract side by side and then contend for the lock.
      for (const racer of racers) racer.child.stdin!.write(`go ${round}\n`);
      await Promise.all(racers.map((r) => r.waitFor(() => outcomesOf(r).some((o) => o.round === round), `round ${round}`)));
      const outcomes = racers.map((r) => outcomesOf(r).find((o) => o.round === round)!);
      expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined, undefined]);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.sourceId)).size).toBe(1);
    }
    for (const racer of racers) racer.child.stdin!.end();
    for (const racer of racers) expect((await racer.exited).code, racer.stderr()).toBe(0);

    const handle = openDb(path);
    try {
      const titles = handle.sqlite.prepare('select title from sources order by title').pluck().all();
      expect(titles).toEqual(Array.from({ length: rounds }, (_, round) => `Race round ${round}`));
    } finally {
      handle.close();
    }
  }, 40_000);
});

describe('reads while another process writes', () => {
  it('never shows a source without all of its passages and claims', async () => {
    const path = join(dir, 'reads.db');
    // Opened (and migrated) before the writer starts: the concurrency under test is ingest's.
    const reader = openDb(path);
    const app = await buildApp({ config: testConfig(), store: sqliteStore(reader) });
    const writer = start('ingest-batch.ts', [path, '1000', 'reads']);
    try {
      await writer.waitFor((lines) => lines.length >= 3, '3 acks');
      const checked = new Set<string>();
      const get = async <T>(url: string, query: Record<string, string>): Promise<T> => {
        const res = await app.inject({ url, query });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        return res.json() as T;
      };

      let reads = 0;
      let firstSeen = 0;
      const since = Date.now();
      // About 5 s of reading; longer only if the writer has not moved on since the first read.
      while (Date.now() - since < 5_000 || (checked.size === firstSeen && Date.now() - since < 25_000)) {
        const { data } = await get<{ data: Source[]; nextCursor: string | null }>('/v1/sources', { limit: '500' });
        for (const source of data.filter((s) => !checked.has(s.id))) {
          const claims = await get<{ data: Claim[]; nextCursor: string | null }>('/v1/claims', { sourceId: source.id, limit: '500' });
          expect(claims.data, `claims of ${source.id}`).toHaveLength(source.claimCount);
          expect(claims.nextCursor).toBeNull();
          const expected = extract(getSourceText(reader.db, source.id), { publishedAt: source.publishedAt });
          expect(countPassages(reader.db, source.id), `passages of ${source.id}`).toBe(expected.passages.length);
          expect(source.claimCount).toBe(expected.claims.length);
          checked.add(source.id);
        }
        if (reads++ === 0) firstSeen = checked.size;
      }
      // The reads interleaved with commits: sources kept appearing while the loop ran.
      expect(checked.size).toBeGreaterThan(firstSeen);
    } finally {
      writer.child.kill('SIGKILL');
      await writer.exited;
      await app.close();
      reader.close();
    }
  }, 40_000);
});
