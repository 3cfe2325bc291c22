import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

export type { Store, StoreReader, StoreWriter } from './types.js';

/** `postgres://` and `postgresql://` URLs (and `pglite:` for an in-process PostgreSQL) open PostgreSQL; anything else is an SQLite path. */
export function isPostgresUrl(url: string): boolean {
  return /^(postgres(ql)?:\/\/|pglite:)/.test(url);
}

/** Opens the database the URL names and applies pending migrations. */
export async function openStore(url: string): Promise<Store> {
  if (isPostgresUrl(url)) {
    // Loaded only when asked for, so an SQLite deployment never loads a PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(url);
  }
  return openSqliteStore(url);
}

/** The URL as logs may show it: a PostgreSQL password is replaced. */
export function redactUrl(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
