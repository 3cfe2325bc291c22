import type { FastifyError, FastifyReply, FastifyRequest, FastifyBodyParser } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ConflictError, InvalidInputError, NotFoundError, StorageUnavailableError } from '../domain/errors.js';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export class BadRequestError extends HttpProblem {
  constructor(
    detail: string,
    readonly errors?: Array<{ path: string; message: string }>,
  ) {
    super(400, detail);
  }
}

export class UnauthorizedError extends HttpProblem {
  constructor(detail: string) {
    super(401, detail, { 'www-authenticate': 'Bearer' });
  }
}

/** The 4xx status and detail of a domain or HTTP error a client caused; undefined for anything else. */
export function clientProblemOf(err: unknown): { status: number; detail: string } | undefined {
  if (err instanceof NotFoundError) return { status: 404, detail: err.message };
  if (err instanceof ConflictError) return { status: 409, detail: err.message };
  if (err instanceof InvalidInputError) return { status: 400, detail: err.message };
  if (err instanceof HttpProblem && err.status < 500) return { status: err.status, detail: err.detail };
  return undefined;
}

const PROBLEM_TYPE = 'about:blank';

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return { type: PROBLEM_TYPE, title: STATUS_CODES[status] ?? 'Error', status, detail, ...extra };
}

function validationErrors(err: FastifyError): Array<{ path: string; message: string }> {
  const context = err.validationContext ?? 'request';
  return (err.validation ?? []).map((issue) => {
    const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
    const path = params?.issue?.path ?? issue.instancePath.split('/').filter(Boolean);
    return { path: [context, ...path.map(String)].join('.'), message: issue.message ?? 'is invalid' };
  });
}

