import { connect, type Socket } from 'node:net';

export interface RawExchange {
  /** Everything the server sent, as latin1 text. */
  raw: string;
  status?: number;
  headers: Record<string, string>;
  body: string;
  /** How the connection ended: 'end' (FIN), 'reset' (ECONNRESET) or another error code. */
  ending: string;
  ms: number;
}

/** Parses the first HTTP/1.1 response in `raw` (Content-Length framed). */
export function parseResponse(raw: string): Pick<RawExchange, 'status' | 'headers' | 'body'> {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return { headers: {}, body: '' };
  const [statusLine, ...lines] = raw.slice(0, split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  const body = Buffer.from(raw.slice(split + 4), 'latin1')
    .subarray(0, length)
    .toString('utf8');
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1]), headers, body };
}

/** Parses every Content-Length framed response in `raw`, in order (pipelined answers). */
export function parseResponses(raw: string): Array<Pick<RawExchange, 'status' | 'headers' | 'body'>> {
  const responses: Array<Pick<RawExchange, 'status' | 'headers' | 'body'>> = [];
  let rest = raw;
  while (rest.includes('\r\n\r\n')) {
    const response = parseResponse(rest);
    responses.push(response);
    const headEnd = rest.indexOf('\r\n\r\n') + 4;
    rest = rest.slice(headEnd + Number(response.headers['content-length'] ?? 0));
  }
  return responses;
}

/**
 * Sends bytes over a fresh TCP connection (or one given) and collects what comes back until the
 * server closes the connection or `timeoutMs` passes.
 */
export function exchange(
  port: number,
  chunks: Array<string | Buffer | { pauseMs: number }>,
  { timeoutMs = 5000, socket }: { timeoutMs?: number; socket?: Socket } = {},
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const s = socket ?? connect(port, '127.0.0.1');
    const started = Date.now();
    let raw = '';
    let ending = 'timeout';
    s.setEncoding('latin1');
    s.on('data', (d: string) => (raw += d));
    s.on('end', () => (ending = 'end'));
    s.on('error', (err: NodeJS.ErrnoException) => (ending = err.code === 'ECONNRESET' ? 'reset' : (err.code ?? 'error')));
    const timer = setTimeout(() => s.destroy(), timeoutMs);
    s.on('close', () => {
      clearTimeout(timer);
      resolve({ raw, ending, ms: Date.now() - started, ...parseResponse(raw) });
    });
    void (async () => {
      for (const chunk of chunks) {
        if (s.destroyed) return;
        if (typeof chunk === 'object' && 'pauseMs' in chunk) await new Promise((r) => setTimeout(r, chunk.pauseMs));
        else s.write(chunk);
      }
    })();
  });
}

export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}
