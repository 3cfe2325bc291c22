/**
 * What a read costs the server, against bare Fastify routes doing the same work by hand.
 *   npm run bench:http                      5 s per endpoint and repetition, results in bench/results/http.md
 *   BENCH_SECONDS=10 npm run bench:http     longer runs
 *   DATABASE_URL=postgres://… npm run bench:http   the PostgreSQL engine (an SQLite path works too)
 *
 * The server (bench/http-server.ts: the API and, in the same process, the bare reference routes)
 * runs in its own process; the load generator, autocannon's CLI, in another (10 connections, one
 * run per endpoint). With `taskset` and two or more cores the server is pinned to core 0 and the
 * load generator (and this process) to core 1, so they never share a core. For each endpoint:
 * requests/s and the server's CPU time per request (user + system from /proc/<pid>/stat, over the
 * run, divided by the requests answered), and that CPU time against its reference route's:
 * GET /v1/claims/{id}, /v1/conflicts/{id} and /v1/claims/{id}/citations against bare routes
 * that run the same SQL as the API by prepared statements and JSON.stringify the same body
 * (http-server.ts checks at start that the bodies are identical), sources and passages against
 * "one claim row by a prepared statement + JSON.stringify", lists against "20 claims by a
 * prepared statement", /health against the hello-world. Three
 * repetitions, interleaved (every endpoint once, then again), medians reported; a warm-up pass
 * runs first so nothing is measured while the JIT is still compiling. CPU per request is the
 * steadier figure on a shared machine: requests/s also depends on what else the cores run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';
import { onCore, pinning } from './pinning.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const CONNECTIONS = 10;
const OUT = join(ROOT, 'bench/results/http.md');

const { cores, pinned } = pinning(); // read before pinning narrows this process to one core
if (!pinned)
  console.warn(`notice: ${cores < 2 ? 'one core' : 'no taskset'}: server and load generator are not pinned to separate cores; ratios are less trustworthy.`);

const withCore = (core: number, command: string, args: string[]) => onCore(pinned, core, command, args);

// ------------------------------------------------------------------ server

const [apiPort, barePort] = [await freePort(), await freePort()];
// taskset execs node in place, so the child's pid is the server's (what /proc is read for).
const [cmd, args] = withCore(0, process.execPath, ['--import', 'tsx', 'bench/http-server.ts']);
const server = spawn(cmd, args, {
  cwd: ROOT,
  env: { ...process.env, API_PORT: String(apiPort), BARE_PORT: String(barePort) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const killNow = () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
};
process.on('exit', killNow);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => (killNow(), process.exit(130)));
if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

const ready = await new Promise<{ api: number; bare: number; claim: string; passage: string; source: string; conflict: string; cited: string }>(
  (done, fail) => {
    const lines = createInterface({ input: server.stdout! });
    lines.once('line', (line) => done(JSON.parse(line)));
    server.once('exit', (code) => fail(new Error(`the bench server exited (${code}) before it was ready`)));
  },
);
const pid = server.pid!;

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
/** User + system CPU time of the server process so far, in microseconds. */
function cpuMicros(): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLK_TCK;
}

// ------------------------------------------------------------------ targets

type Reference = 'hello' | 'one' | 'twenty' | 'claim' | 'conflict' | 'citations' | null;
interface Target {
  name: string;
  url: string;
  /** The bare route this one is held against; null for the bare routes themselves and extras. */
  against: Reference;
  bare?: Reference;
}
const api = `http://127.0.0.1:${ready.api}`;
const bare = `http://127.0.0.1:${ready.bare}`;
const allTargets: Target[] = [
  { name: 'bare: hello-world', url: `${bare}/hello`, against: null, bare: 'hello' },
  { name: 'bare: one claim row, prepared statement + JSON.stringify', url: `${bare}/claim/${ready.claim}`, against: null, bare: 'one' },
  { name: 'bare: GET /v1/claims/{id} by hand', url: `${bare}/api-claim/${ready.claim}`, against: null, bare: 'claim' },
  { name: 'bare: GET /v1/conflicts/{id} by hand', url: `${bare}/api-conflict/${ready.conflict}`, against: null, bare: 'conflict' },
  { name: 'bare: GET /v1/claims/{id}/citations by hand', url: `${bare}/api-citations/${ready.cited}`, against: null, bare: 'citations' },
  { name: 'bare: 20 claims, prepared statement', url: `${bare}/claims`, against: null, bare: 'twenty' },
  { name: 'GET /health', url: `${api}/health`, against: 'hello' },
  { name: 'GET /v1/sources/{id}', url: `${api}/v1/sources/${ready.source}`, against: 'one' },
  { name: 'GET /v1/passages/{id}', url: `${api}/v1/passages/${ready.passage}`, against: 'one' },
  { name: 'GET /v1/claims/{id}', url: `${api}/v1/claims/${ready.claim}`, against: 'claim' },
  { name: 'GET /v1/conflicts/{id}', url: `${api}/v1/conflicts/${ready.conflict}`, against: 'conflict' },
  { name: 'GET /v1/sources', url: `${api}/v1/sources`, against: 'twenty' },
  { name: 'GET /v1/claims?limit=20', url: `${api}/v1/claims?limit=20`, against: 'twenty' },
  { name: 'GET /v1/conflicts?status=all', url: `${api}/v1/conflicts?status=all`, against: 'twenty' },
  { name: 'GET /v1/metrics?limit=20', url: `${api}/v1/metrics?limit=20`, against: 'twenty' },
  { name: 'GET /v1/claims/{id}/citations', url: `${api}/v1/claims/${ready.cited}/citations`, against: 'citations' },
  { name: 'GET /conflicts/{id} (HTML page)', url: `${api}/conflicts/${ready.conflict}`, against: null },
];
// BENCH_ONLY=conflicts,claims/{id} measures only the endpoints whose names contain one of these
// (with the bare routes they are held against) and prints the table without writing it.
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const picked = only ? allTargets.filter((t) => !t.bare && only.some((o) => t.name.includes(o))) : allTargets;
const targets = only ? allTargets.filter((t) => picked.includes(t) || (t.bare && picked.some((p) => p.against === t.bare))) : allTargets;

