/**
 * The server side of `npm run bench:http`, run in its own process: the API (as server.ts builds
 * it) and, in the same process, a bare Fastify app with the reference routes every endpoint is
 * compared against — a hello-world; one claim row by a prepared statement + JSON.stringify; 20
 * claims by a prepared statement; and GET /v1/claims/{id}, /v1/conflicts/{id} and
 * /v1/claims/{id}/citations done by hand: the API's own SQL by prepared statements and
 * JSON.stringify of the same body, which is checked byte for byte against the API's before the
 * run (a reference that answered less would flatter nothing but itself). When both listen it
 * prints one JSON line on stdout: the ports, and ids of a claim, source, passage, conflict and a
 * conflict member (the claim cited) to request. DATABASE_URL picks the engine (an SQLite path or
 * a postgres:// URL); an in-memory SQLite database by default.
 */
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { cslItem } from '../src/cite/csl.js';
import { resourceWithSelectors } from '../src/cite/selectors.js';
import { seedDatabase } from '../src/services/seeding.js';
import { isPostgresUrl, openStore } from '../src/store/index.js';
import type { SqliteStore } from '../src/store/sqlite/store.js';

const url = process.env.DATABASE_URL ?? ':memory:';
const store = await openStore(url);
if ((await store.countSources()) === 0) await seedDatabase(store);

