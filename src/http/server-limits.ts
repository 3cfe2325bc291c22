import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { endGracefully, problem, rawProblemResponse } from './errors.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Seconds a client is asked to wait before retrying a request refused while shutting down. */
export const SHUTDOWN_RETRY_AFTER = 5;

/**
 * The Node HTTP server with every limit the configuration names. Node's defaults let a
 * connection that never sends a byte stay open for minutes and check request timeouts only
 * every 30 s; here idle sockets close after `idleTimeoutMs` and timeouts are checked each second.
 */
export function createHttpServer(config: Config, handler: Handler): Server {
  const server = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: 1000,
      keepAliveTimeout: config.idleTimeoutMs,
      // A missing Host is refused by the app (as problem+json) rather than by Node with an empty 400.
      requireHostHeader: false,
    },
    handler,
  );
  // Socket inactivity timeout: closes connections that send nothing, from their first byte on.
  server.setTimeout(config.idleTimeoutMs);
  server.keepAliveTimeout = config.idleTimeoutMs;
  server.maxConnections = config.maxConnections;
  return server;
}

/**
 * Counts in-flight requests and refused connections; drives the SIGTERM drain. While draining,
 * every request received on a connection that was open is run, except one arriving on an idle
 * connection after the grace window (answered 503), and the last response on each connection
 * carries `Connection: close`.
 */
export class ServerState {
  draining = false;
  /** Until when (ms since the epoch) a request arriving on an idle open connection is still run. */
  graceUntil = 0;
  inFlight = 0;
  /** When a request last arrived or finished: the drain ends after a quiet spell. */
  lastActivityAt = 0;
  dropped = { total: 0, perAddress: 0 };
  /** What is known of each open connection that has sent a request (one record: one lookup per request). */
  readonly connections = new WeakMap<Socket, ConnectionState>();

  startDraining(graceMs: number, now = Date.now()): void {
    this.draining = true;
    this.graceUntil = now + graceMs;
  }

  /**
   * What to do with a request received while draining: `run` it; `refuse` it (503, it arrived on
   * an idle connection after the grace window); or `drop` it, because the connection's closing
   * response is already decided and nothing can be written after it (the client sent it before
   * reading that `Connection: close`, and it was not acted on, so it is safe to retry).
   */
  drainDecision(req: IncomingMessage, now = Date.now()): 'run' | 'refuse' | 'drop' {
    const conn = this.connections.get(req.socket);
    if (conn?.closing) return 'drop';
    // Queued behind an unanswered request on the same connection, it shares that request's fate:
    // a burst received in the grace window is run to its end, however long that takes.
    const before = (conn?.unanswered ?? 1) > 1 ? conn?.decided : undefined;
    const decision = before ?? (now <= this.graceUntil ? 'run' : 'refuse');
    if (conn) conn.decided = decision;
    return decision;
  }

  /** While draining, whether this response is the connection's last (it then carries `Connection: close`). */
  closesConnection(req: IncomingMessage): boolean {
    if (!this.draining) return false;
    const conn = this.connections.get(req.socket);
    if (!conn || conn.latest !== req) return false;
    conn.closing = true;
    return true;
  }
}

/** One connection's requests, as the drain and the idle timeout need them. */
interface ConnectionState {
  /** Requests received whose responses have not finished. */
  unanswered: number;
  /** The request most recently received. */
  latest: IncomingMessage | undefined;
  /** Its last response (`Connection: close`) has been decided while draining. */
  closing: boolean;
  /** The decision taken for the last request received while draining. */
  decided: 'run' | 'refuse' | undefined;
  /** Bytes it had sent when its last response finished, and that response's request. */
  readAtLastResponse: number;
  answered: IncomingMessage | undefined;
  /** Responses not yet closed: a connection that closes ends them all. */
  pending: Set<ServerResponse>;
}

/**
 * Per-address connection cap, logging of dropped connections and of accept errors (EMFILE
 * when file descriptors run out), and request accounting for the drain.
 */
