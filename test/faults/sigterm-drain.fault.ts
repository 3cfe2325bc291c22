import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { exchange, openSocket, parseResponses } from '../support/raw-http.js';
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
  text: Array.from({ length: 1500 }, (_, i) => `In 2024 shipments through port ${i} rose to about ${i + 2} million tonnes, up ${(i % 9) + 1}%.`).join('\n'),
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
  it('under keep-alive load runs every request received on an open connection (real answers closing it, no 503), resets none, refuses new connections, and exits 0', async () => {
    const path = join(dir, 'drain.db');
    // A grace window longer than any stall of a busy machine: every request that reaches an open
    // connection during the drain must then be run; the 503 after the window is tested below.
    const server = await startServer({ DATABASE_URL: path, WRITE_RATE_LIMIT: '100000', DRAIN_GRACE_MS: '30000', SHUTDOWN_TIMEOUT_MS: '45000' });
    // One keep-alive connection per loop: a loop opens a new connection only after the server
    // closed its last one. With a shared pool a loop may be handed a fresh connection while its
    // previous one is still in another loop's hands, and after SIGTERM that one is refused.
    const agents: Agent[] = [];
    const ownAgent = () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      return agent;
    };
    const outcomes: Array<Outcome & { kind: string; id?: string; loop?: number }> = [];
    let stop = false;

    let loopCount = 0;
    const reader = async (path: string) => {
      const loop = loopCount++;
      const agent = ownAgent();
      while (!stop) {
        const o = await call(server.port, { path, agent });
        outcomes.push({ ...o, kind: 'read', loop });
        if (o.error) break;
      }
    };
    let next = 0;
    const writer = async () => {
      const loop = loopCount++;
      const agent = ownAgent();
      while (!stop) {
        const body = article(next++);
        const o = await call(server.port, { method: 'POST', path: '/v1/sources', body, headers: auth, agent });
        outcomes.push({ ...o, kind: 'write', id: body.id, loop });
        if (o.error) break;
      }
    };
    const loops = [
      ...['/v1/claims?limit=50', '/v1/conflicts', '/v1/sources', '/health', '/v1/claims?limit=5', '/v1/conflicts?limit=3'].flatMap((p) => [
        reader(p),
        reader(p),
      ]),
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
    for (const agent of agents) agent.destroy();
    const longOutcome = await long;

    const answered = outcomes.filter((o) => o.status !== undefined);
    const ok = answered.filter((o) => o.status === 200 || o.status === 201);
    const drained = answered.filter(isDrain503);
    const other = answered.filter((o) => !ok.includes(o) && !drained.includes(o));
    const failures = outcomes.filter((o) => o.error && o.error !== 'ECONNREFUSED');
    console.info(
      `[drain] ${outcomes.length} requests: ${ok.length} ok, ${drained.length} drain 503, ${outcomes.length - answered.length} refused after close, failures ${JSON.stringify(failures.map((o) => `${o.kind} ${o.error}`))}; exit ${code} ${exitedAfter} ms after SIGTERM`,
    );

    if (failures.length)
      console.info(
        server
          .output()
          .split('\n')
          .filter((l) => /"level":[456]0|"msg":"clos/.test(l))
          .join('\n'),
      );
    expect(code).toBe(0);
    expect(longOutcome.status, JSON.stringify(longOutcome).slice(0, 300)).toBe(201);
    expect(failures.map((o) => o.error)).toEqual([]);
    expect(other.map((o) => `${o.status} ${o.body?.slice(0, 100)}`)).toEqual([]);
    expect(ok.length).toBeGreaterThan(20);
    // Every loop's connection was open at SIGTERM: its request then got a real answer that closed
    // the connection (not a 503, not a reset), and only its next, new connection was refused.
    expect(drained).toEqual([]);
    for (let loop = 0; loop < loopCount; loop++) {
      const mine = outcomes.filter((o) => o.loop === loop);
      const [lastAnswer, refusal] = mine.slice(-2);
      expect(refusal?.error, `loop ${loop}`).toBe('ECONNREFUSED');
      expect([200, 201], `loop ${loop}`).toContain(lastAnswer?.status);
      expect(lastAnswer?.headers?.connection, `loop ${loop}`).toBe('close');
    }
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

  /** A POST whose body is held back: in flight (so the drain waits for it) until `finish()`. */
  async function heldWrite(port: number, body: unknown) {
    const socket = await openSocket(port);
    const payload = Buffer.from(JSON.stringify(body));
    const head = `POST /v1/sources HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`;
    const answer = exchange(port, [Buffer.concat([Buffer.from(head), payload.subarray(0, 10)])], { socket, timeoutMs: 45_000 });
    return { answer, finish: () => socket.write(payload.subarray(10)) };
  }
  const rawPost = (body: unknown) => {
    const payload = JSON.stringify(body);
    return `POST /v1/sources HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`;
  };
  const rawGet = (path: string) => `GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`;
  async function waitForOutput(server: { output: () => string }, text: string) {
    const until = Date.now() + 20_000;
    while (!server.output().includes(text)) {
      if (Date.now() > until) throw new Error(`no ${text} in:\n${server.output()}`);
      await sleep(10);
    }
  }
  // Generous timeouts: on a busy machine nothing here may be cut short by an idle timer.
  const patient = { IDLE_TIMEOUT_MS: '60000', HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '45000' };

  it('runs requests queued on connections open at SIGTERM (real answers, not 503), closes each after its last answer, refuses new connections, resets none', async () => {
    const path = join(dir, 'queued.db');
    const server = await startServer({ DATABASE_URL: path, DRAIN_GRACE_MS: '30000', ...patient });
    const open = await Promise.all([0, 1, 2, 3].map(() => openSocket(server.port)));
    const held = await heldWrite(server.port, article(900));
    await sleep(300);

    const exit = server.stop('SIGTERM');
    // Once the server has logged the signal it is draining: everything below is read after that.
    await waitForOutput(server, '"signal":"SIGTERM"');
    const refused = await call(server.port, { path: '/health' });
    const queued = open.map((socket, i) =>
      exchange(server.port, [rawPost(article(100 + i)) + rawGet('/health') + rawGet('/v1/claims?limit=1')], { socket, timeoutMs: 45_000 }),
    );
    await sleep(200);
    held.finish();
    const results = await Promise.all(queued);
    const heldAnswer = await held.answer;
    const { code } = await exit;

    expect(refused.error).toBe('ECONNREFUSED');
    for (const res of results) {
      const answers = parseResponses(res.raw);
      expect(
        answers.map((a) => a.status),
        res.raw.slice(0, 600),
      ).toEqual([201, 200, 200]);
      expect(answers.map((a) => a.headers.connection)).toEqual(['keep-alive', 'keep-alive', 'close']);
      expect(JSON.parse(answers[2]!.body)).toHaveProperty('data');
      expect(res.ending).toBe('end');
    }
    expect(heldAnswer.status, heldAnswer.raw.slice(0, 400)).toBe(201);
    expect(heldAnswer.headers.connection).toBe('close');
    expect(heldAnswer.ending).toBe('end');
    expect(code).toBe(0);

    const db = new Database(path, { readonly: true });
    try {
      const stored = new Set(db.prepare('select id from sources').pluck().all() as string[]);
      for (const id of ['drain-900', 'drain-100', 'drain-101', 'drain-102', 'drain-103']) expect(stored.has(id), id).toBe(true);
    } finally {
      db.close();
    }
  }, 90_000);

  it('after the grace window answers a request on an idle open connection 503 problem+json with Retry-After and Connection: close, then exits 0', async () => {
    const server = await startServer({ DATABASE_URL: join(dir, 'keepalive.db'), DRAIN_GRACE_MS: '200', ...patient });
    const idle = await openSocket(server.port);
    const held = await heldWrite(server.port, article(901));
    await sleep(300);
    const exit = server.stop('SIGTERM');
    await waitForOutput(server, '"signal":"SIGTERM"');
    await sleep(600);
    const late = await exchange(server.port, [rawGet('/v1/sources')], { socket: idle, timeoutMs: 45_000 });
    held.finish();
    const heldAnswer = await held.answer;
    expect(late.status, late.raw).toBe(503);
    expect(late.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(late.body)).toMatchObject({ status: 503, detail: expect.stringMatching(/shutting down/) });
    expect(late.headers['retry-after']).toMatch(/^\d+$/);
    expect(late.headers.connection).toBe('close');
    expect(late.ending).toBe('end');
    // The write received before the signal is finished and acknowledged all the same.
    expect(heldAnswer.status, heldAnswer.raw.slice(0, 400)).toBe(201);
    expect((await exit).code).toBe(0);
  }, 90_000);

  it('does not wait out a client still trickling its headers: exits 0 soon after SIGTERM', async () => {
    const server = await startServer({
      DATABASE_URL: join(dir, 'slow.db'),
      IDLE_TIMEOUT_MS: '60000',
      HEADERS_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '60000',
      SHUTDOWN_TIMEOUT_MS: '30000',
    });
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
