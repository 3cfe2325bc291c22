import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Extraction } from '../extract/index.js';
import { claimId, passageId, slugify } from '../ids.js';
import { recordAudit, SYSTEM, type AuditContext } from './audit.js';
import { refreshConflicts } from './conflicts.js';
import type { Store, StoredSelectors, StoreWriter } from '../store/types.js';
import type { Source } from '../schemas/sources.js';
import { codePointLength } from '../extract/code-points.js';
import { prepareInThread, type Prepare } from './prepare-pool.js';
import { storeCitationsOfNewSource } from './citations.js';
import type { References } from '../cite/types.js';
import { citableOf, likelyId } from './citable.js';
import { rekeyReferences } from '../cite/rekey.js';

export interface SourceInput {
  id?: string | undefined;
  title: string;
  authors?: string[] | undefined;
  publisher?: string | null | undefined;
  url?: string | null | undefined;
  publishedAt?: string | null | undefined;
  language?: string | undefined;
  text: string;
}

export interface IngestResult {
  source: Source;
  created: boolean;
}

export async function freeId(tx: StoreWriter, wanted: string | undefined, title: string): Promise<string> {
  if (wanted) {
    if (await tx.sourceIdTaken(wanted)) throw new ConflictError(`A different source already has the id '${wanted}'.`);
    return wanted;
  }
  return tx.freeSourceId(slugify(title));
}

/**
 * A source ready to write: its input, content hash, extraction and language (the caller's, or
 * detected). Pure, done before the write lock, in a worker process when there is a pool (prepare.ts).
 */
export interface PreparedSource {
  input: SourceInput;
  hash: string;
  extraction: Extraction;
  language: string;
  /**
   * The source's formatted references, built with the id it will most likely get (its own, or
   * the slug of its title); stored only if the write gives it that id, otherwise left to the
   * first citation. Null when the caller left them to the first citation (a bulk import).
   */
  references: References | null;
  /** The selectors of each claim's quote (`selectors[i]` for `extraction.claims[i]`); built at the write when absent. */
  selectors?: StoredSelectors[] | undefined;
}

/**
 * Writes one prepared source (not yet stored: the caller checked its hash) with its passages,
 * metrics and claims inside the caller's transaction, and returns its id. Conflicts are left
 * to the caller, which re-judges the propositions of every source it wrote at once.
 */
export async function writeSource(
  tx: StoreWriter,
  id: string,
  { input, hash, extraction, language, references, selectors }: PreparedSource,
  now: Date,
): Promise<void> {
  const citable = citableOf(input, id, language);
  await tx.insertSource({
    ...citable,
    contentHash: hash,
    characterCount: codePointLength(input.text),
    claimCount: extraction.claims.length,
    text: input.text,
    createdAt: now.toISOString(),
  });
  const passageIds = extraction.passages.map((p) => passageId(id, p.start, p.end));
  await tx.insertPassages(
    extraction.passages.map((p, i) => ({
      id: passageIds[i]!,
      sourceId: id,
      ordinal: p.ordinal,
      start: p.start,
      end: p.end,
      text: p.text,
      prefix: p.prefix,
      suffix: p.suffix,
      paragraph: p.paragraph,
    })),
  );
  await tx.upsertMetrics(extraction.metrics);
  const claimIds = extraction.claims.map((c) => claimId(id, c.quote.start, c.quote.end));
  await tx.insertClaims(
    extraction.claims.map((c, i) => ({
      id: claimIds[i]!,
      sourceId: id,
      passageId: passageIds[c.passageOrdinal]!,
      statement: c.statement,
      metric: c.metric,
      quote: c.quote,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      interval: c.interval,
      period: c.period,
      comparable: c.comparable,
      restates: c.restates === null ? null : claimIds[c.restates]!,
      change: c.change,
    })),
  );
  // Formatted references and selectors are stored now, so citing these claims formats nothing.
  // References built for the id the source was expected to get (its slug turned out to be
  // taken) are re-keyed; built from other metadata, they are left to the first citation.
  const stored = references === null ? null : rekeyReferences(references, likelyId(input), citable);
  await storeCitationsOfNewSource(tx, id, input.text, claimIds, extraction.claims, stored, selectors);
}

/**
 * The one write path: a source in; its passages, claims and metrics written in one
 * transaction. Text already stored (same content hash) creates nothing.
 */
export async function ingestSource(
  store: Store,
  input: SourceInput,
  now: Date = new Date(),
  audit: AuditContext = SYSTEM,
  prepare: Prepare = prepareInThread,
): Promise<IngestResult> {
  // Extraction is pure and the slowest step: run it before taking the write lock.
  const prepared = await prepare(input);
  // The write lock serializes writers from every process: two of them cannot both see
  // "not stored yet" for the same text, nor judge one proposition from different claim sets.
  return store.write(async (tx) => {
    const existing = await tx.findSourceByHash(prepared.hash);
    if (existing) return { source: existing, created: false };
    const id = await freeId(tx, input.id, input.title);
    await writeSource(tx, id, prepared, now);
    const stale = await refreshConflicts(tx, await tx.propositionsOfSource(id), { now });
    await recordAudit(
      tx,
      audit,
      'ingest',
      { type: 'source', id },
      { title: input.title, contentHash: prepared.hash, claimCount: prepared.extraction.claims.length, staleReviews: stale },
      now,
    );
    return { source: await tx.getSource(id), created: true };
  });
}

/** Removes a source with its passages and claims, and re-judges the conflicts it was part of. */
export async function deleteSource(store: Store, id: string, audit: AuditContext = SYSTEM, now: Date = new Date()): Promise<void> {
  await store.write(async (tx) => {
    const touched = await tx.propositionsOfSource(id);
    const source = (await tx.sourceIdTaken(id)) ? await tx.getSource(id) : undefined;
    if (!source || !(await tx.deleteSource(id))) throw new NotFoundError('source', id);
    const stale = await refreshConflicts(tx, touched, { now });
    // The entry says what was removed, so the record outlives the source.
    await recordAudit(
      tx,
      audit,
      'delete',
      { type: 'source', id },
      { title: source.title, url: source.url, contentHash: source.contentHash, claimCount: source.claimCount, staleReviews: stale },
      now,
    );
    await tx.deleteUnusedMetrics();
  });
}
