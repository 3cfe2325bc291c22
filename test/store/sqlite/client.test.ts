import { sqliteStore } from '../../helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/store/sqlite/client.js';
import { ingestSource } from '../../../src/services/ingest.js';
import { deleteSourceRow } from '../../../src/store/sqlite/sources.js';
import { passages, sources } from '../../../src/store/sqlite/schema.js';
import { ingestBatch } from '../../../src/services/bulk-import.js';
import { deleteSource } from '../../../src/services/ingest.js';

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

  const integrityCheck = (handle: ReturnType<typeof openDb>) =>
    expect(() => handle.sqlite.prepare("insert into passages_fts(passages_fts) values ('integrity-check')").run()).not.toThrow();
  const claimsMatching = async (handle: ReturnType<typeof openDb>, q: string) =>
    (await sqliteStore(handle).listClaims({ q }, { limit: 50 })).data.map((c) => c.sourceId).sort();

  it('indexes every passage of a batch once, finds them by search, and forgets a deleted source', async () => {
    const handle = openDb(':memory:');
    const store = sqliteStore(handle);
    const outcomes = await ingestBatch(store, [
      { id: 'tin', title: 'Tin', text: 'Bolivia mined 18,000 tonnes of tin in 2023.\n\nThe smelters at Vinto were busy.' },
      { id: 'zinc', title: 'Zinc', text: 'Peru mined 1.4 million tonnes of zinc in 2023.\n\nThe smelters at Cajamarquilla were idle.' },
      { id: 'lead', title: 'Lead', text: 'Mexico mined 260,000 tonnes of lead in 2023.' },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([201, 201, 201]);
    const passages = handle.sqlite.prepare('select count(*) from passages').pluck().get() as number;
    expect(passages).toBeGreaterThanOrEqual(5);
    // One index entry per passage: FTS5 keeps one document-size row per indexed rowid.
    expect(handle.sqlite.prepare('select count(*) from passages_fts_docsize').pluck().get()).toBe(passages);
    integrityCheck(handle);
    expect(search(handle, 'smelters')).toHaveLength(2);
    expect(await claimsMatching(handle, 'zinc')).toEqual(['zinc']);
    expect(await claimsMatching(handle, 'mined')).toEqual(['lead', 'tin', 'zinc']);

    await deleteSource(store, 'zinc');
    expect(search(handle, 'cajamarquilla')).toEqual([]);
    expect(await claimsMatching(handle, 'zinc')).toEqual([]);
    expect(await claimsMatching(handle, 'mined')).toEqual(['lead', 'tin']);
    integrityCheck(handle);

    // A source written after a delete (rowids are never reused) is indexed as well.
    await ingestBatch(store, [{ id: 'nickel', title: 'Nickel', text: 'Indonesia mined 1.8 million tonnes of nickel in 2023.' }]);
    expect(await claimsMatching(handle, 'nickel')).toEqual(['nickel']);
    expect(handle.sqlite.prepare('select count(*) from passages_fts_docsize').pluck().get()).toBe(
      handle.sqlite.prepare('select count(*) from passages').pluck().get(),
    );
    integrityCheck(handle);
    handle.close();
  });

  it('keeps the passages indexed before the upgrade that stopped indexing by trigger, and indexes new ones once', async () => {
    const path = join(dir, 'fts-upgrade.db');
    const old = openDb(path);
    // The store as it was before the last migration: passages indexed by a per-row insert trigger.
    old.sqlite.exec(`CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN
      INSERT INTO passages_fts(rowid, text) VALUES (new.rowid, new.text);
    END`);
    const last = old.sqlite.prepare('select max(created_at) from __drizzle_migrations').pluck().get();
    old.sqlite.prepare('delete from __drizzle_migrations where created_at = ?').run(last);
    // A passage written then, by a plain insert (the trigger indexed it).
    const text = 'The walrus swam north.';
    old.db
      .insert(sources)
      .values({
        id: 'walrus',
        title: 'Walrus',
        authors: [],
        language: 'en',
        contentHash: 'w',
        characterCount: text.length,
        text,
        createdAt: '2026-01-01T00:00:00Z',
      })
      .run();
    old.db
      .insert(passages)
      .values({ id: 'walrus#0', sourceId: 'walrus', ordinal: 0, start: 0, end: text.length, text, prefix: '', suffix: '', paragraph: 0 })
      .run();
    old.close();

    const upgraded = openDb(path);
    await ingestSource(sqliteStore(upgraded), { id: 'narwhal', title: 'Narwhal', text: 'The narwhal swam south.' });
    expect(search(upgraded, 'swam')).toHaveLength(2);
    expect(search(upgraded, 'walrus')).toHaveLength(1);
    expect(upgraded.sqlite.prepare('select count(*) from passages_fts_docsize').pluck().get()).toBe(
      upgraded.sqlite.prepare('select count(*) from passages').pluck().get(),
    );
    integrityCheck(upgraded);
    upgraded.close();
  });

  it('matches without diacritics', async () => {
    const handle = openDb(':memory:');
    await ingestSource(sqliteStore(handle), { id: 'cafe', title: 'Café', text: 'The café opened.' });
    expect(search(handle, 'cafe')).toHaveLength(1);
    handle.close();
  });
});