/** The one error handler: every failure leaves as application/problem+json, never a stack trace. */
export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let status: number;
  let body: ReturnType<typeof problem>;
  const known: unknown = err;
  const storage = storageFault(err);
  if (storage) {
    request.log.warn({ code: storage.code, err }, 'storage fault');
    status = storage.status;
    body = problem(status, storage.detail);
    reply.header('retry-after', String(storage.retryAfter));
  } else if (known instanceof NotFoundError) {
    status = 404;
    body = problem(404, known.message);
  } else if (known instanceof ConflictError) {
    status = 409;
    body = problem(409, known.message);
  } else if (known instanceof InvalidInputError) {
    status = 400;
    body = problem(400, known.message, known.errors ? { errors: known.errors } : {});
  } else if (known instanceof StorageUnavailableError) {
    request.log.warn({ err }, 'storage unavailable');
    status = 503;
    body = problem(503, known.message);
    reply.header('retry-after', String(known.retryAfterSeconds));
  } else if (known instanceof HttpProblem) {
    status = known.status;
    const extra = known instanceof BadRequestError && known.errors ? { errors: known.errors } : {};
    body = problem(status, known.detail, extra);
    reply.headers(known.headers);
  } else if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    const errors = validationErrors(err);
    status = 400;
    body = problem(400, `Invalid ${err.validationContext ?? 'request'}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
  } else if (isResponseSerializationError(err)) {
    request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
    status = 500;
    body = problem(500, 'The server could not produce a valid response.');
  } else if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad JSON, body too large, wrong content type, rate limit).
    status = err.statusCode;
    body = problem(status, clientErrorDetail(err));
  } else if (typeof err.statusCode === 'number' && err.statusCode === 503) {
    status = 503;
    body = problem(503, 'The service is under pressure; retry later.');
  } else {
    request.log.error({ err }, 'unhandled error');
    status = 500;
    body = problem(500, 'An internal error occurred; it has been logged.');
  }
  reply
    .code(status)
    .type('application/problem+json')
    .send({ ...body, instance: request.url.split('?')[0] });
}

function clientErrorDetail(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than the server accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported media type: send application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; send a JSON object.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    default:
      // Fastify's client-error messages describe the request, never the server's internals.
      return err.message;
  }
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  reply
    .code(404)
    .type('application/problem+json')
    .send({ ...problem(404, `No route ${request.method} ${request.url.split('?')[0]}.`), instance: request.url.split('?')[0] });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8: decoding leniently would store U+FFFD for bad bytes, and the
 * text (and every offset into it) would silently differ from what the client sent.
 */
export function strictJsonParser(parseJson: FastifyBodyParser<string>): FastifyBodyParser<Buffer> {
  return (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new BadRequestError('The request body is not valid UTF-8.'), undefined);
      return;
    }
    parseJson(request, text, done);
  };
}

export interface StorageFault {
  /** The SQLite result code that caused it (SQLITE_FULL, SQLITE_READONLY_DBMOVED, …). */
  code: string;
  status: 503 | 507;
  retryAfter: number;
  /** Whether the condition outlasts the request (a full disk) rather than passing (a lock held elsewhere). */
  lasting: boolean;
  detail: string;
}

/** The first `code` starting with SQLITE_ on the error or its causes (drizzle wraps driver errors). */
export function sqliteCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/**
 * Errors that say the storage, not the request, is at fault. Every write runs in one
 * transaction, so when one of these ends it nothing was written: the client may retry as is.
 */
export function storageFault(err: unknown): StorageFault | undefined {
  const pg = postgresCode(err);
  if (pg) return postgresFault(pg);
  const code = sqliteCode(err);
  if (!code) return undefined;
  if (code === 'SQLITE_FULL') {
    return { code, status: 507, retryAfter: 60, lasting: true, detail: 'The server is out of storage space; nothing was written. Retry later.' };
  }
  if (/^SQLITE_(READONLY|IOERR|CANTOPEN|PERM|NOLFS)/.test(code)) {
    return { code, status: 503, retryAfter: 30, lasting: true, detail: 'The database cannot be written or read right now; nothing was written. Retry later.' };
  }
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return { code, status: 503, retryAfter: 1, lasting: false, detail: 'The database is busy; nothing was written. Retry shortly.' };
  }
  return undefined;
}

/** The SQLSTATE of a PostgreSQL error (or a refused connection) on the error or its causes. */
function postgresCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, severity } = e as { code?: unknown; severity?: unknown };
    if (typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT') return code;
  }
  return undefined;
}

function postgresFault(code: string): StorageFault | undefined {
  if (code === '53100') {
    return { code, status: 507, retryAfter: 60, lasting: true, detail: 'The server is out of storage space; nothing was written. Retry later.' };
  }
  // Connection lost or refused, server shutting down, too many connections, lock or serialization conflicts.
  if (/^(08|57P|53|40)/.test(code) || code.startsWith('E')) {
    return { code, status: 503, retryAfter: 1, lasting: false, detail: 'The database is busy or unreachable; nothing was written. Retry shortly.' };
  }
  return undefined;
}

/** The status and detail for an error Node's HTTP parser or its timers report on a connection. */
export function protocolProblem(err: NodeJS.ErrnoException & { reason?: string; bytesParsed?: number }): { status: number; detail: string } {
  switch (err.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, detail: 'The request was not received in time.' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, detail: 'The request line and headers are larger than the server accepts.' };
    case 'HPE_INVALID_METHOD':
      return { status: 501, detail: 'The request method is not one this server knows.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, detail: 'The chunk extensions are larger than the server accepts.' };
    default: {
      // llhttp's reasons describe the bytes received ("Invalid header value char"), never the server.
      const reason = typeof err.reason === 'string' && /^[\x20-\x7e]{1,120}$/.test(err.reason) ? err.reason : 'unparseable HTTP';
      return { status: 400, detail: `Malformed request: ${reason}.` };
    }
  }
}

/** A whole HTTP/1.1 response carrying a problem, for answering where no request object exists. */
export function rawProblemResponse(status: number, detail: string, headers: Record<string, string> = {}): string {
  const body = JSON.stringify(problem(status, detail));
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
    `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `Cache-Control: no-store\r\n${extra}Connection: close\r\n\r\n${body}`
  );
}

/**
 * Closes a connection after a final response without resetting it: the client's unread bytes
 * are read and dropped so the kernel does not answer them with RST and lose the response.
 */
export function endGracefully(socket: Socket, data?: string, lingerMs = 1000): void {
  if (data !== undefined && socket.writable) socket.end(data);
  else socket.end();
  socket.on('data', () => {});
  socket.resume();
  setTimeout(() => socket.destroy(), lingerMs).unref();
}

/**
 * Fastify's `clientErrorHandler`: framing errors, oversized headers, unknown methods and
 * request timeouts are answered as problem+json too, instead of Fastify's plain JSON.
 */
export function clientErrorHandler(
  this: { log: { debug: (obj: object, msg: string) => void } },
  err: NodeJS.ErrnoException & { reason?: string },
  socket: Socket,
): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = protocolProblem(err);
  this.log.debug({ err: { code: err.code, message: err.message }, status }, 'client error');
  // A response already under way cannot be replaced by another one.
  const current = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (current?.headersSent || !socket.writable) {
    socket.destroy();
    return;
  }
  endGracefully(socket, rawProblemResponse(status, detail));
}
