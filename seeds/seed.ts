import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/client.js';
import { seedDatabase } from '../src/seed.js';

const config = loadConfig();
const handle = openDb(config.databaseUrl);
try {
  const { created, existing } = seedDatabase(handle.db);
  console.log(`seeded ${config.databaseUrl}: ${created} created, ${existing} already present`);
} finally {
  handle.close();
}
