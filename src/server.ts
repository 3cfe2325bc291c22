import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { warmUpCitationStyles } from './cite/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDb } from './db/client.js';
import { countSources } from './repos/sources.js';
import { seedDatabase } from './seed.js';

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

const handle = openDb(config.databaseUrl);
// Seed before the app exists: seeding blocks the event loop for a second or two, which the
// overload guard would otherwise read as pressure right after start-up.
const seeded = countSources(handle.db) === 0 ? seedDatabase(handle.db).created : 0;
// citeproc compiles each style on first use (seconds); pay that before the app starts measuring load.
warmUpCitationStyles();
const app = await buildApp({ config, db: handle.db });
if (seeded) app.log.info({ created: seeded }, 'empty database seeded with the seed articles');

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  // app.close() lets in-flight requests finish; the database closes after them.
  await app.close();
  handle.close();
});

await app.listen({ port: config.port, host: config.host });
