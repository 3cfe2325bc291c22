/**
 * How reads and ingest hold up as the store grows. Builds one SQLite store through the bulk
 * import path (`importNdjson`, what `npm run import` runs) in steps up to each size of
 * BENCH_SIZES (default 1000,10000,100000 sources of the synthetic corpus in bench/corpus.ts),
 * and at each size starts the compiled server (dist/server.js, built first) in its own process and times every read endpoint over one
 * keep-alive connection, one request at a time, from a load generator in a third process
 * (bench/read-client.ts); with taskset and two cores the server is pinned to core 0 and the load generator to core 1.
 *
 * Reports per size: p50/p99 latency and server CPU per request of each read, database bytes per source, ingest MB/s of
 * article text for the step that reached the size, and the server's idle and peak RSS (from
 * /proc). Writes bench/results/scale.md.
 *
 * Run: npm run bench:scale   (BENCH_SIZES=1000,10000 for a shorter run; BENCH_REQUESTS=200 per endpoint)
 * BENCH_KEEP=1 keeps the store it built; BENCH_DB=path times the reads on that store instead of
 * building one (one size in BENCH_SIZES, the number of synthetic sources it holds; pending
 * migrations are applied to it, so point it at a copy). Ingest rows are then left empty.
 * BENCH_ONLY=text times only the reads whose name contains the text (e.g. `conflicts`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { followUpParagraph, prng, syntheticArticle } from './corpus.js';
import { readManifest, SEEDS_DIR } from '../src/services/seeding.js';
import { freePort } from './free-port.js';
import { onCore, pinning } from './pinning.js';
import { importNdjson } from '../src/services/import-ndjson.js';
import { PreparePool } from '../src/services/prepare-pool.js';
import { openStore } from '../src/store/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const REAL = Number(process.env.BENCH_REAL_ARTICLES ?? 200);
/**
 * News-length articles each extraction worker prepares (and nothing stores) before anything is
 * timed. A fresh process extracts news text at about half its steady speed until the JIT has
 * compiled the extractor's hot paths, about a hundred articles in: without this warm-up the
 * first size's news-length row measured mostly that, and the later sizes did not. The cost of a
 * cold start (an `npm run import` of a small file pays it once per worker) is reported apart.
 */
const WARM_ARTICLES = Number(process.env.BENCH_WARM_ARTICLES ?? 120);
/** Times only the reads whose name contains this text (e.g. `conflicts`). */
const ONLY = process.env.BENCH_ONLY;
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench/results/scale.md');
if (SIZES.some((n, i) => !Number.isInteger(n) || n < 1 || (i > 0 && n <= SIZES[i - 1]!))) {
  console.error('BENCH_SIZES must be increasing positive integers, e.g. 1000,10000,100000');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'scale-'));
const reuse = process.env.BENCH_DB;
if (reuse && SIZES.length !== 1) {
  console.error('BENCH_DB times one store: give its size alone in BENCH_SIZES');
  process.exit(2);
}
const dbPath = reuse ? resolve(reuse) : join(scratch, 'scale.db');
const keep = process.env.BENCH_KEEP === '1';
// The reads are timed against the compiled server: build it from the current sources first.
execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });

/** The publication date makes every article's figures explicit-year claims. */
function articleLine(i: number): string {
  const a = syntheticArticle(i);
  return JSON.stringify({
    title: a.title,
    publisher: `Desk ${i % 97}`,
    authors: [`Reporter ${i % 389}`],
    publishedAt: '2025-06-01',
    url: `https://news.example/${i}`,
    text: a.text,
  });
}

const seeds = readManifest().map((m) => ({ ...m, text: readFileSync(join(SEEDS_DIR, m.file), 'utf8') }));
let realCount = 0;

/** A news-length article for the warm-up: the seed article with a paragraph no timed article has. */
function warmUpArticle(n: number) {
  const seed = seeds[n % seeds.length]!;
  return {
    title: `${seed.title} (warm-up ${n})`,
    authors: seed.authors,
    publisher: seed.publisher,
    publishedAt: seed.publishedAt,
    text: `${seed.text}\n${followUpParagraph(n, 17).text}`,
  };
}

