import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, killLeftovers, sleep, startServer } from './server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-flood-'));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

const FD_LIMIT = 256;
const prlimit = (limit: number) => ['prlimit', `--nofile=${limit}:${limit}`, '--', process.execPath, '--import', 'tsx', 'src/server.ts'];

interface Flood {
  sockets: Socket[];
  /** Sockets the server closed (FIN or reset) while the flood held them. */
  closedByServer: () => number;
  release: () => void;
}

/** Opens `count` TCP connections that never send a byte. */
async function flood(port: number, count: number): Promise<Flood> {
  const sockets: Socket[] = [];
  let closed = 0;
  let releasing = false;
  await Promise.all(
    Array.from({ length: count }, () => {
      return new Promise<void>((resolve) => {
        const s = connect(port, '127.0.0.1');
        sockets.push(s);
        s.on('error', () => {});
        s.on('close', () => {
          if (!releasing) closed++;
        });
        s.once('connect', () => resolve());
        s.once('close', () => resolve());
      });
    }),
  );
  return {
    sockets,
    closedByServer: () => closed,
    release: () => {
      releasing = true;
      for (const s of sockets) s.destroy();
    },
  };
}

describe(`idle connections under a ${FD_LIMIT} file-descriptor limit`, () => {
  it('survives running out of descriptors (EMFILE on accept and in the memory probe) and serves again after', async () => {
    // Connection caps above the descriptor limit: nothing protects the process but error handling.
    const server = await startServer(
      { DATABASE_URL: join(dir, 'emfile.db'), MAX_CONNECTIONS: '5000', MAX_CONNECTIONS_PER_ADDRESS: '5000', IDLE_TIMEOUT_MS: '60000' },
      { command: prlimit(FD_LIMIT) },
    );
    const f = await flood(server.port, 600);
    // The overload guard samples memory every second: give it several chances to hit EMFILE.
    await sleep(3500);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toMatch(/EMFILE/);
    expect(server.output()).not.toMatch(/"level":60|uncaught|closing after an error/i);
    f.release();
    await sleep(500);
    const health = await call(server.port, { path: '/health' });
    expect(health.status).toBe(200);
    expect((await server.stop('SIGTERM')).code).toBe(0);
  });

  it('with the cap below the limit, drops the excess, closes idle sockets before their first byte, and recovers on its own', async () => {
    const server = await startServer(
      { DATABASE_URL: join(dir, 'capped.db'), MAX_CONNECTIONS: '150', MAX_CONNECTIONS_PER_ADDRESS: '150', IDLE_TIMEOUT_MS: '2000' },
      { command: prlimit(FD_LIMIT) },
    );
    const f = await flood(server.port, 600);
    await sleep(500);
    // Everything over the cap was dropped at once; the rest are held open for now.
    expect(f.closedByServer()).toBeGreaterThanOrEqual(600 - 150);
    expect(f.closedByServer()).toBeLessThan(600);
    // The idle timeout closes the held ones although they never sent a byte; the attacker keeps nothing.
    await sleep(3500);
    expect(f.closedByServer()).toBe(600);
    const health = await call(server.port, { path: '/health' });
    expect(health.status).toBe(200);
    expect(server.output()).toContain('connections dropped at the cap');
    expect(server.output()).not.toMatch(/EMFILE/);
    f.release();
    expect((await server.stop('SIGTERM')).code).toBe(0);
  });
});