interface Run {
  rps: number;
  cpuPerRequest: number;
}

/** One autocannon run in its own process (pinned to core 1), with the server's CPU time over it. */
async function measure(url: string, seconds: number): Promise<Run> {
  const autocannon = join(ROOT, 'node_modules/autocannon/autocannon.js');
  const [c, a] = withCore(1, process.execPath, [autocannon, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), url]);
  const child = spawn(c, a, { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  // autocannon takes a moment to start: read the server's clock once it has begun sending.
  const before = cpuMicros();
  const exit = await new Promise<number | null>((done) => child.once('exit', done));
  const after = cpuMicros();
  if (exit !== 0) throw new Error(`autocannon exited ${exit} on ${url}`);
  const result = JSON.parse(out) as { requests: { total: number; average: number }; non2xx: number; errors: number; timeouts: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.total / seconds, cpuPerRequest: (after - before) / result.requests.total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`warm-up: ${targets.length} endpoints × 2 s`);
for (const t of targets) await measure(t.url, 2);

const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
for (let rep = 1; rep <= REPETITIONS; rep++) {
  for (const t of targets) {
    const r = await measure(t.url, SECONDS);
    runs.get(t.name)!.push(r);
    console.log(`rep ${rep}  ${t.name.padEnd(54)} ${r.rps.toFixed(0).padStart(7)} req/s ${r.cpuPerRequest.toFixed(0).padStart(6)} µs/req`);
  }
}

const result = (name: string) => ({ rps: median(runs.get(name)!.map((r) => r.rps)), cpu: median(runs.get(name)!.map((r) => r.cpuPerRequest)) });
const reference = new Map(targets.filter((t) => t.bare).map((t) => [t.bare!, result(t.name)]));
const REFERENCE_NAME = {
  hello: 'hello-world',
  one: 'one claim row',
  claim: 'the claim by hand',
  conflict: 'the conflict by hand',
  citations: 'the citations by hand',
  twenty: '20 claims',
};
const BAR = { hello: 2, one: 1.5, claim: 1.5, conflict: 1.5, citations: 1.5, twenty: 1.5 };

const rows = targets.map((t) => {
  const r = result(t.name);
  if (!t.against) return `| ${t.name} | ${r.rps.toFixed(0)} | ${r.cpu.toFixed(0)} | — | — |`;
  const ref = reference.get(t.against)!;
  const ratio = r.cpu / ref.cpu;
  return `| ${t.name} | ${r.rps.toFixed(0)} | ${r.cpu.toFixed(0)} | ${ratio.toFixed(2)}× ${REFERENCE_NAME[t.against]} | ${ratio <= BAR[t.against] ? 'yes' : 'no'} (≤ ${BAR[t.against]}×) |`;
});

const engine = process.env.DATABASE_URL?.match(/^postgres/) ? 'PostgreSQL' : 'SQLite';
const table = [
  '# HTTP read cost',
  '',
  `Generated by \`npm run bench:http\` on ${new Date().toISOString().slice(0, 10)}: ${engine} (seed articles), ` +
    `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}. ` +
    (pinned ? 'Server pinned to core 0, load generator (autocannon, its own process) to core 1. ' : 'Not pinned (no taskset or one core). ') +
    `${CONNECTIONS} connections, ${SECONDS} s per run, median of ${REPETITIONS} interleaved repetitions after a warm-up pass.`,
  '',
  'CPU µs/request is the server process’s user + system time (from `/proc/<pid>/stat`) over a run divided by the requests it',
  'answered; the ratio holds it against the bare Fastify route in the same process doing the same work by hand:',
  'a claim, a conflict and a claim’s citations (a member of that conflict, so the page has peers) against bare routes',
  'that run the API’s own SQL by prepared statements and `JSON.stringify` a body identical to the API’s (checked at',
  'start); sources and passages against one claim row by a prepared statement + `JSON.stringify`; lists against 20',
  'claims by a prepared statement; `/health` against a hello-world. The HTML page is shown for reference.',
  '',
  '| endpoint | req/s | server CPU µs/request | CPU against the bare route | within the bar |',
  '|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
if (only) console.log(`\n${table}\n(BENCH_ONLY: not written)`);
else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, table);
  console.log(`\n${table}\nwritten to ${OUT}`);
}

server.kill('SIGTERM');
await new Promise((done) => server.once('exit', done));
