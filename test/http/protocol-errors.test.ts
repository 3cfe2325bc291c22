import { sqliteStore, testConfig } from '../helpers.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb, type DbHandle } from '../../src/store/sqlite/client.js';
import { ServerState } from '../../src/http/server-limits.js';
import { exchange, openSocket, parseResponses, type RawExchange } from '../support/raw-http.js';

const KEY = 'protocol-key-0123456789';
let handle: DbHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let port: number;
const state = new ServerState();

beforeAll(async () => {
  handle = openDb(':memory:');
  app = await buildApp({
    config: testConfig({ apiKeys: [KEY], idleTimeoutMs: 700, headersTimeoutMs: 1500, requestTimeoutMs: 1500, maxConnectionsPerAddress: 40 }),
    store: sqliteStore(handle),
    state,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  handle.close();
});

/** The response is a complete RFC 9457 problem with this status, and the connection ended cleanly. */
function expectRawProblem(res: RawExchange, status: number) {
  expect(res.status, res.raw).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body) as { type: string; title: string; status: number; detail: string };
  expect(body).toMatchObject({ type: 'about:blank', status, title: expect.any(String), detail: expect.any(String) });
  expect(body.detail.length).toBeGreaterThan(10);
  expect(res.ending).not.toBe('reset');
  return body;
}

describe('protocol-level errors are problem+json', () => {
  it('400 for Content-Length together with Transfer-Encoding (request smuggling shape)', async () => {
    const res = await exchange(port, ['POST /v1/sources HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n']);
    expect(expectRawProblem(res, 400).detail).toMatch(/Transfer-Encoding/);
    expect(res.headers.connection).toBe('close');
  });

  it('400 for a control byte in a header value', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\nX-Note: a\x01b\r\n\r\n']);
    expect(expectRawProblem(res, 400).detail).toMatch(/header/i);
  });

  it('501 for a method HTTP does not define', async () => {
    const res = await exchange(port, ['BREW /health HTTP/1.1\r\nHost: a\r\n\r\n']);
    expect(expectRawProblem(res, 501).detail).toMatch(/method/);
  });

  it('400 for an HTTP/1.1 request without Host', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\n\r\n']);
    expect(expectRawProblem(res, 400).detail).toMatch(/Host/);
  });

  it('417 for an Expect the server cannot meet', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\nExpect: a-pony\r\n\r\n']);
    expectRawProblem(res, 417);
  });

  it('431 for headers over the limit, answered even while the client is still sending', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\nX-Big: ' + 'b'.repeat(20_000) + '\r\n\r\n', 'c'.repeat(200_000)]);
    expectRawProblem(res, 431);
  });

  it('431 for a request line longer than the header limit', async () => {
    const res = await exchange(port, ['GET /v1/sources/' + 'x'.repeat(20_000) + ' HTTP/1.1\r\nHost: a\r\n\r\n']);
    expectRawProblem(res, 431);
  });

  it('414 for a path segment longer than any id', async () => {
    const res = await exchange(port, ['GET /v1/sources/' + 'x'.repeat(500) + ' HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n']);
    expectRawProblem(res, 414);
  });

  it('413 for a declared body over the limit', async () => {
    const res = await exchange(port, [
      `POST /v1/sources HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{"title":`,
    ]);
    expectRawProblem(res, 413);
  });

  it('408 when headers stop half-way', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\n']);
    expectRawProblem(res, 408);
    expect(res.ms).toBeLessThan(3000);
  });

  it('408 when a body trickles in slower than the request timeout allows', async () => {
    const trickle = Array.from({ length: 40 }, () => [{ pauseMs: 100 }, 'a']).flat();
    const res = await exchange(port, [
      `POST /v1/sources HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`,
      ...trickle,
    ]);
    expectRawProblem(res, 408);
    // Request timeout 1.5 s, checked every second: cut well before the 4 s the trickle would take.
    expect(res.ms).toBeGreaterThanOrEqual(1400);
    expect(res.ms).toBeLessThan(3500);
  });

  it('closes a connection that never sends a byte after the idle timeout, without an answer', async () => {
    const res = await exchange(port, []);
    expect(res.raw).toBe('');
    expect(res.ending).toBe('end');
    expect(res.ms).toBeGreaterThanOrEqual(600);
    expect(res.ms).toBeLessThan(2000);
  });

  it('closes an idle keep-alive connection after its response, without a second answer', async () => {
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\n\r\n']);
    expect(res.status).toBe(200);
    expect(res.raw.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(res.ending).toBe('end');
    expect(res.ms).toBeLessThan(3000);
  });
});

