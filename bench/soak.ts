/**
 * Soak: mixed traffic against a real server process for a fixed time, reported per interval.
 *   npm run bench:soak                         10 minutes, results in bench/results/soak.md
 *   npm run bench:soak -- --minutes 30         any duration (fractions allowed)
 *   npm run bench:soak -- --smoke              90 s in 15 s intervals, results in bench/results/soak-smoke.md
 * Options: --minutes N, --interval SECONDS (default 60), --connections N (default 8), --out FILE, --smoke.
 *
 * The server runs in its own process (`node --import tsx src/server.ts`) on a throwaway SQLite
 * database in a new temp directory, seeded with the seed articles as on any empty start. This
 * process is the load generator: with `taskset` and two or more cores, the server is pinned to
 * core 0 and this process to core 1. Traffic goes only to 127.0.0.1. Each connection runs a
 * closed loop (one request at a time) that stops by itself when the time is up:
 *   90 % reads, spread evenly over /v1/sources, /v1/sources/{id}, /v1/claims?limit=20,
 *        /v1/claims/{id}, /v1/claims/{id}/citations, /v1/conflicts, /v1/conflicts/{id},
 *        /v1/metrics and /v1/claims?q=WORD (full-text search);
 *    8 % new articles that restate figures already stored: paragraphs of a seed article that
 *        state figures, in another order, with other framing sentences, title and publisher
 *        (the seed's publication date kept, so relative periods resolve alike) — every
 *        article joins the same propositions, so conflict groups keep growing;
 *    2 % deletes of articles this run created (the seed articles stay).
 * Per interval: requests/s, p50/p99 latency, server RSS (VmRSS from /proc/<pid>/status), server
 * CPU time per request, 4xx, 5xx by status (503 and 507 are allowed answers to overload or a
 * full disk; any other 5xx or a failed connection is a failure), and the largest conflict group.
 * Requests answered 503/507 are counted apart and left out of requests/s and latency (they are
 * answered at once and would flatter both); after one, that connection waits as Retry-After says
 * (at most 10 s), as a well-behaved client would.
 * At the end: p99 of the last interval against the first (the bar: at most 1.5×). Exits 1 when
 * any 5xx other than 503/507 or a connection failure occurred. The server is killed however the
 * run ends (Ctrl-C included).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './free-port.js';
import { hasTaskset, pinning } from './pinning.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const KEY = 'soak-bench-key-0123456789abcdef';
const HEALTH_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 60_000;
const P99_BAR = 1.5;

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    minutes: { type: 'string' },
    interval: { type: 'string' },
    connections: { type: 'string' },
    out: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = opts.smoke ?? false;
const minutes = Number(opts.minutes ?? (smoke ? 1.5 : 10));
const intervalS = Number(opts.interval ?? (smoke ? 15 : 60));
const connections = Number(opts.connections ?? 8);
const outFile = resolve(opts.out ?? join(HERE, 'results', smoke ? 'soak-smoke.md' : 'soak.md'));
for (const [name, v] of [
  ['--minutes', minutes],
  ['--interval', intervalS],
  ['--connections', connections],
] as const) {
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`${name} must be a positive number`);
    process.exit(2);
  }
}
const durationMs = Math.round(minutes * 60_000);
const intervalMs = Math.round(intervalS * 1000);

// ---------------------------------------------------------------- articles that restate figures

interface Seed {
  file: string;
  id: string;
  title: string;
  publishedAt: string | null;
}
const seedMeta = JSON.parse(readFileSync(join(ROOT, 'seeds', 'sources.json'), 'utf8')) as { sources: Seed[] };
/** Per seed: its paragraphs that state a figure (the paragraph keeps the context naming the parties). */
const seeds = seedMeta.sources
  .map((s) => {
    const text = readFileSync(join(ROOT, 'seeds', s.file), 'utf8');
    const paragraphs = text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => /\d/.test(p) && p.length > 60);
    const words = [...new Set(text.toLowerCase().match(/\p{L}{6,}/gu) ?? [])];
    return { ...s, paragraphs, words };
  })
  .filter((s) => s.paragraphs.length > 0);
