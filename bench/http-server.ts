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

type Row = unknown[];
type Query = {
  one(id: string): Promise<unknown>;
  twenty(): Promise<unknown[]>;
  claim(id: string): Promise<Row | undefined>;
  proposition(key: string): Promise<Row | undefined>;
  conflict(id: string): Promise<Row | undefined>;
  members(id: string): Promise<Row[]>;
};

// The SQL the API runs for a claim and for a conflict (src/store/sqlite/reads.ts), one id at a time.
const CLAIM = `select id, source_id, passage_id, statement, metric, quote_exact, quote_start, quote_end, value, unit, qualifier,
  interval_low, interval_high, period_start, period_end, period_label, period_resolution, comparable, restates, change
  from claims where id = $1`;
const PROPOSITION = 'select measure, subject, counterpart, facets, stat_type, basis, modality from metrics where key = $1';
const CONFLICT = `select c.id, c.metric, c.unit, c.period_start, c.period_end, c.period_label, c.period_resolution, c.status, c.severity,
  c.consensus_value, c.consensus_method, c.spread, c.explanation, r.id, r.state, r.author, r.created_at
  from conflicts c left join conflict_reviews r on r.id = (select max(x.id) from conflict_reviews x where x.conflict_id = c.id)
  where c.id = $1`;
const MEMBERS = `select cc.claim_id, cc.source_id, coalesce(o.value, c.value), coalesce(o.unit, c.unit),
  case when o.value is not null then o.value else c.interval_low end,
  case when o.value is not null then o.value else c.interval_high end, cc.deviation
  from conflict_claims cc join claims c on c.id = cc.claim_id left join claim_overrides o on o.claim_id = c.id
  where cc.conflict_id = $1 order by cc.source_id, cc.claim_id`;

/** The reference queries, prepared once: what a hand-written route would run. */
async function referenceQueries(): Promise<Query> {
  const ONE = 'select * from claims where id = $1';
  const TWENTY = 'select * from claims order by source_id, quote_start, id limit 20';
  if (isPostgresUrl(url)) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const rows = async (name: string, text: string, values: unknown[]) => (await pool.query({ name, text, values, rowMode: 'array' })).rows as Row[];
    return {
      one: async (id) => (await pool.query({ name: 'bench_one', text: ONE, values: [id] })).rows[0],
      twenty: async () => (await pool.query({ name: 'bench_twenty', text: TWENTY })).rows,
      claim: async (id) => (await rows('bench_claim', CLAIM, [id]))[0],
      proposition: async (key) => (await rows('bench_proposition', PROPOSITION, [key]))[0],
      conflict: async (id) => (await rows('bench_conflict', CONFLICT, [id]))[0],
      members: (id) => rows('bench_members', MEMBERS, [id]),
    };
  }
  const sqlite = (store as SqliteStore).handle.sqlite;
  const prepare = (sql: string) => sqlite.prepare(sql.replace('$1', '?'));
  const one = prepare(ONE);
  const twenty = prepare(TWENTY);
  const [claim, proposition, conflict, members] = [CLAIM, PROPOSITION, CONFLICT, MEMBERS].map((sql) => prepare(sql).raw(true));
  return {
    one: async (id) => one.get(id),
    twenty: async () => twenty.all(),
    claim: async (id) => claim!.get(id) as Row | undefined,
    proposition: async (key) => proposition!.get(key) as Row | undefined,
    conflict: async (id) => conflict!.get(id) as Row | undefined,
    members: async (id) => members!.all(id) as Row[],
  };
}
const query = await referenceQueries();

// SQLite hands back JSON columns as text and booleans as 0/1; PostgreSQL as values.
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
/** Propositions by metric key, kept in memory as the API keeps them (a metric's proposition never changes). */
const propositions = new Map<string, unknown>();
async function propositionOf(key: unknown): Promise<unknown> {
  if (key === null) return null;
  if (!propositions.has(key as string)) {
    const p = await query.proposition(key as string);
    propositions.set(
      key as string,
      p?.[0] ? { measure: p[0], subject: json(p[1]) ?? [], counterpart: p[2], facets: json(p[3]) ?? [], statType: p[4], basis: p[5], modality: p[6] } : null,
    );
  }
  return propositions.get(key as string);
}

