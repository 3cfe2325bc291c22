import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { ingestSource } from '../src/services/ingest.js';
import { seedDatabase } from '../src/services/seeding.js';

/**
 * Validates the CSL-JSON the API emits — `?format=csl` and the `csl` item of every JSON
 * citation — against the official CSL-JSON schema (citation-style-language/schema,
 * csl-data.json), for every claim of the seed articles and of sources in other scripts.
 * The schema's path is an argument: the repository does not ship it.
 *
 *   tsx scripts/validate-csl.ts ../shared/standards/csl/csl-data.json
 */
const SAMPLES = [
  {
    title: 'Россия и Китай: товарооборот в 2024 году',
    authors: ['Иванова, Анна Сергеевна', 'Центр стратегических исследований'],
    publisher: 'Вестник',
    url: 'https://example.org/ru/trade',
    publishedAt: '2024-05-07',
    language: 'ru',
    text: 'Officials said trade between the two countries reached $244.8 billion in 2024.',
  },
  {
    title: '中俄贸易额创新高',
    authors: ['王, 小明', 'United States Institute of Peace'],
    publisher: null,
    url: null,
    publishedAt: '2025',
    text: 'Bilateral trade grew 26% in 2023, the ministry said, to about $240 billion.',
  },
];

async function main(schemaPath: string | undefined): Promise<number> {
  if (!schemaPath) {
    console.error('usage: tsx scripts/validate-csl.ts <path to csl-data.json>');
    return 2;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(resolve(schemaPath), 'utf8')) as object);

  const store = openSqliteStore(':memory:');
  await seedDatabase(store);
  for (const sample of SAMPLES) await ingestSource(store, sample);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), store });
  let checked = 0;
  let failures = 0;
  try {
    const check = (what: string, items: unknown) => {
      checked++;
      if (validate(items)) return;
      failures++;
      console.error(`${what}: ${ajv.errorsText(validate.errors)}`);
    };
    for (let cursor: string | null | undefined; ; ) {
      const page = (await app.inject(`/v1/claims?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json();
      for (const claim of page.data as Array<{ id: string }>) {
        check(`${claim.id} ?format=csl`, (await app.inject(`/v1/claims/${claim.id}/citations?format=csl`)).json());
        const { citations } = (await app.inject(`/v1/claims/${claim.id}/citations`)).json() as { citations: Array<{ csl: unknown }> };
        check(
          `${claim.id} citations[].csl`,
          citations.map((c) => c.csl),
        );
      }
      cursor = page.nextCursor;
      if (!cursor) break;
    }
  } finally {
    await app.close();
    await store.close();
  }
  if (checked === 0) {
    console.error('no claims: nothing was validated');
    return 1;
  }
  console.log(`CSL-JSON: ${checked - failures} documents valid, ${failures} invalid`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv[2]);
