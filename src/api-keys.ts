import { createHash } from 'node:crypto';

/** What a key may do. Reads are public; `read` is accepted so key lists can say so explicitly. */
export const SCOPES = ['read', 'write', 'review', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKey {
  /** Who the key belongs to, as the audit log records it; never the key itself. */
  name: string;
  key: string;
  scopes: Scope[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MIN_KEY_LENGTH = 16;

/**
 * Splits API_KEYS into entries. Entries are separated by `;` or whitespace; an entry is either
 * `name:key:scope,scope` or, the older form, one or more bare keys separated by commas (each
 * a write key). A comma therefore separates scopes inside a named entry and keys outside one.
 */
export function splitKeyEntries(raw: string): string[] {
  return raw
    .split(/[;\s]+/)
    .flatMap((token) => (token.includes(':') ? [token] : token.split(',')))
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Parses one entry; throws an Error whose message says what is wrong (never echoing the key). */
export function parseKeyEntry(entry: string): ApiKey {
  const parts = entry.split(':');
  if (parts.length === 1) {
    if (entry.length < MIN_KEY_LENGTH) throw new Error(`each key must be at least ${MIN_KEY_LENGTH} characters`);
    // A bare key is named by a digest prefix: stable, and useless for guessing the key.
    return { name: `key-${createHash('sha256').update(entry, 'utf8').digest('hex').slice(0, 8)}`, key: entry, scopes: ['read', 'write'] };
  }
  if (parts.length !== 3) throw new Error('a named key is written name:key:scopes (e.g. alice:KEY:read,write,review)');
  const [name, key, scopeList] = parts as [string, string, string];
  if (!NAME.test(name)) throw new Error(`key name '${name.slice(0, 64)}' must be letters, digits, '.', '_' or '-' (at most 64)`);
  if (key.length < MIN_KEY_LENGTH) throw new Error(`the key of '${name}' must be at least ${MIN_KEY_LENGTH} characters`);
  const scopes = scopeList.split(',').filter(Boolean);
  if (scopes.length === 0) throw new Error(`key '${name}' names no scope (one or more of ${SCOPES.join(', ')})`);
  const unknown = scopes.find((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new Error(`key '${name}' has an unknown scope '${unknown.slice(0, 32)}' (known: ${SCOPES.join(', ')})`);
  return { name, key, scopes: [...new Set(scopes as Scope[])] };
}

/** Parses every entry and refuses two keys sharing a name or a secret. */
export function parseKeyEntries(entries: readonly string[]): ApiKey[] {
  const keys = entries.map(parseKeyEntry);
  const names = new Set<string>();
  const secrets = new Set<string>();
  for (const k of keys) {
    if (names.has(k.name)) throw new Error(`two keys are named '${k.name}'`);
    if (secrets.has(k.key)) throw new Error(`the key of '${k.name}' is listed twice`);
    names.add(k.name);
    secrets.add(k.key);
  }
  return keys;
}
