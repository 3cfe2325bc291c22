import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { drain, guardMemoryUsage, ServerState } from './http/server-limits.js';
import { seedDatabase } from './services/seeding.js';
import { PreparePool, prepareInThread } from './services/prepare-pool.js';
import { openStore } from './store/index.js';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const store = await openStore(config.databaseUrl);
// Extraction runs in worker processes that exit when idle: the extractor, its lexicon and the
// language model are not kept in this thread's memory between ingests.
const pool = config.extractionWorkers > 0 ? new PreparePool({ size: config.extractionWorkers }) : undefined;
const prepare = pool?.prepare ?? prepareInThread;
// Seed before the app exists: writing the seed articles blocks the event loop for a moment,
// which the overload guard would otherwise read as pressure right after start-up.
const seeded = (await store.countSources()) === 0 ? (await seedDatabase(store, undefined, prepare)).created : 0;
// Citation styles are not loaded here: citeproc and its styles take about 30 MB once compiled, so they load
// with the first reference that must be formatted, and formatted references are stored.
const state = new ServerState();
const app = await buildApp({ config, store, state, prepare });
if (seeded) app.log.info({ created: seeded }, 'empty database seeded with the seed articles');

// Out of file descriptors, the overload guard's memory probe throws from a timer: log it, keep serving.
let lastProbeLog = 0;
guardMemoryUsage((err) => {
  if (Date.now() - lastProbeLog < 5000) return;
  lastProbeLog = Date.now();
  app.log.warn({ err: { code: (err as NodeJS.ErrnoException).code, message: (err as Error).message } }, 'memory probe failed');
});

closeWithGrace({ delay: config.shutdownTimeoutMs, logger: { error: (msg: unknown) => app.log.error(msg) } }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  // Stop accepting; requests received on open connections are run and answered with
  // Connection: close; after the grace window, new requests on idle connections get 503 + Retry-After.
  await drain(app.server, state, { graceMs: config.drainGraceMs });
  await app.close();
  await pool?.close();
  await store.close();
  app.log.info('closed');
});

await app.listen({ port: config.port, host: config.host });
