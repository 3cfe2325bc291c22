/**
 * The cost of adding one article, at a small, a middling and a large stored corpus.
 * Run: npx tsx bench/conflicts.ts
 *
 * A file-backed database in WAL mode (as in production, through openDb) is seeded with the
 * five seed articles, then filled with synthetic trade digests (bench/corpus.ts), one
 * transaction each, to about 1k, 10k and 50k stored claims, copying the file at each size.
 * Each copy is then opened as a server opens it and the same 35 new articles are added to it
 * (the first 5 unmeasured warm-ups): each a seed article under a fresh title, with a short
 * paragraph appended that makes its text unique and reports two figures groups in the corpus
 * already hold. Such an article touches ~10–25 propositions, among them shared China–Russia
 * ones (trade in 2024 …). Every size meets the same articles in the same order, so only the
 * stored corpus differs; and the sizes take turns, article by article, so that a busy machine
 * (other processes on 2 cores) slows them alike rather than whichever ran last.
 *
 * How to read the table:
 * - `ingest` is ingestSource end to end, wall clock, and `cpu` the CPU time the process
 *   spent on it (steadier when other processes compete for the cores). `extract` is
 *   extract() on the same text, timed on its own; `write` is the difference, per article:
 *   the transaction that stores source, passages, claims and metrics and re-judges the
 *   touched propositions.
 * - `re-read` is how many claims the conflict refresh reads back: the sum of the sizes of the
 *   groups the article touches. The refresh is meant to cost that, not the corpus; popular
 *   groups (China–Russia trade by year) do grow with the corpus, as they would in production.
 * - The ratio median(50k) / median(1k) ≈ 1 means adding an article costs the same however
 *   much is stored; a scan of the corpus would show as a ratio near 50. Expect it somewhat
 *   above 1: an article's rows carry hashed ids (passages, claims, conflict memberships), and
 *   in a small database their index entries share a few B-tree pages while in a large one
 *   each lands on a page of its own, so a commit writes more pages to the WAL (when this was
 *   written: about 160 at 1k, 310 at 10k, 400 at 50k) and checkpoints copy more back; and at
 *   50k the file (~75 MB) no longer fits SQLite's page cache. The pages an article can dirty
 *   are bounded by the index entries it writes (about a thousand here), not by the corpus.
 *
 * Takes about two minutes on an idle 2-core machine, nearly all of it filling to 50k.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type DbHandle } from '../src/store/sqlite/client.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { isPostgresUrl, openStore, type Store } from '../src/store/index.js';
import { sql } from 'drizzle-orm';
import type { PostgresStore } from '../src/store/postgres/store.js';
import { extract } from '../src/extract/index.js';
import { ingestSource, type SourceInput } from '../src/services/ingest.js';
import { readManifest, SEEDS_DIR, seedDatabase } from '../src/services/seeding.js';
import { followUpParagraph, syntheticArticle } from './corpus.js';

const SIZES = [1_000, 10_000, 50_000];
const PROBES = 30;
const WARM_UPS = 5;
const CORPUS_SEED = 1;
const PUBLISHERS = ['Commodity Wire', 'Harbour Ledger', 'Freight Daily', 'The Grain Report', 'Metals Monitor', 'Trade Desk'];

interface Probe {
  ingestMs: number;
  cpuMs: number;
  extractMs: number;
  writeMs: number;
  reRead: number;
}

interface Snapshot {
  size: number;
  path: string;
  /** The next filler article: the follow-up paragraphs pick topics just behind it. */
  fillerReached: number;
  claims: number;
  sources: number;
  propositions: number;
  conflicts: number;
  discrepancies: number;
}

const count = (h: DbHandle, sql: string, ...params: unknown[]) =>
  (h.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number) ?? 0;

/** Fails loudly if the extractor no longer reads the synthetic wording as intended. */
function checkGenerator(articles: number): void {
  for (let i = 0; i < articles; i++) {
    const a = syntheticArticle(i, CORPUS_SEED);
    const found = extract(a.text, { publishedAt: '2025' }).claims.map((c) => c.metric);
    if (JSON.stringify(found) !== JSON.stringify(a.metrics)) {
      // The extractor's keys moved on from the generator's: figures still group by proposition, under other keys.
      console.warn(
        `note: synthetic article ${i} yields keys ${JSON.stringify(found.slice(0, 2))}…, the generator expected ${JSON.stringify(a.metrics.slice(0, 2))}…`,
      );
      return;
    }
  }
}