type Row = unknown[];
type Query = {
  one(id: string): Promise<unknown>;
  twenty(): Promise<unknown[]>;
  claim(id: string): Promise<Row | undefined>;
  proposition(key: string): Promise<Row | undefined>;
  conflict(id: string): Promise<Row | undefined>;
  members(id: string): Promise<Row[]>;
  cited(id: string): Promise<Row | undefined>;
  group(id: string): Promise<Row | undefined>;
  peers(conflict: string, source: string, limit: number): Promise<Row[]>;
  counts(conflict: string, source: string): Promise<Row[]>;
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

// The citation page's SQL (src/store/sqlite/citations.ts): the cited claim with its source,
// passage, stored references and stored selectors; its group; a page of peers; their counts.
const CITED = `c.id, s.id, s.title, s.authors, s.publisher, s.url, s.published_at, s.language, s.content_hash, s.character_count,
  s.claim_count, s.created_at, p.id, p.source_id, p.start, p."end", p.text, p.prefix, p.suffix, p.paragraph, r.apa, r.mla, r.chicago,
  q.exact, q.prefix, q.suffix, q.start, q."end"`;
const CITED_JOINS = `join sources s on s.id = c.source_id join passages p on p.id = c.passage_id
  join source_citations r on r.source_id = c.source_id join quote_selectors q on q.claim_id = c.id`;
const CITED_CLAIM = `select ${CITED}, c.source_id from claims c ${CITED_JOINS} where c.id = $1`;
const GROUP = 'select conflict_id, stance from conflict_claims where claim_id = $1 order by conflict_id limit 1';
const PEERS = `select ${CITED}, m.stance from conflict_claims m join claims c on c.id = m.claim_id ${CITED_JOINS}
  where m.conflict_id = $1 and m.source_id <> $2 order by m.claim_id limit $3`;
const COUNTS = 'select stance, count(*) from conflict_claims where conflict_id = $1 and source_id <> $2 group by stance';

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
      cited: async (id) => (await rows('bench_cited', CITED_CLAIM, [id]))[0],
      group: async (id) => (await rows('bench_group', GROUP, [id]))[0],
      peers: (conflict, source, limit) => rows('bench_peers', PEERS, [conflict, source, limit]),
      counts: (conflict, source) => rows('bench_counts', COUNTS, [conflict, source]),
    };
  }
  const sqlite = (store as SqliteStore).handle.sqlite;
  const prepare = (sql: string) => sqlite.prepare(sql.replace(/\$\d/g, '?'));
  const one = prepare(ONE);
  const twenty = prepare(TWENTY);
  const [claim, proposition, conflict, members, cited, group, peers, counts] = [CLAIM, PROPOSITION, CONFLICT, MEMBERS, CITED_CLAIM, GROUP, PEERS, COUNTS].map(
    (sql) => prepare(sql).raw(true),
  );
  return {
    one: async (id) => one.get(id),
    twenty: async () => twenty.all(),
    claim: async (id) => claim!.get(id) as Row | undefined,
    proposition: async (key) => proposition!.get(key) as Row | undefined,
    conflict: async (id) => conflict!.get(id) as Row | undefined,
    members: async (id) => members!.all(id) as Row[],
    cited: async (id) => cited!.get(id) as Row | undefined,
    group: async (id) => group!.get(id) as Row | undefined,
    peers: async (conflict, source, limit) => peers!.all(conflict, source, limit) as Row[],
    counts: async (conflict, source) => counts!.all(conflict, source) as Row[],
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

/** One citation from a CITED row, in the API's shape (the CSL item and Web Annotation target by the same pure helpers). */
function citationOf(r: Row, stance: string, baseUrl: string) {
  const source = {
    id: r[1] as string,
    title: r[2] as string,
    authors: json(r[3]) as string[],
    publisher: r[4] as string | null,
    url: r[5] as string | null,
    publishedAt: r[6] as string | null,
    language: r[7] as string,
    contentHash: r[8],
    characterCount: r[9],
    claimCount: r[10],
    createdAt: r[11],
  };
  const selectors = [
    { type: 'TextQuoteSelector' as const, exact: r[23] as string, prefix: r[24] as string, suffix: r[25] as string },
    { type: 'TextPositionSelector' as const, start: r[26] as number, end: r[27] as number },
  ] as const;
  const target = resourceWithSelectors([selectors[0], selectors[1]], {
    textUrl: `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}/text`,
    articleUrl: source.url,
    language: source.language,
  });
  return {
    claimId: r[0],
    stance,
    source,
    passage: { id: r[12], sourceId: r[13], start: r[14], end: r[15], text: r[16], prefix: r[17], suffix: r[18], paragraph: r[19] },
    selectors: [...target.selector],
    target,
    csl: cslItem(source),
    formatted: { apa: r[20], mla: r[21], chicago: r[22] },
  };
}

/** GET /v1/claims/{id}/citations by hand (first page of 20, references and selectors as stored at ingest). */
async function citationsBody(id: string, baseUrl: string): Promise<string | undefined> {
  const own = await query.cited(id);
  if (!own) return undefined;
  const mine = await query.group(id);
  const citations = [citationOf(own, 'primary', baseUrl)];
  const counts = { corroborating: 0, contradicting: 0 };
  let nextCursor: string | null = null;
  if (mine) {
    const peers = await query.peers(mine[0] as string, own[28] as string, 21);
    for (const p of peers.slice(0, 20)) citations.push(citationOf(p, p[28] === mine[1] ? 'corroborating' : 'contradicting', baseUrl));
    if (peers.length > 20) nextCursor = Buffer.from(JSON.stringify([peers[19]![0]])).toString('base64url');
    for (const [stance, n] of await query.counts(mine[0] as string, own[28] as string))
      counts[stance === mine[1] ? 'corroborating' : 'contradicting'] += Number(n);
  }
  return JSON.stringify({ claimId: id, citations, counts, nextCursor });
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
  ['/api-citations/:id', citationsBody],
] as const) {
  bare.get<{ Params: { id: string } }>(path, async (request, reply) => {
    const json = await body(request.params.id, `${request.protocol}://${request.host}`);
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
const conflict = await first<{ id: string; claims: Array<{ claimId: string }> }>('/v1/conflicts?status=all&limit=1');
// A claim cited with peers: a member of that conflict.
const cited = conflict.claims[0]!.claimId;
// The references must answer exactly what the API answers, or the comparison means nothing.
for (const [apiPath, barePath] of [
  [`/v1/claims/${claim.id}`, `/api-claim/${claim.id}`],
  [`/v1/conflicts/${conflict.id}`, `/api-conflict/${conflict.id}`],
  [`/v1/claims/${cited}/citations`, `/api-citations/${cited}`],
  [`/v1/claims/${claim.id}/citations`, `/api-citations/${claim.id}`],
] as const) {
  const [fromApi, fromBare] = await Promise.all([app.inject(apiPath), bare.inject(barePath)]);
  if (fromApi.statusCode !== 200 || fromApi.body !== fromBare.body) {
    console.error(`${barePath} does not answer what ${apiPath} answers:\n${fromBare.body}\n${fromApi.body}`);
    process.exit(1);
  }
}
const portOf = (s: typeof app.server) => (s.address() as { port: number }).port;
console.log(
  JSON.stringify({
    api: portOf(app.server),
    bare: portOf(bare.server),
    claim: claim.id,
    passage: claim.passageId,
    source: source.id,
    conflict: conflict.id,
    cited,
  }),
);

process.on('SIGTERM', async () => {
  await app.close();
  await bare.close();
  await store.close();
  process.exit(0);
});
