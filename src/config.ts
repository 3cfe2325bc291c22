import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parseKeyEntries, splitKeyEntries } from './api-keys.js';
import { LOG_LEVELS, type LogLevel } from './domain/enums.js';

const ms = (fallback: number, min = 1) => z.coerce.number().int().min(min).max(3_600_000).default(fallback);

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).default('data/provenance.db'),
    API_KEYS: z
      .string()
      .default('')
      .transform((raw) => splitKeyEntries(raw))
      .superRefine((entries, ctx) => {
        try {
          parseKeyEntries(entries);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
        }
      }),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
    MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(800),
    MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(100),
    IDLE_TIMEOUT_MS: ms(5_000, 100),
    HEADERS_TIMEOUT_MS: ms(10_000, 100),
    REQUEST_TIMEOUT_MS: ms(30_000, 100),
    SHUTDOWN_TIMEOUT_MS: ms(10_000, 100),
    DRAIN_GRACE_MS: ms(1_000, 0),
    MIN_FREE_DISK_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(16 * 1024 * 1024),
    MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(2000),
    EXTRACTION_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  })
  .refine((c) => c.HEADERS_TIMEOUT_MS <= c.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not exceed REQUEST_TIMEOUT_MS',
  });

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Entries of API_KEYS: `name:key:scopes` or a bare key (a write key); see api-keys.ts. */
  apiKeys: string[];
  logLevel: LogLevel;
  /** Writes (POST/DELETE) one client may make per minute. */
  writeRateLimit: number;
  /** Open connections the server keeps at most; more are dropped as they arrive. */
  maxConnections: number;
  /** Open connections one client address may hold at most; more are dropped. */
  maxConnectionsPerAddress: number;
  /** A connection with no bytes moving for this long is closed: before its first request and between requests. */
  idleTimeoutMs: number;
  /** Time a client has to send a request's headers (408 after it). */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included (408 after it). */
  requestTimeoutMs: number;
  /** Longest a SIGTERM drain may take before the process exits anyway (exit code 1). */
  shutdownTimeoutMs: number;
  /** After SIGTERM, how long a request arriving on an idle open connection is still run (503 after it). */
  drainGraceMs: number;
  /** Below this much free space next to the database, /health/ready reports that writes may fail. */
  minFreeDiskBytes: number;
  /** Mean event-loop delay above which requests are answered 503 (overloaded); 0 turns the guard off. */
  maxEventLoopDelayMs: number;
  /** Worker processes that extract ingested texts (they exit when idle); 0 extracts in the server process itself. */
  extractionWorkers: number;
  /** Serialize each response both ways (compiled and zod's validating one) and fail on any difference; for tests. */
  checkResponses: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once; a bad value throws a one-line message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    apiKeys: c.API_KEYS,
    logLevel: c.LOG_LEVEL,
    writeRateLimit: c.WRITE_RATE_LIMIT,
    maxConnections: c.MAX_CONNECTIONS,
    maxConnectionsPerAddress: c.MAX_CONNECTIONS_PER_ADDRESS,
    idleTimeoutMs: c.IDLE_TIMEOUT_MS,
    headersTimeoutMs: c.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    drainGraceMs: c.DRAIN_GRACE_MS,
    minFreeDiskBytes: c.MIN_FREE_DISK_BYTES,
    maxEventLoopDelayMs: c.MAX_EVENT_LOOP_DELAY_MS,
    extractionWorkers: c.EXTRACTION_WORKERS ?? availableParallelism(),
    checkResponses: false,
  };
}