const searchWords = [
  'trade',
  'billion',
  'percent',
  'exports',
  'gas',
  'yuan',
  'oil',
  'growth',
  'pipeline',
  'investment',
  ...seeds.flatMap((s) => s.words.slice(0, 40)),
];

const PUBLISHERS = [
  'Harbour Ledger',
  'The Steppe Review',
  'Northern Dispatch',
  'Eastern Trade Monitor',
  'Caspian Wire',
  'Policy Brief Weekly',
  'Atlas Economic Notes',
  'The Continental Desk',
  'Market Compass',
  'Border Affairs Journal',
];
const AUTHORS = ['Mara Quint', 'Tomas Ivel', 'Lena Osk', 'Rafi Denholm', 'Ines Vater', 'Jon Aldous', 'Priya Callan', 'Ola Brandt'];
const OPENERS = [
  'This briefing gathers the figures most often quoted about the relationship.',
  'Analysts keep returning to the same handful of numbers.',
  'What follows restates the figures behind the headlines.',
  'The partnership is easier to judge by its numbers than by its speeches.',
  'Officials on both sides cite these figures when they describe the ties.',
  'A short reminder of where the numbers stand.',
];
const CLOSERS = [
  'Whether these trends hold remains an open question.',
  'Observers expect the debate over these figures to continue.',
  'Neither side has disputed the figures publicly.',
  'The picture may change as new data are released.',
  'Readers should treat projections with the usual caution.',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A word with no digits that makes each article's text (and so its content hash) unique. */
function tag(n: number): string {
  let s = '';
  do {
    s += LETTERS[n % 26];
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

let articleNo = 0;
function newArticle(): Record<string, unknown> {
  const n = articleNo++;
  const seed = pick(seeds);
  const count = Math.min(seed.paragraphs.length, 2 + Math.floor(Math.random() * 3));
  const body = shuffled(seed.paragraphs).slice(0, count);
  const publisher = pick(PUBLISHERS);
  const text = [pick(OPENERS), ...body, `${pick(CLOSERS)} Reference ${tag(n)}.`].join('\n\n');
  return {
    id: `soak-${Date.now().toString(36)}-${tag(n)}`,
    title: `${seed.title} (${publisher} summary ${tag(n)})`,
    authors: [pick(AUTHORS)],
    publisher,
    publishedAt: seed.publishedAt,
    text,
  };
}

// ---------------------------------------------------------------- the server process

const { cores, pinned } = pinning(); // read before pinning narrows this process to one core

const scratch = mkdtempSync(join(tmpdir(), 'soak-'));
const port = await freePort();
const HOST = '127.0.0.1';
const serverLogPath = join(scratch, 'server.log');
const serverLog = createWriteStream(serverLogPath);
const nodeArgs = ['--import', 'tsx', 'src/server.ts'];
// taskset execs node in place, so the child's pid is the server's pid (what /proc is read for).
const server: ChildProcess = spawn(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs, {
  cwd: ROOT,
  env: {
    ...process.env,
    DATABASE_URL: join(scratch, 'soak.db'),
    API_KEYS: KEY,
    WRITE_RATE_LIMIT: '100000',
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout!.pipe(serverLog);
server.stderr!.pipe(serverLog);
const killNow = () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
};
process.on('exit', killNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: server killed, run abandoned (server log: ${serverLogPath})`);
    killNow();
    process.exit(130);
  });
}
if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

function stopServer(): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      done();
    });
    server.kill('SIGTERM');
  });
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
/** User + system CPU time of the server process so far, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

// ---------------------------------------------------------------- HTTP

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
interface Answer {
  status: number;
  body: string;
  ms: number;
  retryAfter: string | undefined;
}
function request(method: string, path: string, payload?: unknown): Promise<Answer> {
  return new Promise((done, fail) => {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (method !== 'GET') headers.authorization = `Bearer ${KEY}`;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const started = performance.now();
    const req = http.request({ host: HOST, port, method, path, agent, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
          retryAfter: res.headers['retry-after'],
        }),
      );
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', fail);
    req.end(body);
  });
}
const json = <T>(a: Answer): T => JSON.parse(a.body) as T;

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode} before /health answered`);
    try {
      if ((await request('GET', '/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/health did not answer within ${HEALTH_TIMEOUT_MS / 1000}s`);
}

// ---------------------------------------------------------------- ids the reads use

const sourceIds: string[] = [];
const claimIds: string[] = [];
let conflictIds: string[] = [];
/** Sources this run created (only these are deleted), with their claims. */
const created = new Map<string, string[]>();

async function listAll<T>(path: string, cap: number): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const a = await request('GET', `${path}${sep}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (a.status !== 200) throw new Error(`${path}: ${a.status} ${a.body.slice(0, 200)}`);
    const page = json<{ data: T[]; nextCursor: string | null }>(a);
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor && out.length < cap);
  return out;
}

interface GroupStats {
  conflicts: number | string;
  largest: number | string;
}
/**
 * Conflicts and their sizes (not part of the measured traffic); also refreshes the conflict ids.
 * An overloaded server may shed this listing too: then the sizes are unknown for the interval.
 */
async function conflictStats(): Promise<GroupStats> {
  try {
    const all = await listAll<{ id: string; claims: unknown[] }>('/v1/conflicts?status=all', 20_000);
    conflictIds = all.map((c) => c.id);
    return { conflicts: all.length, largest: all.reduce((m, c) => Math.max(m, c.claims.length), 0) };
  } catch (err) {
    if (/^\/v1\/conflicts\S*: 50[37] /.test((err as Error).message)) return { conflicts: '(shed)', largest: '(shed)' };
    throw err;
  }
}

function removeFrom(list: string[], ids: Set<string>): void {
  let w = 0;
  for (const id of list) if (!ids.has(id)) list[w++] = id;
  list.length = w;
}

// ---------------------------------------------------------------- the traffic

type Op = 'sources' | 'source' | 'claims' | 'claim' | 'citations' | 'conflicts' | 'conflict' | 'metrics' | 'search' | 'post' | 'delete';
const READS: Op[] = ['sources', 'source', 'claims', 'claim', 'citations', 'conflicts', 'conflict', 'metrics', 'search'];

function chooseOp(): Op {
  const r = Math.random();
  if (r < 0.02) return created.size > 0 ? 'delete' : 'post';
  if (r < 0.1) return 'post';
  return READS[Math.floor(Math.random() * READS.length)]!;
}

interface Bucket {
  latencies: number[];
  requests: number;
  byOp: Map<Op, number>;
  client4xx: number;
  allowed5xx: Map<number, number>;
  failed5xx: Map<number, number>;
  networkErrors: number;
}
const newBucket = (): Bucket => ({
  latencies: [],
  requests: 0,
  byOp: new Map(),
  client4xx: 0,
  allowed5xx: new Map(),
  failed5xx: new Map(),
  networkErrors: 0,
});
const opLatencies = new Map<Op, number[]>();
const failureSamples: string[] = [];
let bucket = newBucket();

/** One request of the given kind, recorded in the current interval; returns how long to wait before the next one (ms). */
async function runOp(op: Op): Promise<number> {
  let method = 'GET';
  let path: string;
  let payload: unknown;
  let deleting: [string, string[]] | undefined;
  switch (op) {
    case 'sources':
      path = '/v1/sources';
      break;
    case 'source':
      path = `/v1/sources/${encodeURIComponent(pick(sourceIds))}`;
      break;
    case 'claims':
      path = '/v1/claims?limit=20';
      break;
    case 'claim':
      path = `/v1/claims/${encodeURIComponent(pick(claimIds))}`;
      break;
    case 'citations':
      path = `/v1/claims/${encodeURIComponent(pick(claimIds))}/citations`;
      break;
    case 'conflicts':
      path = '/v1/conflicts';
      break;
    case 'conflict':
      path = conflictIds.length ? `/v1/conflicts/${encodeURIComponent(pick(conflictIds))}` : '/v1/conflicts?status=all';
      break;
    case 'metrics':
      path = '/v1/metrics';
      break;
    case 'search':
      path = `/v1/claims?limit=20&q=${encodeURIComponent(pick(searchWords))}`;
      break;
    case 'post':
      method = 'POST';
      path = '/v1/sources';
      payload = newArticle();
      break;
    case 'delete': {
      const id = pick([...created.keys()]);
      const claims = created.get(id)!;
      // Forget it before the request, so no read picks ids that are about to go.
      created.delete(id);
      removeFrom(sourceIds, new Set([id]));
      removeFrom(claimIds, new Set(claims));
      deleting = [id, claims];
      method = 'DELETE';
      path = `/v1/sources/${encodeURIComponent(id)}`;
      break;
    }
  }
  const b = bucket;
  let answer: Answer;
  try {
    answer = await request(method, path, payload);
  } catch (err) {
    b.networkErrors++;
    if (failureSamples.length < 10) failureSamples.push(`${method} ${path}: ${(err as Error).message}`);
    return 0;
  }
  const s = answer.status;
  if (deleting && s !== 204 && s !== 404) {
    // Not deleted (shed, refused or failed): the source is still there to read and delete.
    created.set(deleting[0], deleting[1]);
    sourceIds.push(deleting[0]);
    claimIds.push(...deleting[1]);
  }
  if (s === 503 || s === 507) {
    // Shed or refused: counted apart, not in throughput or latency; the connection then waits as
    // told (Retry-After, at most 10 s; 1 s without one), as a well-behaved client would.
    b.allowed5xx.set(s, (b.allowed5xx.get(s) ?? 0) + 1);
    const wait = Number(answer.retryAfter);
    return Number.isFinite(wait) && wait >= 0 ? Math.min(wait, 10) * 1000 : 1000;
  }
  b.requests++;
  b.latencies.push(answer.ms);
  b.byOp.set(op, (b.byOp.get(op) ?? 0) + 1);
  let lat = opLatencies.get(op);
  if (!lat) opLatencies.set(op, (lat = []));
  lat.push(answer.ms);
  if (s >= 500) {
    b.failed5xx.set(s, (b.failed5xx.get(s) ?? 0) + 1);
    if (failureSamples.length < 10) failureSamples.push(`${method} ${path}: ${s} ${answer.body.slice(0, 200)}`);
  } else if (s >= 400) {
    b.client4xx++;
  } else if (op === 'post' && s === 201) {
    const r = json<{ source: { id: string }; claims: Array<{ id: string }> }>(answer);
    const ids = r.claims.map((c) => c.id);
    created.set(r.source.id, ids);
    sourceIds.push(r.source.id);
    claimIds.push(...ids);
  }
  return 0;
}

let stopAt = 0;
const serverGone = () => server.exitCode !== null || server.signalCode !== null;
async function loop(): Promise<void> {
  // A dead server would turn every loop into a spin of refused connections: stop at once instead.
  while (Date.now() < stopAt && !serverGone()) {
    const wait = await runOp(chooseOp());
    if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, stopAt - Date.now())));
  }
}

// ---------------------------------------------------------------- report

const quantile = (sorted: number[], q: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
const fmtMap = (m: Map<number, number>): string => (m.size ? [...m].map(([k, v]) => `${k}×${v}`).join(' ') : '0');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

interface Row {
  label: string;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  rss: number;
  peak: number;
  cpuPerReq: number;
  writes: number;
  deletes: number;
  client4xx: number;
  allowed5xx: string;
  failed5xx: string;
  failures: number;
  sources: number;
  groups: GroupStats;
}

let exitCode = 0;
try {
  await waitForHealth();
  const pid = server.pid!;
  console.log(`server pid ${pid} at http://${HOST}:${port}, database and log in ${scratch}`);
  console.log(
    pinned
      ? 'pinned: server on core 0, load generator (this process) on core 1 (taskset)'
      : `not pinned (${hasTaskset() ? 'fewer than 2 cores' : 'no taskset'}): server and load generator share the cores`,
  );
  sourceIds.push(...(await listAll<{ id: string }>('/v1/sources', 100_000)).map((s) => s.id));
  claimIds.push(...(await listAll<{ id: string }>('/v1/claims', 100_000)).map((c) => c.id));
  const startGroups = await conflictStats();
  if (typeof startGroups.largest !== 'number') throw new Error('the server shed the first conflict listing');
  console.log(`seeded: ${sourceIds.length} sources, ${claimIds.length} claims, ${startGroups.conflicts} conflicts (largest ${startGroups.largest} claims)`);
  if (!claimIds.length) throw new Error('the seeded store has no claims');

  // Warm-up (not recorded): each read a few times, so the first interval is not the JIT's.
  for (let i = 0; i < 5; i++) for (const op of READS) await runOp(op);
  bucket = newBucket();
  opLatencies.clear();

  console.log(`soak: ${minutes} min in ${intervalS} s intervals, ${connections} connections (closed loop), 90 % reads / 8 % new articles / 2 % deletes`);
  const header = `${'t'.padStart(6)} ${'served/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'RSS MB'.padStart(7)} ${'CPU ms/req'.padStart(10)} ${'4xx'.padStart(5)} ${'503/507'.padStart(9)} ${'other 5xx'.padStart(9)} ${'sources'.padStart(7)} ${'largest group'.padStart(13)}`;
  console.log(header);
  const rows: Row[] = [];
  const started = Date.now();
  stopAt = started + durationMs;
  const loops = Promise.all(Array.from({ length: connections }, loop));
  let aborted: string | undefined;
  let cpuBefore = cpuMs(pid);
  let boundary = started;
  while (boundary < stopAt) {
    const next = Math.min(boundary + intervalMs, stopAt);
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    if (serverGone()) {
      // Killed or crashed (by anything, another user's `pkill` included): keep what was measured.
      aborted = `the server exited after ${((Date.now() - started) / 60_000).toFixed(2)} min (code ${server.exitCode}, signal ${server.signalCode})`;
      await loops;
      break;
    }
    if (next >= stopAt) await loops; // the last interval ends when every loop has stopped
    const b = bucket;
    bucket = newBucket();
    const end = Date.now();
    const cpuNow = cpuMs(pid);
    const mem = rssMb(pid);
    const groups = await conflictStats();
    const sorted = b.latencies.sort((x, y) => x - y);
    const seconds = (end - boundary) / 1000;
    const row: Row = {
      label: `${((end - started) / 60_000).toFixed(2)}`,
      seconds,
      rps: b.requests / seconds,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      rss: mem.rss,
      peak: mem.peak,
      cpuPerReq: b.requests ? (cpuNow - cpuBefore) / b.requests : NaN,
      writes: b.byOp.get('post') ?? 0,
      deletes: b.byOp.get('delete') ?? 0,
      client4xx: b.client4xx,
      allowed5xx: fmtMap(b.allowed5xx),
      failed5xx: fmtMap(b.failed5xx),
      failures: [...b.failed5xx.values()].reduce((a, c) => a + c, 0) + b.networkErrors,
      sources: sourceIds.length,
      groups,
    };
    rows.push(row);
    cpuBefore = cpuMs(pid);
    boundary = Date.now();
    console.log(
      `${row.label.padStart(6)} ${f1(row.rps).padStart(8)} ${f1(row.p50).padStart(8)} ${f1(row.p99).padStart(8)} ${f1(row.rss).padStart(7)} ${f1(row.cpuPerReq).padStart(10)} ${String(row.client4xx).padStart(5)} ${row.allowed5xx.padStart(9)} ${(row.failed5xx + (b.networkErrors ? ` +${b.networkErrors} conn` : '')).padStart(9)} ${String(row.sources).padStart(7)} ${String(row.groups.largest).padStart(13)}`,
    );
  }
  agent.destroy();
  if (aborted) console.error(`run ended early: ${aborted}`);
  if (!rows.length) throw new Error(aborted ?? 'no interval was measured');

  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const ratio = last.p99 / first.p99;
  const failures = rows.reduce((a, r) => a + r.failures, 0);
  const verdict = ratio <= P99_BAR ? 'within' : 'OVER';
  console.log(`\np99 end/start: ${last.p99.toFixed(1)} / ${first.p99.toFixed(1)} ms = ${ratio.toFixed(2)}× (${verdict} the ${P99_BAR}× bar)`);
  console.log(`failures (5xx other than 503/507, or connection errors): ${failures}`);
  for (const s of failureSamples) console.log(`  ${s}`);

  const perOp = [...opLatencies]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, l]) => {
      const s = l.sort((x, y) => x - y);
      return `| ${op} | ${s.length} | ${f1(quantile(s, 0.5))} | ${f1(quantile(s, 0.99))} | ${f1(s[s.length - 1]!)} |`;
    });
  const cpuInfo = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const md = [
    `# Soak${smoke ? ' (smoke run — too short to judge drift)' : ''}`,
    '',
    `Run ${new Date(started).toISOString()}: ${minutes} min, ${intervalS} s intervals, ${connections} connections (closed loop), ` +
      `90 % reads / 8 % new articles restating stored figures / 2 % deletes; ` +
      `${pinned ? 'server pinned to core 0, load generator to core 1' : 'not pinned'}; ` +
      `node ${process.version}, ${cores} cores, load average at the end ${cpuInfo}.`,
    '',
    '| end of interval (min) | served req/s | p50 ms | p99 ms | server RSS MB | server CPU ms/req | writes | deletes | 4xx | shed 503/507 | other 5xx / conn errors | sources | conflicts | largest group |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${f1(r.rps)} | ${f1(r.p50)} | ${f1(r.p99)} | ${f1(r.rss)} | ${r.cpuPerReq.toFixed(2)} | ${r.writes} | ${r.deletes} | ${r.client4xx} | ${r.allowed5xx} | ${r.failures} | ${r.sources} | ${r.groups.conflicts} | ${r.groups.largest} |`,
    ),
    '',
    ...(aborted ? [`**Run ended early: ${aborted}.**`, ''] : []),
    `p99 at the end against the start: ${f1(last.p99)} / ${f1(first.p99)} ms = **${ratio.toFixed(2)}×** (${verdict} the ${P99_BAR}× bar). ` +
      `Peak server RSS ${f1(Math.max(...rows.map((r) => r.peak)))} MB. Failures (5xx other than 503/507, connection errors): **${failures}**.`,
    '',
    '| operation | requests | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|',
    ...perOp,
    '',
  ].join('\n');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, md);
  console.log(`results: ${outFile}`);
  if (failures > 0 || aborted) exitCode = 1;
} catch (err) {
  exitCode = 1;
  console.error(err instanceof Error ? err.message : err);
  console.error(`server log: ${serverLogPath}`);
} finally {
  agent.destroy();
  await stopServer();
}
const serverErrors = readFileSync(serverLogPath, 'utf8')
  .split('\n')
  .filter((l) => /"level":(50|60)/.test(l)).length;
if (serverErrors) console.log(`server logged ${serverErrors} error lines: ${serverLogPath}`);
process.exit(exitCode);