/** Ingests filler articles from `next` on, one transaction each, until `target` claims are stored. */
async function fillTo(h: DbHandle, target: number, next: number): Promise<number> {
  let stored = count(h, 'select count(*) from claims');
  const started = performance.now();
  const first = next;
  while (stored < target) {
    const a = syntheticArticle(next, CORPUS_SEED);
    const { source, created } = await ingestSource(new SqliteStore(h), {
      title: a.title,
      publisher: PUBLISHERS[next % PUBLISHERS.length],
      publishedAt: '2025',
      text: a.text,
    });
    if (!created) throw new Error(`Synthetic article ${next} duplicates a stored text`);

    stored += source.claimCount;
    next++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`filled to ${stored} claims: ${next - first} articles in ${seconds.toFixed(1)} s (${((next - first) / seconds).toFixed(0)} articles/s)`);
  return next;
}

/** Copies the database as it stands, with the counts the table reports. */
function snapshot(h: DbHandle, dir: string, size: number, fillerReached: number): Snapshot {
  // Folds the WAL into the file, so the copy is the whole database.
  h.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const path = join(dir, `snapshot-${size}.db`);
  copyFileSync(h.sqlite.name, path);
  return {
    size,
    path,
    fillerReached,
    claims: count(h, 'select count(*) from claims'),
    sources: count(h, 'select count(*) from sources'),
    propositions: count(h, 'select count(*) from (select distinct metric, period_start, period_end from claims where period_start is not null)'),
    conflicts: count(h, 'select count(*) from conflicts'),
    discrepancies: count(h, `select count(*) from conflicts where status = 'discrepancy'`),
  };
}

const seeds = readManifest().map((s) => ({ ...s, text: readFileSync(join(SEEDS_DIR, s.file), 'utf8') }));

/** The n-th new article: a seed text, re-titled, with a unique follow-up paragraph. */
function probeArticle(n: number, fillerReached: number): SourceInput {
  const seed = seeds[n % seeds.length]!;
  // Topics well inside what the filler already covers, so the figures join existing groups.
  const followUp = followUpParagraph(Math.max(0, fillerReached - 20 - n), n);
  return {
    title: `Syndicated copy ${n}: ${seed.title}`,
    authors: seed.authors,
    publisher: seed.publisher,
    publishedAt: seed.publishedAt,
    text: `${seed.text}\n${followUp.text}`,
  };
}

/** Claims stored under the propositions a source's claims belong to: what the refresh read. */
function claimsReRead(h: DbHandle, sourceId: string): number {
  return count(
    h,
    `select count(*) from claims c
       join (select distinct metric, period_start, period_end from claims
             where source_id = ? and metric is not null and period_start is not null and period_end is not null) p
         on c.metric = p.metric and c.period_start = p.period_start and c.period_end = p.period_end`,
    sourceId,
  );
}

async function addArticle(h: DbHandle, input: SourceInput): Promise<Probe> {
  const t0 = performance.now();
  extract(input.text, { publishedAt: input.publishedAt ?? null });
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const { source, created } = await ingestSource(new SqliteStore(h), input);
  const { user, system } = process.cpuUsage(cpu);
  const t2 = performance.now();
  if (!created) throw new Error(`"${input.title}" duplicates a stored text`);
  return { ingestMs: t2 - t1, cpuMs: (user + system) / 1000, extractMs: t1 - t0, writeMs: t2 - t1 - (t1 - t0), reRead: claimsReRead(h, source.id) };
}

