import { sqliteStore } from '../helpers.js';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../src/store/sqlite/client.js';
import { contentHash } from '../../src/ids.js';
import { ingestSource } from '../../src/services/ingest.js';
import { seedDatabase } from '../../src/services/seeding.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'provenance-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['sources', 'passages', 'claims', 'metrics', 'conflicts', 'conflict_claims'] as const;

/** Every row of every table, in a stable order: what "the same database" means here. */
function snapshot(handle: DbHandle) {
  return Object.fromEntries(TABLES.map((table) => [table, handle.sqlite.prepare(`select * from ${table} order by 1, 2`).all()]));
}

function idsOf(handle: DbHandle) {
  return {
    sources: handle.sqlite.prepare('select id, content_hash from sources order by id').all(),
    passages: handle.sqlite.prepare('select id from passages order by id').pluck().all(),
    claims: handle.sqlite.prepare('select id from claims order by id').pluck().all(),
    conflicts: handle.sqlite.prepare('select id from conflicts order by id').pluck().all(),
  };
}

describe('seedDatabase', () => {
  it('loads the five seed articles into an empty database', async () => {
    const handle = openDb(':memory:');
    expect(await seedDatabase(sqliteStore(handle))).toEqual({ created: 5, existing: 0 });
    expect(handle.sqlite.prepare('select count(*) from sources').pluck().get()).toBe(5);
    expect(handle.sqlite.prepare('select count(*) from passages').pluck().get()).toBe(64 + 75 + 74 + 80 + 119);
    handle.close();
  });

  it('changes nothing when run a second time on the same database', async () => {
    const handle = openDb(':memory:');
    await seedDatabase(sqliteStore(handle));
    const before = snapshot(handle);
    expect(await seedDatabase(sqliteStore(handle))).toEqual({ created: 0, existing: 5 });
    expect(snapshot(handle)).toEqual(before);
    handle.close();
  });

  it('gives the same IDs in two fresh databases', async () => {
    const first = openDb(':memory:');
    const second = openDb(':memory:');
    await seedDatabase(sqliteStore(first));
    await seedDatabase(sqliteStore(second));
    expect(idsOf(second)).toEqual(idsOf(first));
    first.close();
    second.close();
  });

  it('recognises stored text by content hash, whatever the id or title it is posted with', async () => {
    const handle = openDb(':memory:');
    const text = 'A short note. It says little.';
    const first = await ingestSource(sqliteStore(handle), { title: 'A note', text });
    const again = await ingestSource(sqliteStore(handle), { id: 'other-id', title: 'Another title', text });
    expect(first.created).toBe(true);
    expect(again).toEqual({ source: first.source, created: false });
    expect(first.source.contentHash).toBe(contentHash(text));
    expect(handle.sqlite.prepare('select count(*) from sources').pluck().get()).toBe(1);
    handle.close();
  });
});

describe('npm run seed', () => {
  it('is idempotent against a database file: same IDs and counts after a second run', async () => {
    const url = join(dir, 'seeded.db');
    const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' };
    // (Two whole processes, each loading the extractor under tsx: on a shared two-core machine a run can take well over
    // the default test timeout, which says nothing about the seed itself.)
    const seed = () => run(process.execPath, ['--import', 'tsx', 'seeds/seed.ts'], { cwd: ROOT, env, timeout: 45_000 });
    const count = () => {
      const db = new Database(url, { readonly: true });
      try {
        return {
          counts: Object.fromEntries(TABLES.map((t) => [t, db.prepare(`select count(*) from ${t}`).pluck().get()])),
          ids: db.prepare('select id from sources union all select id from passages union all select id from claims order by 1').pluck().all(),
        };
      } finally {
        db.close();
      }
    };
    const first = await seed();
    expect(first.stdout).toContain('5 created, 0 already present');
    const afterFirst = count();
    const second = await seed();
    expect(second.stdout).toContain('0 created, 5 already present');
    expect(count()).toEqual(afterFirst);
    expect(afterFirst.counts.sources).toBe(5);
  }, 120_000);
});

describe('contentHash', () => {
  it('is sha256 of the UTF-8 bytes, prefixed with the algorithm', async () => {
    expect(contentHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('é')).toBe(contentHash('\u00e9'));
    expect(contentHash('é')).not.toBe(contentHash('e\u0301'));
  });
});

describe('characterCount', () => {
  it('counts code points: an emoji is one, a combining mark is one more', async () => {
    const handle = openDb(':memory:');
    const { source } = await ingestSource(sqliteStore(handle), { title: 'Counting', text: 'Ships 🚢 sail. Cafe\u0301.' });
    expect(source.characterCount).toBe(20);
    expect('Ships 🚢 sail. Cafe\u0301.'.length).toBe(21);
    handle.close();
  });
});
