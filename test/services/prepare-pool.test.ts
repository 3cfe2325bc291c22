import { afterEach, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/services/bulk-import.js';
import type { SourceInput } from '../../src/services/ingest.js';
import { PreparePool, prepareInThread } from '../../src/services/prepare-pool.js';
import { seedDatabase } from '../../src/services/seeding.js';
import { buildApp } from '../../src/app.js';
import { countRows, openTestStore, seedInputs, testConfig } from '../helpers.js';

const FAULTY = new URL('../support/fixtures/faulty-prepare-worker.ts', import.meta.url);

/** A short article of our own, unique per call. */
const article = (n: number, extra = ''): SourceInput => ({
  title: `Copper note ${n}`,
  publisher: 'Metals Desk',
  publishedAt: '2025-03-01',
  text: `Zambia exported ${410 + n} thousand tonnes of copper in 2024, the mines ministry said.${extra}`,
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const pools: PreparePool[] = [];
const track = (pool: PreparePool) => (pools.push(pool), pool);
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

// Each worker process loads the extractor and its lexicons through the TypeScript loader: seconds apiece on a busy
// two-core machine, and these tests start several. The time limit is for a hang, not a measure of speed.
describe('extraction in worker processes', { timeout: 90_000 }, () => {
  it('prepares the seed articles exactly as this process does, and stores the same claims', async () => {
    const pool = track(new PreparePool({ size: 2 }));
    const inputs = seedInputs();
    const [pooled, local] = await Promise.all([Promise.all(inputs.map((i) => pool.prepare(i))), Promise.all(inputs.map((i) => prepareInThread(i)))]);
    for (const [i, p] of pooled.entries()) {
      expect(p.extraction.claims.length).toBeGreaterThan(0);
      expect(p).toStrictEqual(local[i]);
    }

    const a = await openTestStore('sqlite');
    const b = await openTestStore('sqlite');
    try {
      await seedDatabase(a.store, undefined, pool.prepare);
      await seedDatabase(b.store);
      for (const input of inputs) expect(await a.store.claimsOfSource(input.id!)).toStrictEqual(await b.store.claimsOfSource(input.id!));
      expect((await a.store.listConflicts({ status: 'all' }, { limit: 100 })).data).toStrictEqual(
        (await b.store.listConflicts({ status: 'all' }, { limit: 100 })).data,
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("hands back the caller's own input with each preparation: the text does not travel back from the worker", async () => {
    const pool = track(new PreparePool({ size: 1 }));
    const inputs = [article(1), article(2), article(3)];
    const prepared = await Promise.all(inputs.map((i) => pool.prepare(i)));
    for (const [i, p] of prepared.entries()) {
      expect(p.input).toBe(inputs[i]);
      expect(p.hash).toBe((await prepareInThread(inputs[i]!)).hash);
      expect(p.extraction.claims.map((c) => c.quote.exact)).toEqual([`${410 + i + 1} thousand tonnes`]);
    }
  });

  it('prepares again in this process what a worker died on, so the batch is stored whole', async () => {
    const pool = track(new PreparePool({ size: 1, entry: FAULTY }));
    const opened = await openTestStore('sqlite');
    try {
      const items = [article(1), article(2, ' CRASH-HERE'), article(3)];
      const outcomes = await ingestBatch(opened.store, items, new Date(), undefined, pool.prepare);
      expect(outcomes.map((o) => o.status)).toEqual([201, 201, 201]);
      // What was stored for the item the worker died on is what this process extracts from it.
      const expected = await prepareInThread(items[1]!);
      const stored = 'source' in outcomes[1]! ? outcomes[1].source : undefined;
      expect(stored?.claimCount).toBe(expected.extraction.claims.length);
      expect(await countRows(opened, 'claims', `source_id = '${stored!.id}'`)).toBe(expected.extraction.claims.length);
      expect(await countRows(opened, 'sources')).toBe(3);
    } finally {
      await opened.close();
    }
  });

  it('fails a batch whose extraction throws before writing any of it', async () => {
    const pool = track(new PreparePool({ size: 2, entry: FAULTY }));
    const opened = await openTestStore('sqlite');
    try {
      const items = [article(4), article(5, ' THROW-HERE'), article(6)];
      await expect(ingestBatch(opened.store, items, new Date(), undefined, pool.prepare)).rejects.toThrow('the extractor gave up on this text');
      expect(await countRows(opened, 'sources')).toBe(0);
      expect(await countRows(opened, 'passages')).toBe(0);
      expect(await countRows(opened, 'claims')).toBe(0);
      // The workers are still there for the next batch.
      const again = await ingestBatch(opened.store, [article(4), article(6)], new Date(), undefined, pool.prepare);
      expect(again.map((o) => o.status)).toEqual([201, 201]);
    } finally {
      await opened.close();
    }
  });

  it('answers a batch with 200 and every item stored when a worker dies under it', async () => {
    const pool = track(new PreparePool({ size: 1, entry: FAULTY }));
    const opened = await openTestStore('sqlite');
    const app = await buildApp({ config: testConfig({ apiKeys: ['pool-test-key-0123456789'] }), store: opened.store, prepare: pool.prepare });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/sources:batch',
        headers: { authorization: 'Bearer pool-test-key-0123456789' },
        payload: [article(7, ' CRASH-HERE'), article(8)],
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().results.map((r: { status: number }) => r.status)).toEqual([201, 201]);
      expect(await countRows(opened, 'sources')).toBe(2);
    } finally {
      await app.close();
      await opened.close();
    }
  });

  it('starts workers with the first task, stops them when idle and on close', async () => {
    const pool = track(new PreparePool({ size: 2, idleMs: 300 }));
    expect(pool.workers).toBe(0);
    await pool.prepare(article(9));
    expect(pool.workers).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(pool.workers).toBe(0);

    // Two tasks at once: a second worker starts rather than queueing behind the first.
    const both = Promise.all([pool.prepare(article(10)), pool.prepare(article(11))]);
    expect(pool.workers).toBe(2);
    const ids = [...(pool as unknown as { slots: Set<{ worker: { pid: number } }> }).slots].map((s) => s.worker.pid);
    const closed = pool.close();
    // Closing waits for the tasks under way.
    expect((await both).map((p) => p.extraction.claims.length)).toEqual([1, 1]);
    await closed;
    expect(pool.workers).toBe(0);
    for (const pid of ids) expect(alive(pid)).toBe(false);
  });

  it('closing waits for a worker stopped for being idle just before to exit', async () => {
    const pool = track(new PreparePool({ size: 1, idleMs: 1 }));
    await pool.prepare(article(12));
    const [pid] = [...(pool as unknown as { slots: Set<{ worker: { pid: number } }> }).slots].map((s) => s.worker.pid);
    // The idle stop has begun: the worker is told to exit and is no longer one of the pool's.
    await new Promise((r) => setTimeout(r, 5));
    await pool.close();
    expect(alive(pid!)).toBe(false);
  });
});
