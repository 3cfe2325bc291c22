/**
 * Scores one or more real-text benchmark sets against a fresh API server.
 *   npm run bench:real-text -- DIR [DIR…]
 * Each DIR holds a gold.json and its article files (bench/real-text/a, bench/real-text/b, or a set
 * kept outside the repository). The sets are validated first; then the server starts on a throwaway
 * SQLite database in a new temp directory, and score.mjs runs once per set with --clear, so no set
 * sees another's claims. Summaries are printed; full reports and results JSON stay in the temp
 * directory. The server is stopped however the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const KEY = 'bench-key-0123456789abcdef';
const HEALTH_TIMEOUT_MS = 90_000;

const dirs = process.argv
  .slice(2)
  .filter((a) => a !== '--')
  .map((d) => resolve(d));
if (dirs.length === 0) {
  console.error('usage: npm run bench:real-text -- DIR [DIR…]   (each DIR holds a gold.json)');
  process.exit(2);
}
for (const d of dirs) {
  if (!existsSync(join(d, 'gold.json'))) {
    console.error(`${d}: no gold.json`);
    process.exit(2);
  }
}

/** Runs a node script to completion, its output copied to `log` (and to the console if `echo`). */
function runNode(args: string[], log: string, echo: boolean): Promise<number> {
  return new Promise((done, fail) => {
    const out = createWriteStream(log);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        out.write(chunk);
        if (echo) process.stdout.write(chunk);
      });
    }
    child.on('error', fail);
    child.on('close', (code) => out.end(() => done(code ?? 1)));
  });
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode} before /health answered`);
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/health did not answer within ${HEALTH_TIMEOUT_MS / 1000}s`);
}

function stopServer(server: ChildProcess): Promise<void> {
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

const scratch = mkdtempSync(join(tmpdir(), 'real-text-'));
console.log(`scratch directory: ${scratch}`);

const valid = await runNode([join(HERE, 'validate.mjs'), ...dirs], join(scratch, 'validate.txt'), true);
if (valid !== 0) {
  console.error('gold validation failed; nothing scored');
  process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverLog = createWriteStream(join(scratch, 'server.log'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    DATABASE_URL: join(scratch, 'bench.db'),
    API_KEYS: KEY,
    WRITE_RATE_LIMIT: '100000',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
// A crash or Ctrl-C must not leave the server running.
const killNow = () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
};
process.on('exit', killNow);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    killNow();
    process.exit(130);
  });
}

let failed = false;
try {
  await waitForHealth(base, server);
  console.log(`server up at ${base} (log: ${join(scratch, 'server.log')})`);
  const used = new Map<string, number>();
  for (const dir of dirs) {
    let name = basename(dir);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    if (n) name = `${name}-${n + 1}`;
    const out = join(scratch, `${name}-results.json`);
    const report = join(scratch, `${name}-report.txt`);
    console.log(`\n=== ${name}: ${dir} ===`);
    const code = await runNode([join(HERE, 'score.mjs'), '--base', base, '--key', KEY, '--gold', dir, '--clear', '--out', out], report, false);
    if (code !== 0 || !existsSync(out)) {
      failed = true;
      console.error(`scorer failed (exit ${code}); see ${report}`);
      continue;
    }
    const { summary } = JSON.parse(readFileSync(out, 'utf8')) as { summary: unknown };
    console.log(JSON.stringify(summary, null, 1));
    console.log(`full report: ${report}\nresults: ${out}`);
  }
} catch (err) {
  failed = true;
  console.error(err instanceof Error ? err.message : err);
  console.error(`server log: ${join(scratch, 'server.log')}`);
} finally {
  await stopServer(server);
}
process.exit(failed ? 1 : 0);