/** A news-length article: a seed article (9–20 kB) with a paragraph of new figures that makes it unique. */
function realArticleLine(): string {
  const n = realCount++;
  const seed = seeds[n % seeds.length]!;
  return JSON.stringify({
    title: `${seed.title} (${n})`,
    authors: seed.authors,
    publisher: seed.publisher,
    publishedAt: seed.publishedAt,
    text: `${seed.text}\n${followUpParagraph(n, 11).text}`,
  });
}

interface Step {
  size: number;
  ingestMBps: number;
  ingestCpuMBps: number;
  realMBps: number;
  realCpuMBps: number;
  realImporterCpuPerMB: number;
  realWorkersCpuPerMB: number;
  ingestSeconds: number;
  articlesPerSecond: number;
  bytesPerSource: number;
  claims: number;
  conflicts: number;
  idleRssMB: number;
  peakRssMB: number;
  reads: Array<{ name: string; p50: number; p99: number; bytes: number; cpuMs: number }>;
}

/**
 * One pool of extraction workers for the whole run, as one long `npm run import` has: the steps
 * measure ingest with the workers started and warm, as the in-process extractor was before.
 */
const pool = new PreparePool({ idleMs: 3_600_000 });
// Started and loaded before the first step is timed (the citation styles too, since the import
// formats references): the steps measure importing, not starting tsx or compiling styles.
await pool.warm({ references: true });

/** CPU seconds in clock ticks (100 per second on Linux): utime, stime and, for this process, cutime and cstime of exited children. */
function ticksOf(pid: number | 'self', fields: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return f.slice(11, 11 + fields).reduce((sum, x) => sum + Number(x), 0);
  } catch {
    return 0; // exited meanwhile: counted in cutime/cstime once reaped
  }
}

/** CPU seconds of this process, its extraction workers (alive now) and its exited children, from /proc. */
function cpuSecondsWithWorkers(): number {
  return importerCpuSeconds() + workersCpuSeconds();
}
const importerCpuSeconds = () => ticksOf('self', 4) / 100;
const workersCpuSeconds = () => pool.pids.reduce((sum, pid) => sum + ticksOf(pid, 2), 0) / 100;

/** CPU-seconds per MB of the workers preparing the warm-up articles: a cold start's cost. */
const warmUp = await (async () => {
  if (reuse || WARM_ARTICLES <= 0) return undefined;
  const inputs = Array.from({ length: WARM_ARTICLES * pool.size }, (_, i) => warmUpArticle(i));
  const bytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const before = workersCpuSeconds();
  await Promise.all(inputs.map((input) => pool.prepare(input, { references: true })));
  return { articles: inputs.length, cpuPerMB: (workersCpuSeconds() - before) / (bytes / 1e6) };
})();

