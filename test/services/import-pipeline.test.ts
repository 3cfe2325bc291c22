import { describe, expect, it } from 'vitest';
import { writeBatch, type PreparedItem } from '../../src/services/bulk-import.js';
import type { SourceInput } from '../../src/services/ingest.js';
import { prepareInThread } from '../../src/services/prepare-pool.js';
import type { Store, StoreWriter } from '../../src/store/types.js';
import { countRows, openTestStore } from '../helpers.js';

/** A short note of our own, unique per call. */
const note = (n: number, extra = ''): SourceInput => ({
  title: `Nickel note ${n}`,
  publisher: 'Metals Desk',
  publishedAt: '2025-04-01',
  text: `Indonesia produced ${1800 + n} thousand tonnes of nickel in 2024, the energy ministry said.${extra}`,
});

/** The store, with the ids of the sources its transactions insert recorded as they are inserted. */
function watched(store: Store): { store: Store; inserted: string[] } {
  const inserted: string[] = [];
  const bind = <T extends object>(target: T, key: PropertyKey) => {
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const wrap = (tx: StoreWriter) =>
    new Proxy(tx, {
      get: (t, key) =>
        key === 'insertSource' ? (row: Parameters<StoreWriter['insertSource']>[0]) => (inserted.push(row.id), t.insertSource(row)) : bind(t, key),
    });
  const proxy = new Proxy(store, {
    get: (s, key) => (key === 'write' ? <T>(fn: (tx: StoreWriter) => Promise<T>) => s.write((tx) => fn(wrap(tx))) : bind(s, key)),
  });
  return { store: proxy, inserted };
}

async function until(done: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !done(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('bulk import pipeline', () => {
  it('writes the items of a batch whose preparation is done while a later one is still being prepared', async () => {
    const opened = await openTestStore('sqlite');
    try {
      const { store, inserted } = watched(opened.store);
      let finish!: (p: PreparedItem) => void;
      const third = new Promise<PreparedItem>((resolve) => (finish = resolve));
      const writing = writeBatch(store, [await prepareInThread(note(1)), await prepareInThread(note(2)), third]);
      await until(() => inserted.length === 2);
      expect(inserted).toEqual(['nickel-note-1', 'nickel-note-2']);
      finish(await prepareInThread(note(3)));
      expect((await writing).map((o) => o.status)).toEqual([201, 201, 201]);
      expect(inserted).toEqual(['nickel-note-1', 'nickel-note-2', 'nickel-note-3']);
      expect(await countRows(opened, 'sources')).toBe(3);
    } finally {
      await opened.close();
    }
  });

  it('rolls the whole batch back when a later preparation fails after earlier items were written', async () => {
    const opened = await openTestStore('sqlite');
    try {
      const { store, inserted } = watched(opened.store);
      let fail!: (err: Error) => void;
      const second = new Promise<PreparedItem>((_, reject) => (fail = reject));
      // As dispatchBatch does: the failure is seen where the batch awaits it, never unhandled.
      second.catch(() => {});
      const writing = writeBatch(store, [await prepareInThread(note(4)), second]);
      await until(() => inserted.length === 1);
      fail(new Error('the extractor gave up on this text'));
      await expect(writing).rejects.toThrow('the extractor gave up on this text');
      expect(await countRows(opened, 'sources')).toBe(0);
      expect(await countRows(opened, 'claims')).toBe(0);
      expect(await countRows(opened, 'passages')).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
