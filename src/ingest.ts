import { recordAudit, SYSTEM, type AuditContext } from './audit.js';
import type { Db } from './db/client.js';
import { HttpProblem, NotFoundError } from './errors.js';
import { extract } from './extract/index.js';
import { claimId, contentHash, passageId, slugify } from './ids.js';
import { deleteUnusedDerivedMetrics, insertClaims, upsertMetrics } from './repos/claims.js';
import { propositionsOfSource } from './repos/conflicts.js';
import { insertPassages } from './repos/passages.js';
import { refreshConflicts } from './refresh-conflicts.js';
import { deleteSourceRow, findSourceByHash, getSource, insertSource, sourceIdTaken } from './repos/sources.js';
import type { Source } from './schemas/sources.js';
import { codePointLength } from './extract/code-points.js';
import { detectLanguage } from './detect-language.js';

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

function freeId(db: Db, wanted: string | undefined, title: string): string {
  if (wanted) {
    if (sourceIdTaken(db, wanted)) throw new HttpProblem(409, `A different source already has the id '${wanted}'.`);
    return wanted;
  }
  const base = slugify(title);
  let candidate = base;
  for (let n = 2; sourceIdTaken(db, candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * The one write path: a source in; its passages, claims and metrics written in one
 * transaction. Text already stored (same content hash) creates nothing.
 */
export function ingestSource(db: Db, input: SourceInput, now: Date = new Date(), audit: AuditContext = SYSTEM): IngestResult {
  const hash = contentHash(input.text);
  // Extraction is pure and the slowest step: run it before taking the write lock.
  const extraction = extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null });
  // IMMEDIATE takes the write lock up front, so two writers (other processes on the same
  // file) cannot both see "not stored yet" and race on the content-hash unique index.
  return db.transaction((tx) => {
    const existing = findSourceByHash(tx, hash);
    if (existing) return { source: existing, created: false };
    const id = freeId(tx, input.id, input.title);
    insertSource(tx, {
      id,
      title: input.title,
      authors: input.authors ?? [],
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? detectLanguage(input.text),
      contentHash: hash,
      characterCount: codePointLength(input.text),
      claimCount: extraction.claims.length,
      text: input.text,
      createdAt: now.toISOString(),
    });
    const passageIds = extraction.passages.map((p) => passageId(id, p.start, p.end));
    insertPassages(
      tx,
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
    upsertMetrics(
      tx,
      extraction.metrics.map(({ proposition: p, ...m }) => ({
        ...m,
        measure: p?.measure ?? null,
        subject: p?.subject ?? null,
        counterpart: p?.counterpart ?? null,
        facets: p?.facets ?? null,
        statType: p?.statType ?? null,
        basis: p?.basis ?? null,
        modality: p?.modality ?? null,
      })),
    );
    const claimIds = extraction.claims.map((c) => claimId(id, c.quote.start, c.quote.end));
    insertClaims(
      tx,
      extraction.claims.map((c, i) => ({
        id: claimIds[i]!,
        sourceId: id,
        passageId: passageIds[c.passageOrdinal]!,
        statement: c.statement,
        metric: c.metric,
        quoteExact: c.quote.exact,
        quoteStart: c.quote.start,
        quoteEnd: c.quote.end,
        value: c.value,
        unit: c.unit,
        qualifier: c.qualifier,
        intervalLow: c.interval.low,
        intervalHigh: c.interval.high,
        periodStart: c.period?.start ?? null,
        periodEnd: c.period?.end ?? null,
        periodLabel: c.period?.label ?? null,
        periodResolution: c.period?.resolution ?? null,
        comparable: c.comparable,
        restates: c.restates === null ? null : claimIds[c.restates]!,
        change: c.change,
      })),
    );
    const stale = refreshConflicts(tx, propositionsOfSource(tx, id), { now });
    recordAudit(tx, audit, 'ingest', { type: 'source', id }, { title: input.title, contentHash: hash, claimCount: extraction.claims.length, staleReviews: stale }, now);
    return { source: getSource(tx, id), created: true };
  }, IMMEDIATE);
}

const IMMEDIATE = { behavior: 'immediate' } as const;

function findSource(db: Db, id: string) {
  return sourceIdTaken(db, id) ? getSource(db, id) : undefined;
}

/** Removes a source with its passages and claims, and re-judges the conflicts it was part of. */
export function deleteSource(db: Db, id: string, audit: AuditContext = SYSTEM, now: Date = new Date()): void {
  db.transaction((tx) => {
    const touched = propositionsOfSource(tx, id);
    const source = findSource(tx, id);
    if (!source || !deleteSourceRow(tx, id)) throw new NotFoundError('source', id);
    const stale = refreshConflicts(tx, touched, { now });
    // The entry says what was removed, so the record outlives the source.
    recordAudit(tx, audit, 'delete', { type: 'source', id }, { title: source.title, url: source.url, contentHash: source.contentHash, claimCount: source.claimCount, staleReviews: stale }, now);
    deleteUnusedDerivedMetrics(tx);
  }, IMMEDIATE);
}
