import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { UnauthorizedError } from './errors.js';

// Names under which clients put keys in URLs; a key there ends up in logs and proxies.
const QUERY_KEY_NAMES = ['api_key', 'apikey', 'api-key', 'key', 'access_token', 'token', 'bearer'];

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * A preHandler that lets a write through only with `Authorization: Bearer <key>` for one of
 * `keys`. Keys are compared as SHA-256 digests with timingSafeEqual against every key, so
 * neither a key's length nor its matching prefix shows in the response time.
 */
export function requireWriteKey(keys: readonly string[]) {
  const digests = keys.map(digest);
  return async function checkWriteKey(request: FastifyRequest): Promise<void> {
    if (digests.length === 0) throw new UnauthorizedError('Writes are disabled on this server: no API keys are configured (API_KEYS).');
    const query = request.query as Record<string, unknown> | undefined;
    const url = new URL(request.url, 'http://localhost');
    if (QUERY_KEY_NAMES.some((name) => url.searchParams.has(name) || (query && name in query))) {
      throw new UnauthorizedError('API keys are not accepted in the query string; send them as Authorization: Bearer <key>.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedError('This write needs Authorization: Bearer <key>.');
    const presented = digest(match[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, presented) || ok;
    if (!ok) throw new UnauthorizedError('The API key is not valid.');
  };
}

/** What a request log line shows: never the Authorization header, and key-like query values masked. */
export function requestForLog(request: FastifyRequest) {
  const url = new URL(request.url, 'http://localhost');
  for (const name of QUERY_KEY_NAMES) if (url.searchParams.has(name)) url.searchParams.set(name, '[redacted]');
  return {
    method: request.method,
    url: `${url.pathname}${url.search}`,
    remoteAddress: request.ip,
  };
}
