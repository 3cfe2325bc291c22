/**
 * Read throughput of the API against a bare Fastify hello-world, measured in one run on the
 * same machine (ratios are what to compare; absolute numbers vary with the machine's load).
 * Run: npm run bench:http
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDb } from '../src/db/client.js';
import { seedDatabase } from '../src/seed.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

async function measure(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const hello = Fastify();
hello.get('/', async () => ({ hello: 'world' }));
const helloUrl = await hello.listen({ host: '127.0.0.1', port: 0 });

const handle = openDb(':memory:');
seedDatabase(handle.db);
const app = await buildApp({ config: testConfig(), db: handle.db });
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const claim = ((await app.inject('/v1/claims?limit=1')).json() as { data: Array<{ id: string }> }).data[0]!.id;

const targets: Array<[string, string]> = [
  ['hello-world (bare Fastify)', `${helloUrl}/`],
  ['GET /health', `${base}/health`],
  ['GET /v1/sources', `${base}/v1/sources`],
  ['GET /v1/claims?limit=20', `${base}/v1/claims?limit=20`],
  ['GET /v1/claims/{id}', `${base}/v1/claims/${claim}`],
  ['GET /v1/conflicts?status=all', `${base}/v1/conflicts?status=all`],
  ['GET /v1/claims/{id}/citations', `${base}/v1/claims/${claim}/citations`],
];

const baseline = await measure(targets[0]![1]);
console.log(`${'endpoint'.padEnd(34)} ${'req/s'.padStart(8)}  ratio to hello-world`);
console.log(`${targets[0]![0].padEnd(34)} ${baseline.toFixed(0).padStart(8)}  1.00`);
for (const [name, url] of targets.slice(1)) {
  const rps = await measure(url);
  console.log(`${name.padEnd(34)} ${rps.toFixed(0).padStart(8)}  ${(rps / baseline).toFixed(2)}`);
}
await app.close();
await hello.close();
handle.close();
