import { loadConfig } from '../src/config.js';
import { seedDatabase } from '../src/services/seeding.js';
import { openStore, redactUrl } from '../src/store/index.js';

const config = loadConfig();
const store = await openStore(config.databaseUrl);
try {
  const { created, existing } = await seedDatabase(store);
  console.log(`seeded ${redactUrl(config.databaseUrl)}: ${created} created, ${existing} already present`);
} finally {
  await store.close();
}
