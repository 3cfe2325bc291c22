import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { call, KEY, killLeftovers, sleep, startServer, type Outcome } from './server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-drain-'));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${KEY}` };
const article = (n: number) => ({
  id: `drain-${n}`,
  title: `Drain report ${n}`,
  publishedAt: '2025-03',
  text: `Exports from district ${n} reached $${n + 5} billion in 2024, the statistics office said.`,
});
/** A large text: extracting it keeps the server busy for a noticeable time. */
const longArticle = {
  id: 'drain-long',
  title: 'A long report',
  publishedAt: '2025-03',
  text: Array.from({ length: 1500 }, (_, i) => `In 2024 shipments through port ${i} rose to about ${i + 2} million tonnes, up ${i % 9 + 1}%.`).join('\n'),
};

/** A 503 sent while draining: complete problem+json, with Retry-After and Connection: close. */
function isDrain503(o: Outcome): boolean {
  if (o.status !== 503) return false;
  const body = JSON.parse(o.body ?? '{}') as { status?: number; detail?: string };
  return (
    String(o.headers?.['content-type']).startsWith('application/problem+json') &&
    body.status === 503 &&
    /^\d+$/.test(String(o.headers?.['retry-after'])) &&
    o.headers?.connection === 'close'
  );
}

describe('SIGTERM under load', () => {
  it('answers every request it received (200/201, or 503 problem+json once draining), resets none, and exits 0', async () => {
    const path = join(dir, 'drain.db');
    const server = await startServer({ DATABASE_URL: path, WRITE_RATE_LIMIT: '100000' });
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const outcomes: Array<Outcome & { kind: string; id?: string }> = [];
    let stop = false;

    const reader = async (path: string) => {
      while (!stop) {
        const o = await call(server.port, { path, agent });
        outcomes.push({ ...o, kind: 'read' });
        if (o.error) break;
      }
    };
    let next = 0;
    const writer = async () => {
      while (!stop) {
        const body = article(next++);
        const o = await call(server.port, { method: 'POST', path: '/v1/sources', body, headers: auth, agent });
        outcomes.push({ ...o, kind: 'write', id: body.id });
        if (o.error) break;
      }
    };
    const loops = [
      ...['/v1/claims?limit=50', '/v1/conflicts', '/v1/sources', '/health', '/v1/claims?limit=5', '/v1/conflicts?limit=3'].flatMap((p) => [reader(p), reader(p)]),
      writer(),
      writer(),
    ];
    await sleep(1500);
    // A slow write in flight when the signal arrives must complete.
    const long = call(server.port, { method: 'POST', path: '/v1/sources', body: longArticle, headers: auth });
    await sleep(300);
    const sentAt = Date.now();
    const exit = server.stop('SIGTERM');
    const { code } = await exit;
    const exitedAfter = Date.now() - sentAt;
    stop = true;
    await Promise.all(loops);
    agent.destroy();
    const longOutcome = await long;

    const answered = outcomes.filter((o) => o.status !== undefined);
    const ok = answered.filter((o) => o.status === 200 || o.status === 201);
    const drained = answered.filter(isDrain503);
    const other = answered.filter((o) => !ok.includes(o) && !drained.includes(o));
    const failures = outcomes.filter((o) => o.error && o.error !== 'ECONNREFUSED');
    console.info(
      `[drain] ${outcomes.length} requests: ${ok.length} ok, ${drained.length} drain 503, ${outcomes.length - answered.length} refused after close; exit ${code} ${exitedAfter} ms after SIGTERM`,
    );

    expect(code).toBe(0);
    expect(longOutcome.status, JSON.stringify(longOutcome).slice(0, 300)).toBe(201);
    expect(failures.map((o) => o.error)).toEqual([]);
    expect(other.map((o) => `${o.status} ${o.body?.slice(0, 100)}`)).toEqual([]);
    expect(ok.length).toBeGreaterThan(20);
    expect(server.output()).toContain('"signal":"SIGTERM"');
    expect(server.output()).toContain('"msg":"closed"');

    // Acknowledged writes are stored; writes refused while draining are not; the file is clean.
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare('select id from sources').pluck().all() as string[]);
      for (const o of outcomes.filter((x) => x.kind === 'write')) {
        if (o.status === 201) expect(stored.has(o.id!), o.id).toBe(true);
        if (o.status === 503) expect(stored.has(o.id!), o.id).toBe(false);
      }
      expect(stored.has('drain-long')).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);

  it('answers a request sent on an open keep-alive connection after SIGTERM with 503 problem+json, then exits 0', async () => {
    const server = await startServer({ DATABASE_URL: join(dir, 'keepalive.db') });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await call(server.port, { path: '/health', agent })).status).toBe(200);
    const exit = server.stop('SIGTERM');
    await sleep(100);
    const late = await call(server.port, { path: '/v1/sources', agent });
    agent.destroy();
    expect(isDrain503(late), JSON.stringify(late)).toBe(true);
    expect((await exit).code).toBe(0);
  }, 60_000);

  it('does not wait out a client still trickling its headers: exits 0 soon after SIGTERM', async () => {
    const server = await startServer({ DATABASE_URL: join(dir, 'slow.db'), IDLE_TIMEOUT_MS: '60000', HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '30000' });
    const slow = connect(server.port, '127.0.0.1');
    slow.on('error', () => {});
    await once(slow, 'connect');
    slow.write('GET /v1/sources HTTP/1.1\r\nHost: a\r\nX-Slow: ');
    const drip = setInterval(() => slow.write('x'), 200);
    await sleep(300);
    const started = Date.now();
    const { code } = await server.stop('SIGTERM');
    clearInterval(drip);
    slow.destroy();
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 60_000);

  it('npm start passes SIGTERM to the server, which drains and exits 0 leaving no process behind', async () => {
    const server = await startServer({ DATABASE_URL: join(dir, 'npm.db') }, { command: ['npm', 'start', '--silent'] });
    expect((await call(server.port, { path: '/health' })).status).toBe(200);
    const pid = Number(/"pid":(\d+)/.exec(server.output())![1]);
    expect(pid).not.toBe(server.child.pid);
    const { code } = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(server.output()).toContain('"msg":"closed"');
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect((await call(server.port, { path: '/health' })).error).toBe('ECONNREFUSED');
  }, 60_000);
});
