import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

/** The database or a transaction on it: repos accept either. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** Accepts a plain path, `file:` URL or `:memory:`. */
export function sqlitePathFrom(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  if (url.startsWith('file:')) return fileURLToPath(new URL(url, `file://${process.cwd()}/`));
  return url;
}

/**
 * The migrator reads which migrations ran before it takes its write lock, so two processes
 * opening a new file together can both decide to migrate; the loser fails on "already exists"
 * after the winner committed. Running it again then finds nothing pending.
 */
export function migrateOnce(run: () => void, attempts = 3): void {
  for (let i = 1; ; i++) {
    try {
      return run();
    } catch (err) {
      const message = `${(err as Error).message} ${String((err as { cause?: unknown }).cause ?? '')}`;
      if (i >= attempts || !/already exists/.test(message)) throw err;
    }
  }
}

/** Opens (creating if needed) the database, sets the pragmas and applies pending migrations. */
export function openDb(url: string): DbHandle {
  const path = sqlitePathFrom(url);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // The connection that switches to WAL keeps synchronous=FULL unless told otherwise.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const orm = drizzle(sqlite, { schema });
  migrateOnce(() => migrate(orm, { migrationsFolder }));
  const db: Db = orm;
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
