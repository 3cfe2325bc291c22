import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';

export const OPENAPI_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi.yaml');

/** The OpenAPI document exactly as the app serves it; routes only, so an empty database will do. */
export async function renderOpenApi(): Promise<string> {
  const store = openSqliteStore(':memory:');
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), store });
  try {
    await app.ready();
    return app.swagger({ yaml: true });
  } finally {
    await app.close();
    await store.close();
  }
}

export function readCommitted(path = OPENAPI_PATH): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** `write` regenerates the file; `check` exits 1 when the file is not what the app generates. */
async function main(mode: string | undefined, path = OPENAPI_PATH) {
  const rendered = await renderOpenApi();
  if (mode === 'write') {
    writeFileSync(path, rendered);
    console.log(`wrote ${path}`);
    return;
  }
  if (mode === 'check') {
    const committed = readCommitted(path);
    if (committed === rendered) {
      console.log(`${path} is up to date`);
      return;
    }
    console.error(
      committed === null
        ? `${path} is missing: run \`npm run openapi\` and commit the result.`
        : `${path} differs from the document the app generates: run \`npm run openapi\` and commit the result.`,
    );
    process.exitCode = 1;
    return;
  }
  console.error('usage: tsx scripts/openapi.ts <write|check> [file]');
  process.exitCode = 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv[2], process.argv[3] ? resolve(process.argv[3]) : undefined);
}