/** GET /v1/claims/{id} by hand: the claim's row and its metric's proposition, in the API's shape. */
async function claimBody(id: string): Promise<string | undefined> {
  const r = await query.claim(id);
  if (!r) return undefined;
  return JSON.stringify({
    id: r[0],
    sourceId: r[1],
    passageId: r[2],
    statement: r[3],
    metric: r[4],
    quote: { exact: r[5], start: r[6], end: r[7] },
    value: r[8],
    unit: r[9],
    qualifier: r[10],
    interval: { low: r[11], high: r[12] },
    period: r[16] ? { start: r[13], end: r[14], label: r[15] ?? '', resolution: r[16] } : null,
    proposition: await propositionOf(r[4]),
    comparable: r[17] === 1 || r[17] === true,
    change: r[19],
    restates: r[18],
  });
}

/** GET /v1/conflicts/{id} by hand: the conflict's row with its latest review, and its members, in the API's shape. */
async function conflictBody(id: string): Promise<string | undefined> {
  const r = await query.conflict(id);
  if (!r) return undefined;
  const members = await query.members(id);
  return JSON.stringify({
    id: r[0],
    metric: r[1],
    proposition: await propositionOf(r[1]),
    period: { start: r[3], end: r[4], label: r[5], resolution: r[6] },
    status: r[7],
    severity: r[8],
    claims: members.map((m) => ({ claimId: m[0], sourceId: m[1], value: m[2], unit: m[3], interval: { low: m[4], high: m[5] }, deviation: m[6] })),
    consensus: { value: r[9], unit: r[2], method: r[10] },
    spread: r[11],
    explanation: r[12],
    review: r[13] === null ? { state: 'open', reviewId: null, author: null, at: null } : { state: r[14], reviewId: r[13], author: r[15], at: r[16] },
  });
}

const bare = Fastify();
bare.get('/hello', async () => ({ hello: 'world' }));
bare.get<{ Params: { id: string } }>('/claim/:id', async (request, reply) => {
  const row = await query.one(request.params.id);
  if (!row) return reply.code(404).send();
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(row));
});
bare.get('/claims', async (_request, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify({ data: await query.twenty() })));
for (const [path, body] of [
  ['/api-claim/:id', claimBody],
  ['/api-conflict/:id', conflictBody],
] as const) {
  bare.get<{ Params: { id: string } }>(path, async (request, reply) => {
    const json = await body(request.params.id);
    if (json === undefined) return reply.code(404).send();
    return reply.type('application/json; charset=utf-8').send(json);
  });
}

// Production defaults, except the overload guard: a benchmark saturates the core on purpose.
const config = { ...loadConfig({ LOG_LEVEL: 'warn' }), maxEventLoopDelayMs: 0, databaseUrl: url };
const app = await buildApp({ config, store });
await app.listen({ host: '127.0.0.1', port: Number(process.env.API_PORT ?? 0) });
await bare.listen({ host: '127.0.0.1', port: Number(process.env.BARE_PORT ?? 0) });

const first = <T>(path: string) => app.inject(path).then((r) => (r.json() as { data: T[] }).data[0]!);
const claim = await first<{ id: string; passageId: string }>('/v1/claims?limit=1');
const source = await first<{ id: string }>('/v1/sources?limit=1');
const conflict = await first<{ id: string }>('/v1/conflicts?status=all&limit=1');
// The references must answer exactly what the API answers, or the comparison means nothing.
for (const [apiPath, barePath] of [
  [`/v1/claims/${claim.id}`, `/api-claim/${claim.id}`],
  [`/v1/conflicts/${conflict.id}`, `/api-conflict/${conflict.id}`],
] as const) {
  const [fromApi, fromBare] = await Promise.all([app.inject(apiPath), bare.inject(barePath)]);
  if (fromApi.statusCode !== 200 || fromApi.body !== fromBare.body) {
    console.error(`${barePath} does not answer what ${apiPath} answers:\n${fromBare.body}\n${fromApi.body}`);
    process.exit(1);
  }
}
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
