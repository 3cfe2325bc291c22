/**
 * Read throughput of the API against a bare Fastify hello-world, measured in one run on the
 * same machine (ratios are what to compare; absolute numbers vary with the machine's load).
 * Run: npm run bench:http
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { warmUpCitationStyles } from '../src/cite/index.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { seedDatabase } from '../src/services/seeding.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

async function measure(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const hello = Fastify();
hello.get('/', async () => ({ hello: 'world' }));
const helloUrl = await hello.listen({ host: '127.0.0.1', port: 0 });

// DATABASE_URL picks the engine (a postgres:// URL for PostgreSQL); SQLite in memory by default.
const store = await openStore(process.env.DATABASE_URL ?? ':memory:');
if ((await store.countSources()) === 0) await seedDatabase(store);
// As server.ts does: compile the citation styles before measuring (the conflict page cites its sources).
warmUpCitationStyles();
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), store });
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const claim = ((await app.inject('/v1/claims?limit=1')).json() as { data: Array<{ id: string }> }).data[0]!.id;
const conflict = ((await app.inject('/v1/conflicts?metric=trade.china-russia.total')).json() as { data: Array<{ id: string }> }).data[0]!.id;

const targets: Array<[string, string]> = [
  ['hello-world (bare Fastify)', `${helloUrl}/`],
  ['GET /health', `${base}/health`],
  ['GET /v1/sources', `${base}/v1/sources`],
  ['GET /v1/claims?limit=20', `${base}/v1/claims?limit=20`],
  ['GET /v1/claims/{id}', `${base}/v1/claims/${claim}`],
  ['GET /v1/conflicts?status=all', `${base}/v1/conflicts?status=all`],
  ['GET /v1/claims/{id}/citations', `${base}/v1/claims/${claim}/citations`],
  ['GET /v1/conflicts/{id}', `${base}/v1/conflicts/${conflict}`],
  ['GET /conflicts/{id} (HTML page)', `${base}/conflicts/${conflict}`],
];

// One render's cost through app.inject, timed before the load runs; it also warms the page's
// code paths (and the JSON route's) so neither is measured while the JIT is still compiling.
const renders: number[] = [];
for (let i = 0; i < 300; i++) {
  await app.inject(`/v1/conflicts/${conflict}`);
  const started = performance.now();
  await app.inject(`/conflicts/${conflict}`);
  renders.push(performance.now() - started);
}
renders.sort((a, b) => a - b);

const baseline = await measure(targets[0]![1]);
console.log(`${'endpoint'.padEnd(34)} ${'req/s'.padStart(8)}  ratio to hello-world`);
console.log(`${targets[0]![0].padEnd(34)} ${baseline.toFixed(0).padStart(8)}  1.00`);
const measured = new Map<string, number>();
for (const [name, url] of targets.slice(1)) {
  const rps = await measure(url);
  measured.set(name, rps);
  console.log(`${name.padEnd(34)} ${rps.toFixed(0).padStart(8)}  ${(rps / baseline).toFixed(2)}`);
}

// The explorer's conflict page against the JSON for the same conflict, and what one render costs.
const pageRps = measured.get('GET /conflicts/{id} (HTML page)')!;
const jsonRps = measured.get('GET /v1/conflicts/{id}')!;
console.log(`\nconflict page / JSON for the same conflict: ${(pageRps / jsonRps).toFixed(2)} of its requests/s`);
console.log(`conflict page through app.inject: median ${renders[150]!.toFixed(2)} ms, p95 ${renders[285]!.toFixed(2)} ms`);
await app.close();
await hello.close();
await store.close();
