import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config.js';
import { sqlitePathFrom } from '../store/sqlite/client.js';
import type { Store } from '../store/types.js';
import { HttpProblem } from './errors.js';

export async function databaseOk(store: Pick<Store, 'ping'>): Promise<void> {
  try {
    await store.ping();
  } catch {
    throw new HttpProblem(503, 'The database is not answering.', { 'retry-after': '5' });
  }
}

/** How long a failed write keeps readiness down unless free space visibly comes back. */
export const FAULT_HOLD_MS = 30_000;

function freeBytes(dir: string): number | undefined {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return undefined;
  }
}

/**
 * Whether writes can succeed: the database answers, its file and directory are writable, the
 * disk has room, and no write has recently failed for a storage reason. Reads may still work
 * when this fails, which is why it backs readiness and not liveness.
 */
export class WriteHealth {
  private fault?: { code: string; at: number; free: number | undefined };
  private readonly path: string | undefined;

  constructor(
    private readonly config: Pick<Config, 'databaseUrl' | 'minFreeDiskBytes'>,
    private readonly store: Pick<Store, 'ping' | 'engine'>,
  ) {
    // Only an SQLite file sits on this machine's disk; a database server watches its own.
    const p = store.engine === 'sqlite' ? sqlitePathFrom(config.databaseUrl) : ':memory:';
    this.path = p === ':memory:' ? undefined : resolve(p);
  }

  /** Called when a statement failed with SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, …. */
  recordFault(code: string): void {
    this.fault = { code, at: Date.now(), free: this.path ? freeBytes(dirname(this.path)) : undefined };
  }

  /** Throws a 503 problem naming why writes would fail now. */
  async assertWritable(): Promise<void> {
    await databaseOk(this.store);
    const retry = { 'retry-after': '10' };
    if (this.path) {
      const dir = dirname(this.path);
      try {
        accessSync(dir, constants.W_OK);
        if (existsSync(this.path)) accessSync(this.path, constants.W_OK);
      } catch (err) {
        throw new HttpProblem(503, `The database cannot be written (${(err as NodeJS.ErrnoException).code ?? 'not writable'}).`, retry);
      }
      const free = freeBytes(dir);
      if (free !== undefined && free < this.config.minFreeDiskBytes) {
        throw new HttpProblem(503, `Only ${free} bytes are free next to the database; writes need at least ${this.config.minFreeDiskBytes}.`, retry);
      }
      if (this.fault && free !== undefined && this.fault.free !== undefined && free > this.fault.free + Math.max(this.config.minFreeDiskBytes, 1 << 20)) {
        // Space came back since the failure: writes are worth trying again.
        this.fault = undefined;
      }
    }
    if (this.fault) {
      const age = Date.now() - this.fault.at;
      if (age < FAULT_HOLD_MS) {
        throw new HttpProblem(503, `A write failed ${Math.round(age / 1000)} s ago (${this.fault.code}).`, {
          'retry-after': String(Math.ceil((FAULT_HOLD_MS - age) / 1000)),
        });
      }
      this.fault = undefined;
    }
  }
}
