/**
 * Extraction throughput on the seed articles repeated to ≥ 5 MB (and 10 MB, to show that
 * peak RSS does not grow with the input: each article is extracted and dropped in turn).
 * CPU seconds per MB (this process's user + system time) is the figure to compare on a shared
 * machine; MB/s is wall-clock.
 * Run: npm run bench:extract
 * Or on other texts: npm run bench:extract -- DIR [DIR…], each DIR holding article files in JSON ({ text, title?,
 * publisher?, publishedAt? }, as in the articles folders of bench/real-text); they are repeated to 1 and 2 MB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type SourceMeta } from '../src/extract/index.js';
import { readManifest, SEEDS_DIR } from '../src/services/seeding.js';

interface Article extends SourceMeta {
  text: string;
}

function articlesIn(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<Article>)
    .filter((a): a is Article => typeof a.text === 'string')
    .map((a) => ({ text: a.text, title: a.title ?? null, publisher: a.publisher ?? null, publishedAt: a.publishedAt ?? null }));
}

const dirs = process.argv.slice(2).filter((a) => a !== '--');
const articles: Article[] =
  dirs.length > 0 ? dirs.flatMap(articlesIn) : readManifest().map((s) => ({ text: readFileSync(join(SEEDS_DIR, s.file), 'utf8'), publishedAt: s.publishedAt }));
if (articles.length === 0) throw new Error(`no articles in ${dirs.join(', ')}`);
const corpusBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

function run(targetBytes: number) {
  let bytes = 0;
  let claims = 0;
  let peakRss = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  while (bytes < targetBytes) {
    for (const a of articles) {
      claims += extract(a.text, a).claims.length;
      bytes += Buffer.byteLength(a.text);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { mb: bytes / 1e6, seconds, mbPerSecond: bytes / 1e6 / seconds, cpuPerMb: cpuSeconds / (bytes / 1e6), claims, peakRssMb: peakRss / 1e6 };
}

run(corpusBytes * 3); // warm-up: JIT and regex compilation
// (Figure-dense news costs about ten times the seeds per MB: 1 and 2 MB of it take as long as 10 and 20 of the seeds.)
for (const target of dirs.length > 0 ? [1e6, 2e6] : [1e6, 5e6, 10e6]) {
  const r = run(target);
  console.log(
    `${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(2)} s: ${r.mbPerSecond.toFixed(2)} MB/s, ${r.cpuPerMb.toFixed(3)} CPU-s/MB, ${r.claims} claims, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  );
}
