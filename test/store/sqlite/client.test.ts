import { sqliteStore } from '../../helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/sqlite/client.js';
import { ingestSource } from '../../../src/services/ingest.js';
import { deleteSourceRow } from '../../../src/store/sqlite/sources.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openDb', () => {
  it('opens a file database in WAL mode with synchronous=NORMAL and foreign keys on', async () => {
    const handle = openDb(join(dir, 'pragmas.db'));
    try {
      expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(1);
      expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      handle.close();
    }
  });

  it('applies every migration, the hand-written FTS5 one included, and reopens without re-applying', async () => {
    const path = join(dir, 'migrated.db');
    const first = openDb(path);
    const tables = first.sqlite.prepare("select name from sqlite_master where type in ('table', 'trigger') order by name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'sources',
        'passages',
        'claims',
        'metrics',
        'conflicts',
        'conflict_claims',
        'passages_fts',
        'passages_fts_ai',
        'passages_fts_ad',
        'passages_fts_au',
      ]),
    );
    const applied = first.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get();
    first.close();
    const second = openDb(path);
    expect(second.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(applied);
    second.close();
  });

  it('closes idempotently', async () => {
    const handle = openDb(':memory:');
    handle.close();
    expect(() => handle.close()).not.toThrow();
  });
});

describe('the passages full-text index', () => {
  const search = (handle: ReturnType<typeof openDb>, word: string) =>
    handle.sqlite
      .prepare('select p.id from passages_fts f join passages p on p.rowid = f.rowid where passages_fts match ? order by p.id')
      .pluck()
      .all(`"${word}"`);

  it('follows passages as sources are added and deleted', async () => {
    const handle = openDb(':memory:');
    await ingestSource(sqliteStore(handle), { id: 'walrus', title: 'Walrus', text: 'The walrus swam north. Nobody followed.' });
    await ingestSource(sqliteStore(handle), { id: 'narwhal', title: 'Narwhal', text: 'The narwhal swam south.' });
    expect(search(handle, 'walrus')).toHaveLength(1);
    expect(search(handle, 'swam')).toHaveLength(2);
    expect(deleteSourceRow(handle.db, 'walrus')).toBe(true);
    expect(search(handle, 'walrus')).toEqual([]);
    expect(search(handle, 'swam')).toHaveLength(1);
    expect(handle.sqlite.prepare('select count(*) from passages').pluck().get()).toBe(1);
    // FTS5's own consistency check against its external content table.
    expect(() => handle.sqlite.prepare("insert into passages_fts(passages_fts) values ('integrity-check')").run()).not.toThrow();
    handle.close();
  });

  it('matches without diacritics', async () => {
    const handle = openDb(':memory:');
    await ingestSource(sqliteStore(handle), { id: 'cafe', title: 'Café', text: 'The café opened.' });
    expect(search(handle, 'cafe')).toHaveLength(1);
    handle.close();
  });
});
