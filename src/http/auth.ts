import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { parseKeyEntries, type Scope } from '../api-keys.js';
import { HttpProblem, UnauthorizedError } from './errors.js';

// Names under which clients put keys in URLs; a key there ends up in logs and proxies.
const QUERY_KEY_NAMES = ['api_key', 'apikey', 'api-key', 'key', 'access_token', 'token', 'bearer'];

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** The key a request was let through with: its name and scopes, never the key itself. */
export interface Actor {
  keyName: string;
  scopes: readonly Scope[];
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export class ForbiddenError extends HttpProblem {
  constructor(detail: string) {
    super(403, detail);
  }
}

/**
 * An onRequest hook that lets a request through only with `Authorization: Bearer <key>` for one
 * of `entries` holding `scope`, and records who it was on `request.actor`. Keys are compared as
 * SHA-256 digests with timingSafeEqual against every key, so neither a key's length nor its
 * matching prefix shows in the response time.
 */
export function requireScope(entries: readonly string[], scope: Scope) {
  const keys = parseKeyEntries(entries).map((k) => ({ ...k, digest: digest(k.key) }));
  return async function checkKey(request: FastifyRequest): Promise<void> {
    if (keys.length === 0) throw new UnauthorizedError('Writes are disabled on this server: no API keys are configured (API_KEYS).');
    const query = request.query as Record<string, unknown> | undefined;
    const url = new URL(request.url, 'http://localhost');
    if (QUERY_KEY_NAMES.some((name) => url.searchParams.has(name) || (query && name in query))) {
      throw new UnauthorizedError('API keys are not accepted in the query string; send them as Authorization: Bearer <key>.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedError(`This request needs Authorization: Bearer <key> for a key with the '${scope}' scope.`);
    const presented = digest(match[1]!);
    let found: (typeof keys)[number] | undefined;
    // No early exit: every key is compared whichever matches.
    for (const k of keys) if (timingSafeEqual(k.digest, presented)) found ??= k;
    if (!found) throw new UnauthorizedError('The API key is not valid.');
    if (!found.scopes.includes(scope)) {
      throw new ForbiddenError(`This request needs the '${scope}' scope; the key '${found.name}' has ${found.scopes.map((s) => `'${s}'`).join(', ')}.`);
    }
    request.actor = { keyName: found.name, scopes: found.scopes, requestId: request.id };
  };
}

/** The hook for ingest and delete: the `write` scope (every bare key has it). */
export const requireWriteKey = (entries: readonly string[]) => requireScope(entries, 'write');

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
