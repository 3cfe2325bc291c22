/**
 * The load generator of `bench:scale`'s reads, in a process of its own (the benchmark pins it to
 * the core the server is not on): times each endpoint's paths one request at a time over one
 * keep-alive connection, and reads the server's CPU time for them from /proc.
 *
 * Usage: node --import tsx bench/read-client.ts PORT SERVER_PID PLAN.json
 * PLAN.json: [{ "name": …, "warm": [path…], "paths": [path…] }]. Prints one JSON line per
 * endpoint: { name, p50, p99, bytes, cpuMs } (latency in ms as the client sees it, mean response
 * bytes, server CPU milliseconds per request).
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

interface Planned {
  name: string;
  warm: string[];
  paths: string[];
}

const [port, pid, planFile] = process.argv.slice(2);
if (!port || !pid || !planFile) {
  console.error('usage: read-client.ts PORT SERVER_PID PLAN.json');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Planned[];
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(path: string): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => done({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** The server's user + system CPU time in clock ticks (100 per second on Linux). */
function serverTicks(): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(f[11]) + Number(f[12]);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

for (const { name, warm, paths } of plan) {
  for (const path of warm) await get(path);
  const times: number[] = [];
  let bytes = 0;
  const before = serverTicks();
  for (const path of paths) {
    const r = await get(path);
    if (r.status !== 200) throw new Error(`${name}: status ${r.status} for ${path}`);
    times.push(r.ms);
    bytes += r.bytes;
  }
  const cpuMs = ((serverTicks() - before) * 10) / paths.length;
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ name, p50: quantile(times, 0.5), p99: quantile(times, 0.99), bytes: bytes / paths.length, cpuMs }));
}
agent.destroy();
