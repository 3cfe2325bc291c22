/**
 * The server side of `npm run bench:http`, run in its own process: the API (as server.ts builds
 * it) and, in the same process, a bare Fastify app with the reference routes every endpoint is
 * compared against — a hello-world, one claim by a prepared statement + JSON.stringify, and 20
 * claims by a prepared statement. When both listen it prints one JSON line on stdout: the ports,
 * and ids of a claim, source, passage and conflict to request. DATABASE_URL picks the engine
 * (an SQLite path or a postgres:// URL); an in-memory SQLite database by default.
 */
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { warmUpCitationStyles } from '../src/cite/index.js';
import { loadConfig } from '../src/config.js';
import { seedDatabase } from '../src/services/seeding.js';
import { isPostgresUrl, openStore } from '../src/store/index.js';
import type { SqliteStore } from '../src/store/sqlite/store.js';

const url = process.env.DATABASE_URL ?? ':memory:';
const store = await openStore(url);
if ((await store.countSources()) === 0) await seedDatabase(store);
warmUpCitationStyles();

type Query = { one(id: string): Promise<unknown>; twenty(): Promise<unknown[]> };

/** The reference queries, prepared once: what a hand-written route would run. */
async function referenceQueries(): Promise<Query> {
  const ONE = 'select * from claims where id = $1';
  const TWENTY = 'select * from claims order by source_id, quote_start, id limit 20';
  if (isPostgresUrl(url)) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    return {
      one: async (id) => (await pool.query({ name: 'bench_one', text: ONE, values: [id] })).rows[0],
      twenty: async () => (await pool.query({ name: 'bench_twenty', text: TWENTY })).rows,
    };
  }
  const sqlite = (store as SqliteStore).handle.sqlite;
  const one = sqlite.prepare(ONE.replace('$1', '?'));
  const twenty = sqlite.prepare(TWENTY);
  return { one: async (id) => one.get(id), twenty: async () => twenty.all() };
}
const query = await referenceQueries();

const bare = Fastify();
bare.get('/hello', async () => ({ hello: 'world' }));
bare.get<{ Params: { id: string } }>('/claim/:id', async (request, reply) => {
  const row = await query.one(request.params.id);
  if (!row) return reply.code(404).send();
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(row));
});
bare.get('/claims', async (_request, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify({ data: await query.twenty() })));

// Production defaults, except the overload guard: a benchmark saturates the core on purpose.
const config = { ...loadConfig({ LOG_LEVEL: 'warn' }), maxEventLoopDelayMs: 0, databaseUrl: url };
const app = await buildApp({ config, store });
await app.listen({ host: '127.0.0.1', port: Number(process.env.API_PORT ?? 0) });
await bare.listen({ host: '127.0.0.1', port: Number(process.env.BARE_PORT ?? 0) });

const first = <T>(path: string) => app.inject(path).then((r) => (r.json() as { data: T[] }).data[0]!);
const claim = await first<{ id: string; passageId: string }>('/v1/claims?limit=1');
const source = await first<{ id: string }>('/v1/sources?limit=1');
const conflict = await first<{ id: string }>('/v1/conflicts?status=all&limit=1');
const portOf = (s: typeof app.server) => (s.address() as { port: number }).port;
console.log(
  JSON.stringify({ api: portOf(app.server), bare: portOf(bare.server), claim: claim.id, passage: claim.passageId, source: source.id, conflict: conflict.id }),
);

process.on('SIGTERM', async () => {
  await app.close();
  await bare.close();
  await store.close();
  process.exit(0);
});