/** Imports lines through the bulk path; MB/s of text by the clock and per CPU-second of the importer with its extraction workers. */
async function importLines(name: string, count: number, line: (i: number) => string, label: string) {
  const file = join(scratch, name);
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) if (!out.write(`${line(i)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(r));
  const store = await openStore(dbPath);
  try {
    let last = 0;
    const cpu = cpuSecondsWithWorkers();
    const importerCpu = importerCpuSeconds();
    const summary = await importNdjson(store, file, {
      prepare: pool.prepare,
      onProgress: (p) => {
        const done = p.created + p.duplicates + p.rejected;
        if (done - last >= 5000 || done === count) {
          last = done;
          process.stderr.write(`  ${label}: ${done}/${count}\n`);
        }
      },
    });
    const cpuSeconds = cpuSecondsWithWorkers() - cpu;
    const importerSeconds = importerCpuSeconds() - importerCpu;
    if (summary.rejected > 0 || summary.duplicates > 0) throw new Error(`${label}: ${summary.rejected} refused, ${summary.duplicates} duplicates`);
    return { seconds: summary.seconds, textBytes: summary.textBytes, cpuSeconds, importerSeconds };
  } finally {
    await store.close();
    rmSync(file);
  }
}

const grow = (from: number, to: number) => importLines(`synthetic-${to}.ndjson`, to - from, (i) => articleLine(from + i), `synthetic to ${to}`);

function dbBytes(): number {
  return [dbPath, `${dbPath}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
}

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** With two cores and taskset, the server runs on core 0 and the reads' load generator on core 1. */
const { pinned } = pinning();
const withCore = (core: number, command: string, args: string[]) => onCore(pinned, core, command, args);

async function startServer(port: number): Promise<ChildProcess> {
  // The compiled server, as `npm run start:dist` runs it in production: memory and latency
  // are the server's own, not those of the TypeScript loader. taskset execs node in place, so
  // the child's pid is the server's (what /proc is read for).
  const [cmd, args] = withCore(0, process.execPath, ['--max-semi-space-size=4', 'dist/server.js']);
  const server = spawn(cmd, args, {
    cwd: ROOT,
    // No overload guard: on a shared machine it would answer 503 to a benchmark that waits its turn anyway.
    env: { ...process.env, DATABASE_URL: dbPath, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', API_KEYS: '', MAX_EVENT_LOOP_DELAY_MS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

async function json<T>(port: number, path: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function measureReads(size: number, port: number, serverPid: number): Promise<Step['reads']> {
  const rand = prng(size);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Ids to draw from: sources spread over the corpus, claims and conflicts of those sources.
  const sourceIds = Array.from({ length: 50 }, () => `trade-digest-1-${Math.floor(rand() * size)}`);
  const claimIds: string[] = [];
  const passageIds: string[] = [];
  for (const id of sourceIds.slice(0, 20)) {
    const claims = (await json<{ data: Array<{ id: string; passageId: string }> }>(port, `/v1/claims?sourceId=${id}&limit=5`)).data;
    claimIds.push(...claims.map((c) => c.id));
    passageIds.push(...claims.map((c) => c.passageId));
  }
  const conflictIds = (await json<{ data: Array<{ id: string }> }>(port, `/v1/conflicts?status=all&limit=100`)).data.map((c) => c.id);
  const derivedMetric = (await json<{ metric: string }>(port, `/v1/claims/${claimIds[0]}`)).metric;
  const targets: Array<[string, () => string]> = [
    ['GET /health', () => '/health'],
    ['GET /v1/sources?limit=20', () => '/v1/sources?limit=20'],
    ['GET /v1/sources/{id}', () => `/v1/sources/${pick(sourceIds)}`],
    ['GET /v1/sources/{id}/text', () => `/v1/sources/${pick(sourceIds)}/text`],
    ['GET /v1/passages/{id}', () => `/v1/passages/${pick(passageIds)}`],
    ['GET /v1/claims?limit=20', () => '/v1/claims?limit=20'],
    ['GET /v1/claims/{id}', () => `/v1/claims/${pick(claimIds)}`],
    ['GET /v1/claims?sourceId=', () => `/v1/claims?sourceId=${pick(sourceIds)}`],
    ['GET /v1/claims?metric= (popular)', () => '/v1/claims?metric=trade.china-russia.total'],
    ['GET /v1/claims?metric= (derived)', () => `/v1/claims?metric=${derivedMetric}`],
    ['GET /v1/claims?unit=t', () => '/v1/claims?unit=t'],
    ['GET /v1/claims?year=', () => `/v1/claims?year=${1990 + Math.floor(rand() * 36)}`],
    ['GET /v1/claims?year= (no match)', () => '/v1/claims?year=1850'],
    ['GET /v1/claims?measure=exports', () => '/v1/claims?measure=exports'],
    ['GET /v1/claims?entity=china', () => '/v1/claims?entity=china'],
    ['GET /v1/claims?q=billion (half the corpus)', () => '/v1/claims?q=billion'],
    ['GET /v1/claims?q=copper', () => '/v1/claims?q=copper'],
    ['GET /v1/claims?q=zambia+cobalt', () => '/v1/claims?q=zambia%20cobalt'],
    ['GET /v1/claims/{id}/citations', () => `/v1/claims/${pick(claimIds)}/citations`],
    ['GET /v1/metrics', () => '/v1/metrics'],
    ['GET /v1/conflicts', () => '/v1/conflicts'],
    ['GET /v1/conflicts?status=all', () => '/v1/conflicts?status=all'],
    ['GET /v1/conflicts?severity=major', () => '/v1/conflicts?severity=major'],
    ['GET /v1/conflicts?metric= (popular)', () => '/v1/conflicts?status=all&metric=trade.china-russia.total'],
    ['GET /v1/conflicts?year=', () => `/v1/conflicts?status=all&year=${1990 + Math.floor(rand() * 36)}`],
    ['GET /v1/conflicts?measure=exports', () => '/v1/conflicts?status=all&measure=exports'],
    ['GET /v1/conflicts/{id}', () => `/v1/conflicts/${pick(conflictIds)}`],
  ];
  // Timed by a load generator in its own process (bench/read-client.ts), pinned to the core the
  // server is not on: this process holds the importer's heap, whose collections would count as latency.
  const plan = targets
    .filter(([name]) => !ONLY || name.includes(ONLY))
    .map(([name, path]) => ({
      name,
      warm: Array.from({ length: Math.min(20, REQUESTS) }, path),
      paths: Array.from({ length: REQUESTS }, path),
    }));
  const planFile = join(scratch, 'reads.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const [cmd, args] = withCore(1, process.execPath, ['--import', 'tsx', 'bench/read-client.ts', String(port), String(serverPid), planFile]);
  const reads: Step['reads'] = [];
  await new Promise<void>((done, fail) => {
    const client = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let buffered = '';
    client.stdout.setEncoding('utf8');
    client.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const r = JSON.parse(buffered.slice(0, nl)) as Step['reads'][number];
        buffered = buffered.slice(nl + 1);
        reads.push(r);
        process.stderr.write(`  ${r.name}: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, server CPU ${r.cpuMs.toFixed(2)} ms\n`);
      }
    });
    client.on('error', fail);
    client.on('exit', (code) => (code === 0 ? done() : fail(new Error(`the read client exited with ${code}`))));
  });
  return reads;
}

const steps: Step[] = [];
let have = 0;
try {
  for (const size of SIZES) {
    process.stderr.write(`building ${size} sources…\n`);
    const none = { seconds: Number.NaN, textBytes: Number.NaN, cpuSeconds: Number.NaN };
    const { seconds, textBytes, cpuSeconds } = reuse ? none : await grow(have, size);
    have = size;
    // News-length articles into the store of this size (they stay: the next step starts from here).
    const real = REAL > 0 && !reuse ? await importLines(`real-${size}.ndjson`, REAL, realArticleLine, `news-length at ${size}`) : undefined;
    const store = await openStore(dbPath);
    const counts = { claims: 0, conflicts: 0 };
    if (store.engine === 'sqlite') {
      const { sqlite } = (store as unknown as { handle: { sqlite: import('better-sqlite3').Database } }).handle;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.exec('PRAGMA optimize');
      counts.claims = (sqlite.prepare('select count(*) n from claims').get() as { n: number }).n;
      counts.conflicts = (sqlite.prepare('select count(*) n from conflicts').get() as { n: number }).n;
    }
    await store.close();
    const bytesPerSource = dbBytes() / size;
    const port = await freePort();
    const server = await startServer(port);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const idle = memoryOf(server.pid!);
      const reads = await measureReads(size, port, server.pid!);
      const mem = memoryOf(server.pid!);
      steps.push({
        size,
        ingestMBps: textBytes / 1e6 / seconds,
        ingestCpuMBps: textBytes / 1e6 / cpuSeconds,
        realMBps: real ? real.textBytes / 1e6 / real.seconds : Number.NaN,
        realCpuMBps: real ? real.textBytes / 1e6 / real.cpuSeconds : Number.NaN,
        realImporterCpuPerMB: real ? real.importerSeconds / (real.textBytes / 1e6) : Number.NaN,
        realWorkersCpuPerMB: real ? (real.cpuSeconds - real.importerSeconds) / (real.textBytes / 1e6) : Number.NaN,
        ingestSeconds: seconds,
        articlesPerSecond: (size - (steps.at(-1)?.size ?? 0)) / seconds,
        bytesPerSource,
        ...counts,
        idleRssMB: idle.rss,
        peakRssMB: mem.peak,
        reads,
      });
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    writeReport();
  }
} finally {
  await pool.close();
  if (!keep) rmSync(scratch, { recursive: true, force: true });
  else process.stderr.write(`kept ${dbPath}\n`);
}

function writeReport() {
  const sizes = steps.map((s) => s.size.toLocaleString('en-US'));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    '# Scale benchmark',
    '',
    `Generated by \`npm run bench:scale\`${reuse ? ' (reads only, on a store built before)' : ''} on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end; the machine is shared, so absolute numbers vary between runs).`,
    'The store is SQLite, built through the bulk import path (`npm run import`) from the synthetic corpus in `bench/corpus.ts`',
    `(trade digests of about ten figures each, ≈ 0.75 kB of text). Reads: ${REQUESTS} requests per endpoint, one at a time over one`,
    'keep-alive connection, to the compiled server (`dist/server.js`) in its own process, after 20 warm-up requests; latency as the client sees it.',
    pinned
      ? 'The load generator is a process of its own (`bench/read-client.ts`), pinned to core 1 and the server to core 0; server CPU per request is read from /proc.'
      : 'The load generator is a process of its own (`bench/read-client.ts`); nothing is pinned (one core or no taskset). Server CPU per request is read from /proc.',
    'The import formats and stores references as it goes (its default), so citation reads format nothing.',
    'Ingest is timed with the extraction workers started and loaded; CPU-seconds are those of the importer and its workers (from /proc).',
    `The workers ran ${pool.compiled ? 'the compiled JavaScript in `dist/`' : 'the TypeScript sources under tsx'}; the importer runs under tsx.`,
    ...(warmUp
      ? [
          `Before anything is timed, the ${pool.size} workers prepare ${warmUp.articles} news-length articles (not stored) so the JIT has compiled the extractor:`,
          `${warmUp.cpuPerMB.toFixed(2)} CPU-seconds per MB, what a cold start (a small \`npm run import\`) spends on its first articles.`,
        ]
      : []),
    '',
    '## Store and ingest',
    '',
    row(['', ...sizes]),
    row(['---', ...sizes.map(() => '---:')]),
    row(['claims', ...steps.map((s) => s.claims.toLocaleString('en-US'))]),
    row(['conflict groups', ...steps.map((s) => s.conflicts.toLocaleString('en-US'))]),
    row(['database bytes per source', ...steps.map((s) => Math.round(s.bytesPerSource).toLocaleString('en-US'))]),
    row(['synthetic digests (≈ 0.75 kB): ingest of the step reaching this size, MB/s of text', ...steps.map((s) => s.ingestMBps.toFixed(2))]),
    row(['… the same per CPU-second of the importer and its extraction workers, MB/s', ...steps.map((s) => s.ingestCpuMBps.toFixed(2))]),
    row(['… articles/s', ...steps.map((s) => s.articlesPerSecond.toFixed(0))]),
    row([`news-length articles (seed articles + a new paragraph, ≈ 14 kB; ${REAL} at each size): MB/s of text`, ...steps.map((s) => s.realMBps.toFixed(2))]),
    row(['… the same per CPU-second of the importer and its extraction workers, MB/s', ...steps.map((s) => s.realCpuMBps.toFixed(2))]),
    row([
      '… CPU-seconds per MB: the importer / its extraction workers',
      ...steps.map((s) => `${s.realImporterCpuPerMB.toFixed(2)} / ${s.realWorkersCpuPerMB.toFixed(2)}`),
    ]),
    row(['server RSS idle (MB)', ...steps.map((s) => s.idleRssMB.toFixed(0))]),
    row(['server RSS peak (MB)', ...steps.map((s) => s.peakRssMB.toFixed(0))]),
    '',
    '## Reads: p50 / p99 in ms (one connection)',
    '',
    row(['endpoint', ...sizes]),
    row(['---', ...sizes.map(() => '---:')]),
    ...steps[0]!.reads.map((r, i) =>
      row([`\`${r.name.replace(/\|/g, '\\|')}\``, ...steps.map((s) => `${s.reads[i]!.p50.toFixed(2)} / ${s.reads[i]!.p99.toFixed(2)}`)]),
    ),
    '',
    '## Reads: server CPU per request in ms (from /proc) and kB per response',
    '',
    row(['endpoint', ...sizes]),
    row(['---', ...sizes.map(() => '---:')]),
    ...steps[0]!.reads.map((r, i) =>
      row([`\`${r.name.replace(/\|/g, '\\|')}\``, ...steps.map((s) => `${s.reads[i]!.cpuMs.toFixed(2)} · ${(s.reads[i]!.bytes / 1000).toFixed(1)} kB`)]),
    ),
    '',
  ];
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, lines.join('\n'));
  process.stderr.write(`wrote ${OUT}\n`);
}
