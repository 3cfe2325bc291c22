import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange } from '../support/raw-http.js';
import { KEY, killLeftovers, startServer, type ServerProcess } from './server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-protocol-'));
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer({ DATABASE_URL: join(dir, 'p.db'), IDLE_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '2000' });
});
afterAll(async () => {
  if (server) expect((await server.stop('SIGTERM')).code).toBe(0);
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

// The production process (src/server.ts), not an in-process app: every shape through a raw socket.
const shapes: Array<[string, number, Array<string | { pauseMs: number }>]> = [
  ['Content-Length with Transfer-Encoding', 400, ['POST /v1/sources HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n']],
  ['a NUL in a header', 400, ['GET /health HTTP/1.1\r\nHost: a\r\nX-A: \x00\r\n\r\n']],
  ['a space inside the request target', 400, ['GET /he alth HTTP/1.1\r\nHost: a\r\n\r\n']],
  ['an unknown method', 501, ['WHATEVER / HTTP/1.1\r\nHost: a\r\n\r\n']],
  ['no Host', 400, ['GET /v1/sources HTTP/1.1\r\nAccept: */*\r\n\r\n']],
  ['an unmeetable Expect', 417, ['POST /v1/sources HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}']],
  ['headers over 16 KiB', 431, ['GET /health HTTP/1.1\r\nHost: a\r\nCookie: ' + 'c'.repeat(17_000) + '\r\n\r\n']],
  ['an over-long id', 414, ['GET /v1/claims/' + 'c'.repeat(400) + ' HTTP/1.1\r\nHost: a\r\n\r\n']],
  [
    'a body over 2 MiB',
    413,
    [`POST /v1/sources HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\n\r\n{`],
  ],
  ['headers that stop', 408, ['GET /health HTTP/1.1\r\nHost: a\r\nX-Partial: yes\r\n']],
];

describe('protocol errors from the production process', () => {
  it.each(shapes)('%s → %i application/problem+json, connection closed without a reset', async (_name, status, chunks) => {
    const res = await exchange(server.port, chunks, { timeoutMs: 6000 });
    expect(res.status, res.raw.slice(0, 300)).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'about:blank', status, title: expect.any(String), detail: expect.any(String) });
    expect(res.ending).not.toBe('reset');
  });
});