export function guardServer(server: Server, config: Config, state: ServerState, log: FastifyBaseLogger): void {
  const perAddress = new Map<string, number>();
  let lastDropLog = 0;
  const logDrops = () => {
    const now = Date.now();
    if (now - lastDropLog < 5000) return;
    lastDropLog = now;
    log.warn(
      { dropped: state.dropped, maxConnections: config.maxConnections, maxPerAddress: config.maxConnectionsPerAddress },
      'connections dropped at the cap',
    );
  };

  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (perAddress.get(address) ?? 0) + 1;
    if (count > config.maxConnectionsPerAddress) {
      state.dropped.perAddress++;
      logDrops();
      socket.destroy();
      return;
    }
    perAddress.set(address, count);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  server.on('drop', () => {
    state.dropped.total++;
    logDrops();
  });
  // After listen(), an accept failure (EMFILE, ENFILE, ENOMEM) is emitted here; unhandled it
  // would kill the process. libuv drops the connection it could not accept; log once a second.
  let acceptErrors = 0;
  let lastAcceptLog = 0;
  server.on('error', (err: NodeJS.ErrnoException) => {
    acceptErrors++;
    const now = Date.now();
    if (now - lastAcceptLog < 1000) return;
    lastAcceptLog = now;
    log.error({ err: { code: err.code, syscall: err.syscall, message: err.message }, since: acceptErrors }, 'connection not accepted');
    acceptErrors = 0;
  });
  // A request is settled once: when its response closes, or when its connection does (a response
  // queued behind others on a connection that closes never emits 'close' itself).
  const settle = (conn: ConnectionState, res: ServerResponse) => {
    if (!conn.pending.delete(res)) return;
    state.inFlight--;
    state.lastActivityAt = Date.now();
    conn.unanswered = Math.max(0, conn.unanswered - 1);
  };
  // One listener shared by every response ('close' follows 'finish' on the next tick, before any read).
  function onResponseClose(this: ServerResponse) {
    const socket = this.req.socket;
    const conn = state.connections.get(socket);
    if (!conn) return;
    if (this.writableFinished) {
      // Bytes the connection had sent when this response finished: more than that at an idle
      // timeout means a request was started and abandoned half-way (answered 408), not an idle socket.
      conn.readAtLastResponse = socket.bytesRead;
      conn.answered = this.req;
    }
    settle(conn, this);
  }
  // Prepended: the app's hooks run inside the first 'request' listener and read these counts.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    let conn = state.connections.get(socket);
    if (!conn) {
      const opened: ConnectionState = {
        unanswered: 0,
        latest: undefined,
        closing: false,
        decided: undefined,
        readAtLastResponse: 0,
        answered: undefined,
        pending: new Set(),
      };
      state.connections.set(socket, (conn = opened));
      socket.once('close', () => opened.pending.forEach((r) => settle(opened, r)));
    }
    state.inFlight++;
    state.lastActivityAt = Date.now();
    conn.unanswered++;
    conn.latest = req;
    conn.pending.add(res);
    res.on('close', onResponseClose);
  });
  // The idle timeout (server.setTimeout): with this listener Node leaves the socket to us.
  server.on('timeout', (socket: Socket) => {
    // Timers run before pending reads: after the event loop was blocked (a long extraction on a
    // busy machine) a request may be waiting unread on this socket. Let it be read first.
    const bytesAtTimeout = socket.bytesRead;
    setImmediate(() => {
      if (!socket.destroyed && socket.bytesRead === bytesAtTimeout) onIdleTimeout(socket);
    });
  });
  const onIdleTimeout = (socket: Socket) => {
    const pending = socket as Socket & { _httpMessage?: ServerResponse; parser?: { incoming?: IncomingMessage | null } | null };
    const incoming = pending.parser?.incoming;
    // A body still trickling in after its request was answered (a 401 before the body, say) gets no second answer.
    const conn = state.connections.get(socket);
    if (incoming && !incoming.complete && conn?.answered === incoming) {
      socket.destroy();
      return;
    }
    const stalledBody = incoming && !incoming.complete;
    const response = pending._httpMessage;
    if (!stalledBody && response) {
      // Headers sent and nothing moving: the client stopped reading its response. Otherwise the
      // handler is still working, and the connection is left to it.
      if (response.headersSent) socket.destroy();
      return;
    }
    if (stalledBody || socket.bytesRead > (conn?.readAtLastResponse ?? 0)) {
      endGracefully(socket, rawProblemResponse(408, 'The request was not received in time: the client stopped sending.'));
    } else socket.destroy();
  };
  // An Expect other than 100-continue: 417 as problem+json instead of Node's empty one.
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.stringify(problem(417, 'Only "Expect: 100-continue" is supported.'));
    res.writeHead(417, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops accepting connections without touching open ones. Requests being handled finish, and
 * requests that arrive on connections already open are run as usual (see ServerState) until the
 * grace window ends; after it, one arriving on an idle connection is answered 503. Every
 * connection closes after its last response. Resolves once nothing has been in flight for `quietMs`.
 */
export async function drain(server: Server, state: ServerState, { graceMs = 1000, quietMs = 300 }: { graceMs?: number; quietMs?: number } = {}): Promise<void> {
  state.startDraining(graceMs);
  // http.Server#close() would also close idle keep-alive sockets at once, and a request the
  // client has already sent on one of them would be lost with a reset: close the listener only.
  if (server.listening) NetServer.prototype.close.call(server);
  for (;;) {
    if (state.inFlight === 0 && Date.now() - state.lastActivityAt >= quietMs) {
      // Read whatever arrived meanwhile (timers run before reads): a request found then is run first.
      await new Promise((resolve) => setImmediate(resolve));
      if (state.inFlight === 0) break;
    }
    await sleep(25);
  }
  server.closeIdleConnections();
  // Whatever is left is a connection still sending its headers; give it a moment to become a
  // request (answered 503), then close it rather than wait for its headers timeout.
  const until = Date.now() + 1000;
  while (Date.now() < until && (await connectionCount(server)) > 0) await sleep(50);
  if (state.inFlight === 0) server.closeAllConnections();
}

function connectionCount(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((err, count) => resolve(err ? 0 : count)));
}

/** The answer to a request refused while the server drains (`Connection: close` is added by the app's onSend hook when it is the connection's last). */
export function shuttingDownResponse(): { headers: Record<string, string>; body: ReturnType<typeof problem> } {
  return {
    headers: { 'retry-after': String(SHUTDOWN_RETRY_AFTER) },
    body: problem(503, 'The server is shutting down; retry on another instance or after it restarts.'),
  };
}

type MemoryUsageFn = NodeJS.Process['memoryUsage'];

/**
 * `process.memoryUsage()` reads /proc/self and throws EMFILE when file descriptors run out;
 * called from a timer (the overload guard samples it every second) that would be an uncaught
 * exception. This wraps it so a failed read reports the error and returns the last good sample.
 */
export function guardMemoryUsage(onError: (err: unknown) => void, proc: { memoryUsage: MemoryUsageFn } = process): void {
  const original = proc.memoryUsage;
  let last: NodeJS.MemoryUsage = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  const guarded = (() => {
    try {
      last = original.call(proc);
    } catch (err) {
      onError(err);
    }
    return { ...last };
  }) as MemoryUsageFn;
  guarded.rss = () => {
    try {
      return original.rss.call(proc);
    } catch (err) {
      onError(err);
      return last.rss;
    }
  };
  proc.memoryUsage = guarded;
}
