import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshConflicts } from '../../src/services/conflicts.js';
import { ingestSource } from '../../src/services/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { PropositionKey, StoreWriter } from '../../src/store/types.js';
import { createTestApp, type TestApp } from '../helpers.js';

// Wire items written for this test. Two propositions: trade between Brazil and Argentina
// (a small group) and between Chile and Peru (a group ten times larger); a third of each
// group gives a figure the rest contradicts, so both groups are discrepancies.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const tag = (n: number) => `${LETTERS[n % 26]}${LETTERS[Math.floor(n / 26)]}`;
function story(pair: string, n: number, figure: string) {
  return {
    id: `${pair.split(' ')[0]!.toLowerCase()}-${tag(n)}`,
    title: `Trade note ${tag(n)}`,
    publisher: `Desk ${tag(n).toUpperCase()}`,
    publishedAt: '2024-02-10',
    text: `Trade between ${pair} reached ${figure} in 2023, customs data showed. Filed by desk ${tag(n)}.`,
  };
}
const group = (pair: string, size: number, from = 0) =>
  Array.from({ length: size }, (_, i) => story(pair, from + i, i % 3 === 2 ? '$35 billion' : '$28.4 billion'));

/** A writer that counts the store calls made through it, by method. */
function counting(tx: StoreWriter, calls: Map<string, number>): StoreWriter {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
}

let t: TestApp;
const small = { pair: 'Brazil and Argentina', size: 3 };
const large = { pair: 'Chile and Peru', size: 30 };

beforeAll(async () => {
  t = await createTestApp();
  for (const s of [...group(small.pair, small.size), ...group(large.pair, large.size)]) await ingestSource(t.store, s);
}, 300_000);
afterAll(() => t.close());

async function propositionOf(sourceId: string): Promise<PropositionKey> {
  const [p] = await t.store.write((tx) => tx.propositionsOfSource(sourceId));
  return p!;
}

/**
 * Store calls (by method) and, on SQLite, SQL statements prepared, in the writes `run` makes:
 * every write of the store goes through a counting writer meanwhile.
 */
async function measure(run: () => Promise<unknown>): Promise<{ calls: Record<string, number>; statements: number; rowsChanged: number }> {
  const calls = new Map<string, number>();
  let statements = 0;
  const changes = () => (t.store instanceof SqliteStore ? (t.store.handle.sqlite.prepare('select total_changes() as n').get() as { n: number }).n : 0);
  const changesBefore = changes();
  const write = t.store.write.bind(t.store);
  const sqlite = t.store instanceof SqliteStore ? t.store.handle.sqlite : undefined;
  const prepare = sqlite?.prepare;
  t.store.write = ((fn: (tx: StoreWriter) => Promise<unknown>) =>
    write(async (tx) => {
      if (sqlite && prepare) {
        sqlite.prepare = ((source: string) => {
          statements++;
          return prepare.call(sqlite, source);
        }) as typeof sqlite.prepare;
      }
      try {
        return await fn(counting(tx, calls));
      } finally {
        if (sqlite && prepare) sqlite.prepare = prepare;
      }
    })) as typeof t.store.write;
  try {
    await run();
  } finally {
    t.store.write = write;
  }
  return { calls: Object.fromEntries(calls), statements, rowsChanged: changes() - changesBefore };
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const groupSizes = async () =>
  ((await t.app.inject('/v1/conflicts?status=all&measure=trade')).json().data as Array<{ claims: unknown[] }>)
    .map((c) => c.claims.length)
    .sort((a, b) => a - b);

describe('re-judging a proposition', () => {
  it('makes the same store calls for a group of 30 as for a group of 3', async () => {
    expect(await groupSizes()).toEqual([small.size, large.size]);
    const ofSmall = await propositionOf('brazil-aa');
    const ofLarge = await propositionOf('chile-aa');
    const rejudgeSmall = await measure(() => t.store.write((tx) => refreshConflicts(tx, [ofSmall])));
    const rejudgeLarge = await measure(() => t.store.write((tx) => refreshConflicts(tx, [ofLarge])));
    expect(rejudgeLarge.calls).toEqual(rejudgeSmall.calls);
    // Claims, separations, stored groups, the replacement, their reviews: no call per member.
    expect(rejudgeLarge.calls.claimsOfProposition).toBe(1);
    expect(total(rejudgeLarge.calls)).toBeLessThanOrEqual(6);
    if (t.store instanceof SqliteStore) {
      expect(rejudgeLarge.statements).toBeLessThanOrEqual(rejudgeSmall.statements);
      expect(rejudgeLarge.statements).toBeLessThanOrEqual(12);
      // Nothing changed since the last judgement, so nothing is written.
      expect([rejudgeSmall.rowsChanged, rejudgeLarge.rowsChanged]).toEqual([0, 0]);
    }
    expect(await groupSizes()).toEqual([small.size, large.size]);
  });

  it('ingests one more restatement into either group with the same store calls', async () => {
    const intoSmall = await measure(() => ingestSource(t.store, story(small.pair, 100, '$28.4 billion')));
    const intoLarge = await measure(() => ingestSource(t.store, story(large.pair, 100, '$28.4 billion')));
    expect(intoLarge.calls).toEqual(intoSmall.calls);
    expect(intoLarge.calls.claimsOfProposition).toBe(1);
    if (t.store instanceof SqliteStore) {
      expect(intoLarge.statements).toBeLessThanOrEqual(intoSmall.statements);
      // The consensus stays where it was: the new member row and the group's own row, not every member.
      expect(intoLarge.rowsChanged).toBe(intoSmall.rowsChanged);
    }
    expect(await groupSizes()).toEqual([small.size + 1, large.size + 1]);
  });
});
