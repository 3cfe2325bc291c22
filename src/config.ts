import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('data/provenance.db'),
  API_KEYS: z
    .string()
    .default('')
    .transform((raw) => raw.split(',').map((key) => key.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(16, 'each key must be at least 16 characters'))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  apiKeys: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Writes (POST/DELETE) one client may make per minute. */
  writeRateLimit: number;
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
  return { port: c.PORT, host: c.HOST, databaseUrl: c.DATABASE_URL, apiKeys: c.API_KEYS, logLevel: c.LOG_LEVEL, writeRateLimit: c.WRITE_RATE_LIMIT };
}

/** Defaults for tests: in-memory database, quiet logs, one known key. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { port: 0, host: '127.0.0.1', databaseUrl: ':memory:', apiKeys: [], logLevel: 'silent', writeRateLimit: 1000, ...overrides };
}
