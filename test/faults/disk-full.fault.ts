import { sqliteStore } from '../helpers.js';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/sqlite/client.js';
import { HttpProblem } from '../../src/http/errors.js';
import { WriteHealth } from '../../src/http/write-health.js';
import { call, KEY, killLeftovers, startServer, type Outcome } from './server-process.js';

const base = mkdtempSync(join(tmpdir(), 'provenance-disk-'));
const mountPoint = join(base, 'mnt');
mkdirSync(mountPoint);

/** Mounting needs root (CAP_SYS_ADMIN); CI runs as root. Elsewhere these tests are skipped with a notice. */
function tryMount(): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    return undefined;
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err).trim();
  }
}
const mountError = tryMount();
if (mountError) console.warn(`[disk-full] SKIPPED: cannot mount a tmpfs here (${mountError}); run as root to exercise a full disk.`);

afterAll(() => {
  killLeftovers();
  if (!mountError) execFileSync('umount', ['-l', mountPoint]);
  rmSync(base, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${KEY}` };
const filler = join(mountPoint, 'filler');
/** Writes until the filesystem refuses: no byte of space is left. */
function fillDisk(): void {
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
    const small = Buffer.alloc(512, 1);
    try {
      for (;;) writeSync(fd, small);
    } catch {
      // full to the last block
    }
  } finally {
    closeSync(fd);
  }
}

const report = (n: number) => ({
  id: `full-${n}`,
  title: `Report ${n}`,
  publishedAt: '2025-02',
  text: Array.from({ length: 200 }, (_, i) => `In 2024 output of plant ${n}-${i} reached ${i + 4} million tonnes, the ministry said.`).join('\n'),
});

function expectStorageProblem(o: Outcome, status: number) {
  expect(o.status, o.body?.slice(0, 300)).toBe(status);
  expect(String(o.headers?.['content-type'])).toMatch(/^application\/problem\+json/);
  expect(Number(o.headers?.['retry-after'])).toBeGreaterThan(0);
  const body = JSON.parse(o.body!) as { status: number; detail: string };
  expect(body.status).toBe(status);
  expect(body.detail).toMatch(/nothing was written/);
  expect(body.detail).not.toMatch(/SQLITE|\/tmp|at .+:\d+/);
}

describe.skipIf(Boolean(mountError))('a full disk (tmpfs)', () => {
  const path = join(mountPoint, 'provenance.db');
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: path, MIN_FREE_DISK_BYTES: String(256 * 1024) });
  });

  it('answers writes 507 problem+json with Retry-After, keeps reads and liveness, fails readiness, and recovers without a restart', async () => {
    expect((await call(server.port, { path: '/health/ready' })).status).toBe(200);
    const sourcesBefore = JSON.parse((await call(server.port, { path: '/v1/sources?limit=100' })).body!).data.length as number;

    fillDisk();
    const post = await call(server.port, { method: 'POST', path: '/v1/sources', body: report(1), headers: auth });
    expectStorageProblem(post, 507);
    const seedId = JSON.parse((await call(server.port, { path: '/v1/sources?limit=1' })).body!).data[0].id as string;
    const seedRemoval = await call(server.port, { method: 'DELETE', path: `/v1/sources/${seedId}`, headers: auth });
    expectStorageProblem(seedRemoval, 507);

    const live = await call(server.port, { path: '/health' });
    expect(live.status).toBe(200);
    const ready = await call(server.port, { path: '/health/ready' });
    expect(ready.status).toBe(503);
    expect(String(ready.headers?.['content-type'])).toMatch(/^application\/problem\+json/);
    expect(Number(ready.headers?.['retry-after'])).toBeGreaterThan(0);
    const reads = await call(server.port, { path: '/v1/sources?limit=100' });
    expect(reads.status).toBe(200);
    expect(JSON.parse(reads.body!).data).toHaveLength(sourcesBefore);

    // Free the space: readiness and writes come back by themselves.
    rmSync(filler);
    expect((await call(server.port, { path: '/health/ready' })).status).toBe(200);
    expect((await call(server.port, { method: 'POST', path: '/v1/sources', body: report(1), headers: auth })).status).toBe(201);
    expect((await call(server.port, { method: 'DELETE', path: `/v1/sources/${seedId}`, headers: auth })).status).toBe(204);

    expect((await server.stop('SIGTERM')).code).toBe(0);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const ids = db.prepare('select id from sources').pluck().all() as string[];
      expect(ids).toContain('full-1');
      expect(ids).not.toContain(seedId);
      expect(ids).toHaveLength(sourcesBefore);
      // Every claim belongs to a stored source and every conflict member to a stored claim.
      expect(db.prepare('select count(*) from claims where source_id not in (select id from sources)').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe.skipIf(Boolean(mountError))('a read-only filesystem', () => {
  it('fails the write check with the reason, and passes again once it is writable', async () => {
    const writable = join(base, 'rw');
    const readOnly = join(base, 'ro');
    mkdirSync(writable);
    mkdirSync(readOnly);
    execFileSync('mount', ['--bind', writable, readOnly]);
    const handle = openDb(':memory:');
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', readOnly]);
      const health = new WriteHealth({ databaseUrl: join(readOnly, 'provenance.db'), minFreeDiskBytes: 0 }, sqliteStore(handle));
      let refused: unknown;
      try {
        await health.assertWritable();
      } catch (err) {
        refused = err;
      }
      expect(refused).toBeInstanceOf(HttpProblem);
      expect((refused as HttpProblem).status).toBe(503);
      expect((refused as HttpProblem).detail).toContain('EROFS');
      expect((refused as HttpProblem).headers['retry-after']).toMatch(/^\d+$/);
      execFileSync('mount', ['-o', 'remount,rw,bind', readOnly]);
      await expect(health.assertWritable()).resolves.toBeUndefined();
    } finally {
      handle.close();
      execFileSync('umount', [readOnly]);
    }
  });
});
