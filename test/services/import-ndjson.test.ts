import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/corpus.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'provenance-import-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function runImport(db: string, file: string, args: string[] = []) {
  const child = spawn(process.execPath, ['scripts/import.mjs', file, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c));
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

function ndjson(name: string, from: number, to: number, extra: string[] = []): string {
  const lines = [];
  for (let i = from; i < to; i++) {
    const a = syntheticArticle(i, 3);
    lines.push(JSON.stringify({ title: a.title, publisher: `Desk ${i % 5}`, publishedAt: '2025-06-01', text: a.text }));
  }
  const path = join(dir, name);
  writeFileSync(path, [...lines, ...extra].join('\n') + '\n');
  return path;
}

const count = (db: string, sql: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

/** Sources whose stored claim_count disagrees with the claims rows they have: half-written ones. */
const partial = (db: string) =>
  count(
    db,
    'select count(*) n from sources s where s.claim_count != (select count(*) from claims c where c.source_id = s.id) or not exists (select 1 from passages p where p.source_id = s.id)',
  );

describe('npm run import', () => {
  it('imports an NDJSON file, lists refused lines by number, and stores nothing new when run again', async () => {
    const db = join(dir, 'small.db');
    const file = ndjson('small.ndjson', 0, 30, ['{"title": "no text"}', 'not json at all']);
    const first = await runImport(db, file, ['--batch', '7']).done;
    expect(first.stdout).toMatch(/30 created, 0 already stored, 2 refused/);
    expect(first.stderr).toMatch(/line 31: refused \(400\).*text/);
    expect(first.stderr).toMatch(/line 32: refused \(400\) not JSON/);
    expect(first.code).toBe(1);
    expect(count(db, 'select count(*) n from sources')).toBe(30);
    const claims = count(db, 'select count(*) n from claims');
    const conflicts = count(db, 'select count(*) n from conflicts');
    expect(claims).toBeGreaterThan(200);
    expect(partial(db)).toBe(0);

    const again = await runImport(db, file).done;
    expect(again.stdout).toMatch(/0 created, 30 already stored, 2 refused/);
    expect(count(db, 'select count(*) n from sources')).toBe(30);
    expect(count(db, 'select count(*) n from claims')).toBe(claims);
    expect(count(db, 'select count(*) n from conflicts')).toBe(conflicts);
  }, 120_000);

  it('refuses bad usage with exit code 2', async () => {
    const res = await runImport(join(dir, 'unused.db'), join(dir, 'small.ndjson'), ['--batch', 'zero']).done;
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/usage: npm run import/);
  }, 60_000);

  it('keeps whole batches when killed mid-import, and a re-run completes the rest', async () => {
    const db = join(dir, 'crash.db');
    const file = ndjson('crash.ndjson', 100, 400);
    const { child, done } = runImport(db, file, ['--batch', '25']);
    // Wait for a first committed batch, then kill while the importer holds the write lock (inside a batch).
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      if (child.exitCode !== null) throw new Error('the import finished before it could be killed');
      let stored = 0;
      try {
        stored = count(db, 'select count(*) n from sources');
      } catch {
        continue; // not created or migrated yet
      }
      if (stored === 0) continue;
      const probe = new Database(db, { timeout: 0 });
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
      } catch {
        probe.close();
        child.kill('SIGKILL');
        break;
      }
      probe.close();
    }
    expect((await done).signal).toBe('SIGKILL');
    const kept = count(db, 'select count(*) n from sources');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(300);
    expect(kept % 25).toBe(0);
    expect(partial(db)).toBe(0);

    const rerun = await runImport(db, file, ['--batch', '25']).done;
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${300 - kept} created, ${kept} already stored, 0 refused`);
    expect(count(db, 'select count(*) n from sources')).toBe(300);
    expect(partial(db)).toBe(0);
  }, 180_000);
});
