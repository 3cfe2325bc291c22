import { ConflictError } from '../domain/errors.js';
import { contentHash } from '../ids.js';
import type { Source } from '../schemas/sources.js';
import type { PropositionKey, Store } from '../store/types.js';
import { recordAudit, SYSTEM, type AuditContext } from './audit.js';
import { refreshConflicts } from './conflicts.js';
import { freeId, writeSource, type PreparedSource, type SourceInput } from './ingest.js';
import { prepareInThread, type Prepare, type PrepareOptions } from './prepare-pool.js';

/** An item the caller already refused (malformed, too large): it is reported, never written. */
export interface RejectedItem {
  rejected: { status: number; detail: string; errors?: Array<{ path: string; message: string }> | undefined };
}

/** A text found already stored when the batch was prepared: it was not extracted. */
export interface KnownItem {
  known: Source;
  input: SourceInput;
}

export type BatchItem = SourceInput | PreparedSource | RejectedItem | KnownItem;
export type PreparedItem = PreparedSource | RejectedItem | KnownItem;

export type BatchOutcome =
  | { status: 201 | 200; source: Source }
  | { status: number; problem: { status: number; detail: string; errors?: Array<{ path: string; message: string }> | undefined } };

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

const isRejected = (item: BatchItem): item is RejectedItem => 'rejected' in item;
const isPrepared = (item: BatchItem): item is PreparedSource | KnownItem => 'extraction' in item || 'known' in item;

/**
 * Starts preparing the items of a batch (texts already stored are only hashed) and returns each
 * item's preparation, in order: every extraction is handed to `prepare` at once, so a pool's
 * workers run them side by side while the caller writes an earlier batch, or the earlier items
 * of this one. In-thread, items are prepared one after another, letting other requests run
 * between them. A preparation that fails rejects when it is awaited, never unhandled.
 */
export async function dispatchBatch(
  store: Store,
  items: BatchItem[],
  prepare: Prepare = prepareInThread,
  options?: PrepareOptions,
): Promise<Array<PreparedItem | Promise<PreparedItem>>> {
  const prepared: Array<PreparedItem | Promise<PreparedItem>> = [];
  for (const item of items) {
    if (isRejected(item) || isPrepared(item)) {
      prepared.push(item);
      continue;
    }
    // Texts already stored need no extraction: a re-run after a crash only checks hashes.
    const known = await store.findSourceByHash(contentHash(item.text));
    if (known) prepared.push({ known, input: item });
    else if (prepare !== prepareInThread) {
      const preparing = prepare(item, options);
      // Seen by whoever awaits it; until then (or if an earlier item failed first) not unhandled.
      preparing.catch(() => {});
      prepared.push(preparing);
    } else {
      prepared.push(await prepare(item, options));
      // Extraction is synchronous here: let other requests run between the items of a large batch.
      await yieldToEventLoop();
    }
  }
  return prepared;
}

/** Prepares every item of a batch (see dispatchBatch) and waits for all of them. */
export async function prepareBatch(store: Store, items: BatchItem[], prepare: Prepare = prepareInThread, options?: PrepareOptions): Promise<PreparedItem[]> {
  return Promise.all(await dispatchBatch(store, items, prepare, options));
}

/**
 * Stores many sources in one transaction: each new text is written with its passages and
 * claims, a text already stored (or earlier in the batch) answers 200 with that source, an id
 * taken by another source answers 409 for that item alone, and refused items are reported as
 * given. The conflicts of every proposition the new sources state are re-judged once, after
 * all of them are written, so a proposition stated by many items of the batch is judged once.
 *
 * Either the whole batch commits or (on a storage failure) none of it: a crash leaves the
 * batches committed before it, and running the same input again skips their texts.
 */
export async function ingestBatch(
  store: Store,
  items: BatchItem[],
  now: Date = new Date(),
  audit: AuditContext = SYSTEM,
  prepare: Prepare = prepareInThread,
  options?: PrepareOptions,
): Promise<BatchOutcome[]> {
  // Everything is prepared before the write lock is taken: a request holds it only to write.
  return writeBatch(store, await prepareBatch(store, items, prepare, options), now, audit, prepare, options);
}

/**
 * The transaction of ingestBatch, for items whose preparation may still be under way: each is
 * awaited in order and written as soon as it is ready, so a bulk import writes the first
 * articles of a batch while the workers extract the rest (and the extraction that fails rolls
 * the whole batch back). The conflicts of the propositions the new sources state are re-judged
 * once, when all of them are written.
 */
export async function writeBatch(
  store: Store,
  items: Array<PreparedItem | Promise<PreparedItem>>,
  now: Date = new Date(),
  audit: AuditContext = SYSTEM,
  prepare: Prepare = prepareInThread,
  options?: PrepareOptions,
): Promise<BatchOutcome[]> {
  return store.write(async (tx) => {
    const outcomes: BatchOutcome[] = [];
    const created: Array<{ id: string; p: PreparedSource }> = [];
    const touched: PropositionKey[] = [];
    for (const entry of items) {
      const item = await entry;
      if ('rejected' in item) {
        outcomes.push({ status: item.rejected.status, problem: item.rejected });
        continue;
      }
      if ('known' in item) {
        // Still stored? A delete may have run between the check and the lock.
        const again = await tx.findSourceByHash(item.known.contentHash);
        if (again) {
          outcomes.push({ status: 200, source: again });
          continue;
        }
      }
      const p = 'known' in item ? await prepare(item.input, options) : item;
      const existing = await tx.findSourceByHash(p.hash);
      if (existing) {
        outcomes.push({ status: 200, source: existing });
        continue;
      }
      let id: string;
      try {
        id = await freeId(tx, p.input.id, p.input.title);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        outcomes.push({ status: 409, problem: { status: 409, detail: err.message } });
        continue;
      }
      await writeSource(tx, id, p, now);
      touched.push(...(await tx.propositionsOfSource(id)));
      created.push({ id, p });
      outcomes.push({ status: 201, source: await tx.getSource(id) });
      // Writing a batch takes a while: let the extraction workers' answers (and, in the server,
      // other requests) be read between its sources rather than all at once when it commits.
      await yieldToEventLoop();
    }
    const stale = created.length ? await refreshConflicts(tx, touched, { now }) : [];
    // One entry per source, as a single ingest writes; the batch's stale reviews go with its first source.
    for (const [i, { id, p }] of created.entries()) {
      const batch = { first: created[0]!.id, size: created.length };
      await recordAudit(
        tx,
        audit,
        'ingest',
        { type: 'source', id },
        { title: p.input.title, contentHash: p.hash, claimCount: p.extraction.claims.length, batch, ...(i === 0 ? { staleReviews: stale } : {}) },
        now,
      );
    }
    return outcomes;
  });
}
