import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { MAX_TEXT_BYTES, SourceInputSchema } from '../schemas/sources.js';
import type { Store } from '../store/types.js';
import { SYSTEM, type AuditContext } from './audit.js';
import { dispatchBatch, writeBatch, type BatchItem } from './bulk-import.js';
import { PreparePool, type Prepare } from './prepare-pool.js';

export interface ImportOptions {
  /** Items per transaction (default 200). */
  batchSize?: number;
  /** Bytes of text per transaction, whichever of the two limits comes first (default 8 MB). */
  batchBytes?: number;
  audit?: AuditContext;
  /** How texts are prepared (extracted); default: a worker pool of the import's own, one process per core. */
  prepare?: Prepare;
  /**
   * Format each new source's references (APA, MLA, Chicago, BibTeX, RIS) during the import, as
   * a single ingest does (the default), so that every citation reads them. `false` leaves them to
   * each source's first citation, which formats and stores them: the import is faster (formatting
   * costs about a fifth of extracting a news article), the first citation of each source slower.
   */
  formatReferences?: boolean;
  /** Called after each committed batch. */
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  /** Bytes of the file read and committed so far, and the file's size. */
  bytesDone: number;
  bytesTotal: number;
  /** Bytes of article text in the items handled so far. */
  textBytes: number;
  created: number;
  duplicates: number;
  rejected: number;
}

export interface RejectedLine {
  line: number;
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }> | undefined;
}

export interface ImportSummary extends ImportProgress {
  rejectedLines: RejectedLine[];
  seconds: number;
}

/**
 * Imports an NDJSON file of source objects (as `POST /v1/sources` takes them) straight into the
 * store, many per transaction. Each batch commits on its own: after a crash the committed
 * batches stay, and importing the same file again skips every text already stored, so it
 * carries on where the crash left off.
 *
 * Batches are pipelined: a batch's transaction writes each article as soon as the workers have
 * prepared it (in file order), while the next batch is already read and handed to the workers —
 * so neither the writer nor the workers wait for a whole batch, even when the file holds a
 * single one. Conflicts are still re-judged once per touched proposition per batch. The write
 * lock is therefore held while a batch is extracted as well as written (seconds for a batch
 * of news articles): another process writing to the same file waits for it, up to its busy timeout.
 */
/** Batches read and handed to the extraction workers ahead of the one being written. */
const PREPARED_AHEAD = 2;

export async function importNdjson(store: Store, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 200;
  const batchBytes = options.batchBytes ?? 8_000_000;
  const started = performance.now();
  const progress: ImportProgress = { bytesDone: 0, bytesTotal: statSync(path).size, textBytes: 0, created: 0, duplicates: 0, rejected: 0 };
  const rejectedLines: RejectedLine[] = [];
  let items: BatchItem[] = [];
  let lines: number[] = [];
  let pendingBytes = 0;
  let pendingFileBytes = 0;

  const prepareOptions = { references: options.formatReferences ?? true };
  const pool = options.prepare ? undefined : new PreparePool();
  const prepare = options.prepare ?? pool!.prepare;
  // The last batch handed on (each is written after the one before it), and those not yet
  // written: reading stops while PREPARED_AHEAD of them are.
  let writing: Promise<void> = Promise.resolve();
  const unwritten: Array<Promise<void>> = [];

  // Batch N's transaction opens once batch N+1 is handed to the workers (or the file has
  // ended): its hash checks read the store, which waits while a transaction is open. The
  // workers then always have the next batch queued while this process writes.
  let openPrevious: () => void = () => {};

  const flush = async () => {
    if (items.length === 0) return;
    const batch = { lines, textBytes: pendingBytes, fileBytes: pendingFileBytes };
    const dispatching = dispatchBatch(store, items, prepare, prepareOptions);
    items = [];
    lines = [];
    pendingBytes = 0;
    pendingFileBytes = 0;
    // A failed hash check fails this batch's write (and the import) when it is awaited.
    dispatching.catch(() => {});
    await dispatching.then(
      () => {},
      () => {},
    );
    openPrevious();
    let mayOpen!: () => void;
    const opened = new Promise<void>((resolve) => (mayOpen = resolve));
    openPrevious = mayOpen;
    const previous = writing;
    writing = (async () => {
      const pending = await dispatching;
      await previous;
      await opened;
      const outcomes = await writeBatch(store, pending, new Date(), options.audit ?? SYSTEM, prepare, prepareOptions);
      outcomes.forEach((o, i) => {
        if (o.status === 201) progress.created++;
        else if (o.status === 200) progress.duplicates++;
        else if ('problem' in o) {
          progress.rejected++;
          rejectedLines.push({ line: batch.lines[i]!, status: o.status, detail: o.problem.detail, errors: o.problem.errors });
        }
      });
      progress.textBytes += batch.textBytes;
      progress.bytesDone += batch.fileBytes;
      options.onProgress?.({ ...progress });
    })();
    // Its failure is seen by the next flush or at the end; until then it is not unhandled.
    writing.catch(() => {});
    unwritten.push(writing);
    // Read on while the workers have batches to prepare, but no further.
    while (unwritten.length > PREPARED_AHEAD) await unwritten.shift();
  };

  const endBulkWrites = await store.bulkWrites?.();
  try {
    const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of reader) {
      lineNo++;
      pendingFileBytes += Buffer.byteLength(line, 'utf8') + 1;
      if (line.trim() === '') continue;
      const item = itemOfLine(line);
      if ('text' in item) pendingBytes += Buffer.byteLength(item.text, 'utf8');
      items.push(item);
      lines.push(lineNo);
      if (items.length >= batchSize || pendingBytes >= batchBytes) await flush();
    }
    await flush();
    openPrevious();
    await writing;
  } finally {
    openPrevious();
    // A failed batch stops the import: the batches before it stay committed, the ones after are not written.
    await writing.catch(() => {});
    await pool?.close();
    await endBulkWrites?.();
  }
  progress.bytesDone = progress.bytesTotal;
  return { ...progress, rejectedLines, seconds: (performance.now() - started) / 1000 };
}

function itemOfLine(line: string): BatchItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { rejected: { status: 400, detail: `not JSON: ${(err as Error).message}` } };
  }
  const parsed = SourceInputSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      rejected: {
        status: 400,
        detail: 'not a valid source',
        errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(line)', message: issue.message })),
      },
    };
  }
  if (Buffer.byteLength(parsed.data.text, 'utf8') > MAX_TEXT_BYTES) {
    return { rejected: { status: 413, detail: `the text is larger than ${MAX_TEXT_BYTES} bytes of UTF-8` } };
  }
  return parsed.data;
}
