import { ConflictError, NotFoundError } from '../domain/errors.js';
import { extract, type Extraction } from '../extract/index.js';
import { claimId, contentHash, passageId, slugify } from '../ids.js';
import { recordAudit, SYSTEM, type AuditContext } from './audit.js';
import { refreshConflicts } from './conflicts.js';
import type { Store, StoreWriter } from '../store/types.js';
import type { Source } from '../schemas/sources.js';
import { codePointLength } from '../extract/code-points.js';
import { detectLanguage } from '../detect-language.js';
import { loadCitationFormatter, storeCitationsOfNewSource } from './citations.js';

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
  const base = slugify(title);
  let candidate = base;
  for (let n = 2; await tx.sourceIdTaken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** A source ready to write: its input, content hash and extraction (pure, done before the write lock). */
export interface PreparedSource {
  input: SourceInput;
  hash: string;
  extraction: Extraction;
}

export function prepareSource(input: SourceInput): PreparedSource {
  return {
    input,
    hash: contentHash(input.text),
    extraction: extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null }),
  };
}

/**
 * Writes one prepared source (not yet stored: the caller checked its hash) with its passages,
 * metrics and claims inside the caller's transaction, and returns its id. Conflicts are left
 * to the caller, which re-judges the propositions of every source it wrote at once.
 */
export async function writeSource(tx: StoreWriter, id: string, { input, hash, extraction }: PreparedSource, now: Date): Promise<void> {
  await tx.insertSource({
    id,
    title: input.title,
    authors: input.authors ?? [],
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? (await detectLanguage(input.text)),
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
  await storeCitationsOfNewSource(tx, id, input.text, claimIds, extraction.claims);
}

/**
 * The one write path: a source in; its passages, claims and metrics written in one
 * transaction. Text already stored (same content hash) creates nothing.
 */
export async function ingestSource(store: Store, input: SourceInput, now: Date = new Date(), audit: AuditContext = SYSTEM): Promise<IngestResult> {
  // Extraction is pure and the slowest step: run it before taking the write lock.
  const prepared = prepareSource(input);
  // writeSource formats the source's references: load the formatter before taking the lock.
  await loadCitationFormatter();
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
