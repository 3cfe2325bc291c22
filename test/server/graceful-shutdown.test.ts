import { sqliteStore } from '../helpers.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/sqlite/client.js';
import { ingestSource } from '../../src/services/ingest.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'provenance-server-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

/** Starts `src/server.ts` as production does and resolves once it logs its address. */
async function startServer(databaseUrl: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', API_KEYS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const baseUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen within 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return { child, baseUrl, output: () => output };
}

async function stop(server: RunningServer): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const exited = once(server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  server.child.kill('SIGTERM');
  const [code, signal] = await exited;
  return { code, signal };
}

// Starting tsx and seeding the five articles takes seconds, more on a loaded machine: a wait, not a speed check.
describe('src/server.ts', { timeout: 120_000 }, () => {
  it('seeds an empty database, serves it, and on SIGTERM exits 0 leaving a clean database file', async () => {
    const path = join(dir, 'first.db');
    const server = await startServer(path);
    const health = await fetch(`${server.baseUrl}/health`);
    expect(health.status).toBe(200);
    const sources = (await (await fetch(`${server.baseUrl}/v1/sources`)).json()) as { data: unknown[] };
    expect(sources.data).toHaveLength(5);
    expect(server.output()).toContain('empty database seeded');
    expect(existsSync(`${path}-wal`)).toBe(true);

    expect(await stop(server)).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('"signal":"SIGTERM"');
    // The last connection to close checkpoints and removes the WAL: proof the database was closed.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('select count(*) from sources').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });

  it('does not seed again a database that already has sources', async () => {
    const path = join(dir, 'second.db');
    const prepared = openDb(path);
    await ingestSource(sqliteStore(prepared), { id: 'only-one', title: 'Only one', text: 'A database that already holds one source.' });
    prepared.close();
    const again = await startServer(path);
    const sources = (await (await fetch(`${again.baseUrl}/v1/sources`)).json()) as { data: unknown[] };
    expect(sources.data).toHaveLength(1);
    expect(again.output()).not.toContain('empty database seeded');
    expect((await stop(again)).code).toBe(0);
  });

  it('exits 1 with a one-line message naming a bad variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc', DATABASE_URL: join(dir, 'never.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Invalid PORT: [^\n]+$/);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });
});