describe('connection caps', () => {
  it('drops connections from one address beyond MAX_CONNECTIONS_PER_ADDRESS and keeps the others', async () => {
    const sockets = await Promise.all(Array.from({ length: 45 }, () => openSocket(port)));
    const closedEarly = await new Promise<number>((resolve) => {
      let closed = 0;
      for (const s of sockets) s.once('close', () => closed++);
      setTimeout(() => resolve(closed), 200);
    });
    expect(closedEarly).toBe(5);
    expect(state.dropped.perAddress).toBeGreaterThanOrEqual(5);
    // The kept ones still work.
    const alive = sockets.find((s) => !s.destroyed)!;
    const res = await exchange(port, ['GET /health HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'], { socket: alive });
    expect(res.status).toBe(200);
    for (const s of sockets) s.destroy();
  });
});

describe('while draining', () => {
  const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: a\r\n${extra}\r\n`;

  it('runs a request sent on a connection open when draining began, in the grace window, and closes the connection after it', async () => {
    const socket = await openSocket(port);
    state.startDraining(60_000);
    try {
      const res = await exchange(port, [get('/v1/sources?limit=1')], { socket });
      expect(res.status, res.raw).toBe(200);
      expect(JSON.parse(res.body)).toHaveProperty('data');
      expect(res.headers.connection).toBe('close');
      expect(res.ending).toBe('end');
    } finally {
      state.draining = false;
    }
  });

  it('answers every pipelined request queued on an open connection; only the last response closes it', async () => {
    const socket = await openSocket(port);
    state.startDraining(60_000);
    try {
      const res = await exchange(port, [get('/health') + get('/v1/sources?limit=1') + get('/v1/conflicts?limit=1')], { socket });
      const answers = parseResponses(res.raw);
      expect(
        answers.map((a) => a.status),
        res.raw,
      ).toEqual([200, 200, 200]);
      expect(answers.map((a) => a.headers.connection)).toEqual(['keep-alive', 'keep-alive', 'close']);
      expect(JSON.parse(answers[1]!.body)).toHaveProperty('data');
      expect(res.ending).toBe('end');
    } finally {
      state.draining = false;
    }
  });

  it('after the grace window answers a request on an idle open connection 503 problem+json with Retry-After and Connection: close', async () => {
    const socket = await openSocket(port);
    state.startDraining(0, Date.now() - 1000);
    try {
      const res = await exchange(port, [get('/v1/sources')], { socket });
      expect(expectRawProblem(res, 503).detail).toMatch(/shutting down/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.headers.connection).toBe('close');
      expect(res.ending).toBe('end');
    } finally {
      state.draining = false;
    }
  });

  it('after the grace window refuses a pipelined burst as a whole, each answer complete, and closes after the last', async () => {
    const socket = await openSocket(port);
    state.startDraining(0, Date.now() - 1000);
    try {
      const res = await exchange(port, [get('/health') + get('/v1/sources')], { socket });
      const answers = parseResponses(res.raw);
      expect(
        answers.map((a) => a.status),
        res.raw,
      ).toEqual([503, 503]);
      expect(answers.map((a) => a.headers.connection)).toEqual(['keep-alive', 'close']);
      expect(answers.every((a) => /^\d+$/.test(a.headers['retry-after'] ?? ''))).toBe(true);
      expect(res.ending).toBe('end');
    } finally {
      state.draining = false;
    }
  });
});
