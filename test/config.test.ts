import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDb, sqlitePathFrom } from '../src/store/sqlite/client.js';

const dir = mkdtempSync(join(tmpdir(), 'provenance-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'data/provenance.db',
      apiKeys: [],
      logLevel: 'info',
      writeRateLimit: 30,
      maxConnections: 800,
      maxConnectionsPerAddress: 100,
      idleTimeoutMs: 5000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      shutdownTimeoutMs: 10_000,
      drainGraceMs: 1000,
      minFreeDiskBytes: 16 * 1024 * 1024,
      maxEventLoopDelayMs: 2000,
      // One extraction worker per core unless told otherwise.
      extractionWorkers: availableParallelism(),
      checkResponses: false,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: '/var/lib/provenance/db.sqlite',
        API_KEYS: ' first-key-0123456789 , second-key-0123456789,',
        LOG_LEVEL: 'warn',
        WRITE_RATE_LIMIT: '5',
        MAX_CONNECTIONS: '900',
        MAX_CONNECTIONS_PER_ADDRESS: '20',
        IDLE_TIMEOUT_MS: '2500',
        HEADERS_TIMEOUT_MS: '4000',
        REQUEST_TIMEOUT_MS: '12000',
        SHUTDOWN_TIMEOUT_MS: '20000',
        DRAIN_GRACE_MS: '250',
        MIN_FREE_DISK_BYTES: '0',
        MAX_EVENT_LOOP_DELAY_MS: '0',
        EXTRACTION_WORKERS: '0',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: '/var/lib/provenance/db.sqlite',
      apiKeys: ['first-key-0123456789', 'second-key-0123456789'],
      logLevel: 'warn',
      writeRateLimit: 5,
      maxConnections: 900,
      maxConnectionsPerAddress: 20,
      idleTimeoutMs: 2500,
      headersTimeoutMs: 4000,
      requestTimeoutMs: 12_000,
      shutdownTimeoutMs: 20_000,
      drainGraceMs: 250,
      minFreeDiskBytes: 0,
      maxEventLoopDelayMs: 0,
      extractionWorkers: 0,
      checkResponses: false,
    });
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ EXTRACTION_WORKERS: '-1' }, 'EXTRACTION_WORKERS'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ API_KEYS: 'short' }, 'API_KEYS'],
    [{ HOST: '' }, 'HOST'],
    [{ MAX_CONNECTIONS: '0' }, 'MAX_CONNECTIONS'],
    [{ MAX_CONNECTIONS_PER_ADDRESS: 'many' }, 'MAX_CONNECTIONS_PER_ADDRESS'],
    [{ IDLE_TIMEOUT_MS: '5' }, 'IDLE_TIMEOUT_MS'],
    [{ HEADERS_TIMEOUT_MS: '40000' }, 'HEADERS_TIMEOUT_MS'],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, 'SHUTDOWN_TIMEOUT_MS'],
    [{ DRAIN_GRACE_MS: 'soon' }, 'DRAIN_GRACE_MS'],
    [{ MIN_FREE_DISK_BYTES: '1.5' }, 'MIN_FREE_DISK_BYTES'],
  ])('rejects %o with a one-line message naming %s', (env, name) => {
    const message = configError(env);
    expect(message).toMatch(new RegExp(`^Invalid ${name}: `));
    expect(message).not.toContain('\n');
  });
});

describe('DATABASE_URL', () => {
  it('accepts a plain path, relative or absolute', () => {
    expect(sqlitePathFrom(loadConfig({ DATABASE_URL: 'data/provenance.db' }).databaseUrl)).toBe('data/provenance.db');
    expect(sqlitePathFrom('/tmp/x/provenance.db')).toBe('/tmp/x/provenance.db');
  });

  it('accepts a file: URL, absolute or relative to the working directory', () => {
    expect(sqlitePathFrom('file:///var/lib/provenance.db')).toBe('/var/lib/provenance.db');
    expect(sqlitePathFrom('file:data/provenance.db')).toBe(join(process.cwd(), 'data/provenance.db'));
    expect(sqlitePathFrom('file:///tmp/with%20space.db')).toBe('/tmp/with space.db');
  });

  it('accepts :memory: in both spellings', () => {
    expect(sqlitePathFrom(':memory:')).toBe(':memory:');
    expect(sqlitePathFrom('file::memory:')).toBe(':memory:');
  });

  it('opens a database at a file: URL, creating missing directories', () => {
    const url = pathToFileURL(join(dir, 'nested', 'deeper', 'provenance.db')).href;
    const handle = openDb(loadConfig({ DATABASE_URL: url }).databaseUrl);
    handle.close();
    expect(existsSync(join(dir, 'nested', 'deeper', 'provenance.db'))).toBe(true);
  });

  it('opens a database at a plain path', () => {
    const path = join(dir, 'plain', 'provenance.db');
    const handle = openDb(path);
    handle.close();
    expect(existsSync(path)).toBe(true);
  });
});