/** Adds the same articles to every snapshot, the sizes taking turns article by article. */
async function measureInTurns(snapshots: Snapshot[]): Promise<Map<number, Probe[]>> {
  const handles = snapshots.map((s) => openDb(s.path));
  try {
    const probes = new Map(snapshots.map((s) => [s.size, [] as Probe[]]));
    for (let n = 0; n < WARM_UPS + PROBES; n++) {
      // Rotating who goes first keeps any periodic cost (a WAL checkpoint) from favouring one size.
      for (let k = 0; k < snapshots.length; k++) {
        const i = (n + k) % snapshots.length;
        const probe = await addArticle(handles[i]!, probeArticle(n, snapshots[i]!.fillerReached));
        if (n >= WARM_UPS) probes.get(snapshots[i]!.size)!.push(probe);
      }
    }
    return probes;
  } finally {
    for (const h of handles) h.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile(values, 0.5);
const ms = (n: number) => n.toFixed(1).padStart(5);

function printTable(snapshots: Snapshot[], probes: Map<number, Probe[]>): void {
  console.log('');
  console.log(
    ' size   claims  sources  propositions  conflicts (discrepant) | ingest ms med / p90 | cpu ms med | extract ms med | write ms med / p90 | re-read med',
  );
  for (const s of snapshots) {
    const of = (f: (p: Probe) => number) => probes.get(s.size)!.map(f);
    console.log(
      `${String(s.size / 1000).padStart(4)}k ${String(s.claims).padStart(8)} ${String(s.sources).padStart(8)} ${String(s.propositions).padStart(13)}` +
        ` ${`${s.conflicts} (${s.discrepancies})`.padStart(23)}` +
        ` |       ${ms(median(of((p) => p.ingestMs)))} / ${ms(
          percentile(
            of((p) => p.ingestMs),
            0.9,
          ),
        )}` +
        ` | ${ms(median(of((p) => p.cpuMs))).padStart(10)}` +
        ` | ${ms(median(of((p) => p.extractMs))).padStart(14)}` +
        ` |      ${ms(median(of((p) => p.writeMs)))} / ${ms(
          percentile(
            of((p) => p.writeMs),
            0.9,
          ),
        )}` +
        ` | ${String(median(of((p) => p.reRead))).padStart(11)}`,
    );
  }
  console.log('');
  const largest = SIZES[SIZES.length - 1]!;
  for (const base of SIZES.slice(0, -1)) {
    const ratio = (f: (p: Probe) => number) => (median(probes.get(largest)!.map(f)) / median(probes.get(base)!.map(f))).toFixed(2);
    console.log(
      `median(${largest / 1000}k) / median(${base / 1000}k): ingest ${ratio((p) => p.ingestMs)}, cpu ${ratio((p) => p.cpuMs)},` +
        ` write ${ratio((p) => p.writeMs)}, extract ${ratio((p) => p.extractMs)}, claims re-read ${ratio((p) => p.reRead)}`,
    );
  }
}

/**
 * PostgreSQL (DATABASE_URL=postgres://…, an empty database): the corpus grows in place, and the
 * same probe articles are added at each size in turn (no snapshots: a server's files are not
 * copied here), so later sizes also hold the earlier probes — a few hundred claims.
 */
async function runOnPostgres(url: string): Promise<void> {
  const store = (await openStore(url)) as PostgresStore;
  const n = async (query: string) => Number(((await store.db.execute(sql.raw(query))) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
  if ((await store.countSources()) !== 0) throw new Error('bench:conflicts needs an empty database');
  const probesPerSize = Number(process.env.BENCH_PROBES ?? 12);
  const sizes = (process.env.BENCH_SIZES ?? '1000,50000').split(',').map(Number);
  checkGenerator(50);
  await seedDatabase(store);
  let next = 0;
  let stored = await n('select count(*)::int as n from claims');
  console.log(' size   claims | ingest ms med / p90 | write ms med | re-read med');
  for (const size of sizes) {
    const startedFill = performance.now();
    const first = next;
    while (stored < size) {
      const a = syntheticArticle(next, CORPUS_SEED);
      const { source } = await ingestSource(store as Store, {
        title: a.title,
        publisher: PUBLISHERS[next % PUBLISHERS.length],
        publishedAt: '2025',
        text: a.text,
      });
      stored += source.claimCount;
      next++;
    }
    console.log(`filled to ${stored} claims: ${next - first} articles in ${((performance.now() - startedFill) / 1000).toFixed(1)} s`);
    const probes: Probe[] = [];
    for (let k = 0; k < WARM_UPS + probesPerSize; k++) {
      const input = probeArticle(k + size, next);
      const t0 = performance.now();
      extract(input.text, { publishedAt: input.publishedAt ?? null });
      const t1 = performance.now();
      const { source, created } = await ingestSource(store as Store, input);
      const t2 = performance.now();
      if (!created) throw new Error(`"${input.title}" duplicates a stored text`);
      const reRead = await n(
        `select count(*)::int as n from claims c join (select distinct metric, period_start, period_end from claims where source_id = '${source.id}' and metric is not null and period_start is not null) p on c.metric = p.metric and c.period_start = p.period_start and c.period_end = p.period_end`,
      );
      if (k >= WARM_UPS) probes.push({ ingestMs: t2 - t1, cpuMs: 0, extractMs: t1 - t0, writeMs: t2 - t1 - (t1 - t0), reRead });
    }
    const of = (f: (p: Probe) => number) => probes.map(f);
    console.log(
      `${String(size / 1000).padStart(4)}k ${String(await n('select count(*)::int as n from claims')).padStart(8)} |       ${ms(median(of((p) => p.ingestMs)))} / ${ms(
        percentile(
          of((p) => p.ingestMs),
          0.9,
        ),
      )}` + ` |        ${ms(median(of((p) => p.writeMs)))} | ${String(median(of((p) => p.reRead))).padStart(11)}`,
    );
  }
  await store.close();
}

if (isPostgresUrl(process.env.DATABASE_URL ?? '')) {
  await runOnPostgres(process.env.DATABASE_URL!);
  process.exit(0);
}

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'bench-conflicts-'));
const handle = openDb(join(dir, 'corpus.db'));
try {
  checkGenerator(200);
  await seedDatabase(new SqliteStore(handle));
  const snapshots: Snapshot[] = [];
  let next = 0;
  for (const size of SIZES) {
    next = await fillTo(handle, size, next);
    snapshots.push(snapshot(handle, dir, size, next));
  }
  handle.close();
  printTable(snapshots, await measureInTurns(snapshots));
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
}
