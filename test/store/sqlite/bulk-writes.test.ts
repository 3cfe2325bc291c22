import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importNdjson } from '../../../src/services/import-ndjson.js';
import { prepareInThread } from '../../../src/services/prepare-pool.js';
import { openSqliteStore } from '../../../src/store/sqlite/store.js';

const dir = mkdtempSync(join(tmpdir(), 'bulk-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite bulk writes', () => {
  it('checkpoint less often and cache more during an import, then leave the connection as it was with the log emptied', async () => {
    const path = join(dir, 'store.db');
    const store = openSqliteStore(path);
    try {
      const { sqlite } = store.handle;
      const pragma = (name: string) => sqlite.pragma(name, { simple: true }) as number;
      sqlite.pragma('cache_size = -3000');
      const before = { checkpoint: pragma('wal_autocheckpoint'), cache: pragma('cache_size') };

      const file = join(dir, 'notes.ndjson');
      const notes = [1, 2, 3].map((n) => ({
        title: `Cocoa note ${n}`,
        publisher: 'Commodities Desk',
        text: `Ghana shipped ${600 + n} thousand tonnes of cocoa in 2024, the board said.`,
      }));
      writeFileSync(file, notes.map((n) => JSON.stringify(n)).join('\n'));
      const during: Array<{ checkpoint: number; cache: number }> = [];
      const summary = await importNdjson(store, file, {
        prepare: prepareInThread,
        batchSize: 1,
        onProgress: () => during.push({ checkpoint: pragma('wal_autocheckpoint'), cache: pragma('cache_size') }),
      });

      expect(summary.created).toBe(3);
      expect(during).toHaveLength(3);
      for (const d of during) {
        expect(d.checkpoint).toBeGreaterThan(before.checkpoint);
        expect(-d.cache).toBeGreaterThan(-before.cache);
      }
      expect({ checkpoint: pragma('wal_autocheckpoint'), cache: pragma('cache_size') }).toStrictEqual(before);
      // Every committed page is back in the database file.
      expect(statSync(`${path}-wal`).size).toBe(0);
      expect((sqlite.prepare('select count(*) n from sources').get() as { n: number }).n).toBe(3);
    } finally {
      await store.close();
    }
  }, 60_000);
});
