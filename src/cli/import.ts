/**
 * `npm run import -- FILE.ndjson [--batch N] [--defer-references]`: imports an NDJSON file of sources (one object per
 * line, as `POST /v1/sources` takes them) straight into the database DATABASE_URL names, many
 * sources per transaction, with a progress bar on a terminal. Stopping it (or a crash) keeps
 * every batch committed; running it again skips the texts already stored and carries on.
 * References (APA, MLA, Chicago, BibTeX, RIS) are formatted during the import, as a single ingest
 * does; --defer-references leaves them to each source's first citation (a faster import, a
 * slower first citation: formatting costs about a fifth of the extraction).
 * Exits 1 when any line was refused (each is listed with its line number), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { importNdjson } from '../services/import-ndjson.js';
import { openStore, redactUrl } from '../store/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { batch: { type: 'string' }, quiet: { type: 'boolean' }, 'defer-references': { type: 'boolean' } },
});
const file = positionals[0];
const batchSize = values.batch === undefined ? undefined : Number(values.batch);
if (!file || positionals.length > 1 || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000))) {
  console.error('usage: npm run import -- FILE.ndjson [--batch N (1-10000, default 200)] [--defer-references] [--quiet]');
  process.exit(2);
}

const config = loadConfig();
const store = await openStore(config.databaseUrl);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const bar = new cliProgress.SingleBar(
  {
    format: 'importing [{bar}] {percentage}% | {done}/{total} MB | {created} new, {duplicates} known, {rejected} refused | {rate} MB/s text',
    hideCursor: true,
  },
  cliProgress.Presets.shades_classic,
);
const show = !values.quiet && process.stderr.isTTY;
try {
  const started = performance.now();
  let begun = false;
  const summary = await importNdjson(store, file, {
    ...(batchSize ? { batchSize } : {}),
    formatReferences: !values['defer-references'],
    audit: { keyName: 'import', requestId: null },
    onProgress: (p) => {
      if (!show) return;
      const payload = {
        done: mb(p.bytesDone),
        total: mb(p.bytesTotal),
        created: p.created,
        duplicates: p.duplicates,
        rejected: p.rejected,
        rate: mb(p.textBytes / ((performance.now() - started) / 1000)),
      };
      if (!begun) bar.start(p.bytesTotal, 0, payload);
      begun = true;
      bar.update(p.bytesDone, payload);
    },
  });
  if (begun) bar.stop();
  for (const r of summary.rejectedLines) {
    const why = r.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
    console.error(`line ${r.line}: refused (${r.status}) ${r.detail}${why ? ` — ${why}` : ''}`);
  }
  console.log(
    `imported ${file} into ${redactUrl(config.databaseUrl)}: ${summary.created} created, ${summary.duplicates} already stored, ` +
      `${summary.rejected} refused; ${mb(summary.textBytes)} MB of text in ${summary.seconds.toFixed(1)} s ` +
      `(${mb(summary.textBytes / Math.max(summary.seconds, 1e-9))} MB/s)`,
  );
  process.exitCode = summary.rejected > 0 ? 1 : 0;
} finally {
  await store.close();
}
