import { openDb, type Db, type DbHandle } from './client.js';
import * as claims from './claims.js';
import * as conflicts from './conflicts.js';
import * as audit from './audit.js';
import * as citations from './citations.js';
import * as passages from './passages.js';
import * as reviews from './reviews.js';
import * as sources from './sources.js';
import { SqliteReads } from './reads.js';
import { claimRow, metricRow, passageRow, sourceRow } from '../mapping.js';
import type { Store, StoreWriter } from '../types.js';

type Run = <T>(op: () => T) => Promise<T>;

/** WAL pages between checkpoints during a bulk import (256 MB of 4 kB pages), and its page cache. */
const BULK_CHECKPOINT_PAGES = 65_536;
const BULK_CACHE_KIB = 65_536;

/**
 * better-sqlite3 answers synchronously, so every method is one synchronous call behind a
 * promise. `run` decides when it may happen: outside a write it waits for the open write
 * transaction to finish (all calls share one connection, and a reader must not see a write
 * half done); inside one it runs at once.
 */
class SqliteRepos implements StoreWriter {
  constructor(
    protected readonly db: Db,
    protected readonly run: Run,
    /** The hot reads, prepared once on this connection. */
    protected readonly reads: SqliteReads,
  ) {}

  listSources: StoreWriter['listSources'] = (page) => this.run(() => this.reads.listSources(page));
  getSource: StoreWriter['getSource'] = (id) => this.run(() => this.reads.getSource(id));
  getSourceText: StoreWriter['getSourceText'] = (id) => this.run(() => sources.getSourceText(this.db, id));
  countSources: StoreWriter['countSources'] = () => this.run(() => sources.countSources(this.db));
  getPassage: StoreWriter['getPassage'] = (id) => this.run(() => this.reads.getPassage(id));
  passagesOfSource: StoreWriter['passagesOfSource'] = (id) => this.run(() => passages.passagesOfSource(this.db, id));
  countPassages: StoreWriter['countPassages'] = (id) => this.run(() => passages.countPassages(this.db, id));
  listClaims: StoreWriter['listClaims'] = (filter, page) => this.run(() => this.reads.listClaims(filter, page));
  getClaim: StoreWriter['getClaim'] = (id) => this.run(() => this.reads.getClaim(id));
  claimsByIds: StoreWriter['claimsByIds'] = (ids) => this.run(() => claims.withPropositions(this.db, claims.claimRowsByIds(this.db, ids)));
  claimsOfSource: StoreWriter['claimsOfSource'] = (id) => this.run(() => claims.claimsOfSource(this.db, id));
  listMetrics: StoreWriter['listMetrics'] = (query) => this.run(() => this.reads.listMetrics(query));
  listConflicts: StoreWriter['listConflicts'] = (filter, page) => this.run(() => this.reads.listConflicts(filter, page));
  listConflictPage: StoreWriter['listConflictPage'] = (filter, page) => this.run(() => this.reads.listConflictPage(filter, page));
  getConflict: StoreWriter['getConflict'] = (id) => this.run(() => this.reads.getConflict(id));
  getListedConflict: StoreWriter['getListedConflict'] = (id) => this.run(() => this.reads.getListedConflict(id));
  conflictPeersOf: StoreWriter['conflictPeersOf'] = (id) => this.run(() => conflicts.conflictPeersOf(this.db, id));
  citationPage: StoreWriter['citationPage'] = (id, page) => this.run(() => citations.citationPage(this.db, id, page));
  sourceTexts: StoreWriter['sourceTexts'] = (ids) => this.run(() => citations.sourceTexts(this.db, ids));
  metricExists: StoreWriter['metricExists'] = (key) => this.run(() => claims.metricExists(this.db, key));
  metricLabel: StoreWriter['metricLabel'] = (key) => this.run(() => claims.metricLabel(this.db, key));
  reviewHistory: StoreWriter['reviewHistory'] = (id) => this.run(() => reviews.reviewHistory(this.db, id));
  latestReviews: StoreWriter['latestReviews'] = (ids) => this.run(() => reviews.latestReviews(this.db, ids));
  reviewsInState: StoreWriter['reviewsInState'] = (state) => this.run(() => reviews.reviewsInState(this.db, state));
  claimsSeparatedBy: StoreWriter['claimsSeparatedBy'] = (id) => this.run(() => reviews.claimsSeparatedBy(this.db, id));
  getOverride: StoreWriter['getOverride'] = (id) => this.run(() => reviews.getOverride(this.db, id));
  listAuditEntries: StoreWriter['listAuditEntries'] = (filter, page) => this.run(() => audit.listAuditEntries(this.db, filter, page));

  findSourceByHash: StoreWriter['findSourceByHash'] = (hash) => this.run(() => sources.findSourceByHash(this.db, hash));
  sourceIdTaken: StoreWriter['sourceIdTaken'] = (id) => this.run(() => sources.sourceIdTaken(this.db, id));
  freeSourceId: StoreWriter['freeSourceId'] = (base) => this.run(() => sources.freeSourceId(this.db, base));
  insertSource: StoreWriter['insertSource'] = (s) => this.run(() => sources.insertSource(this.db, sourceRow(s)));
  deleteSource: StoreWriter['deleteSource'] = (id) => this.run(() => sources.deleteSourceRow(this.db, id));
  insertPassages: StoreWriter['insertPassages'] = (rows) => this.run(() => passages.insertPassages(this.db, rows.map(passageRow)));
  upsertMetrics: StoreWriter['upsertMetrics'] = (rows) => this.run(() => claims.upsertMetrics(this.db, rows.map(metricRow)));
  insertClaims: StoreWriter['insertClaims'] = (rows) => this.run(() => claims.insertClaims(this.db, rows.map(claimRow)));
  deleteUnusedMetrics: StoreWriter['deleteUnusedMetrics'] = () => this.run(() => claims.deleteUnusedDerivedMetrics(this.db));
  propositionsOfSource: StoreWriter['propositionsOfSource'] = (id) => this.run(() => conflicts.propositionsOfSource(this.db, id));
  claimsOfProposition: StoreWriter['claimsOfProposition'] = (p) => this.run(() => conflicts.claimsOfProposition(this.db, p));
  propositionOfClaim: StoreWriter['propositionOfClaim'] = (id) => this.run(() => conflicts.propositionOfClaim(this.db, id));
  conflictIdsOfProposition: StoreWriter['conflictIdsOfProposition'] = (p) => this.run(() => conflicts.conflictIdsOfProposition(this.db, p));
  insertReview: StoreWriter['insertReview'] = (row) => this.run(() => reviews.insertReview(this.db, row));
  updateReviewSnapshot: StoreWriter['updateReviewSnapshot'] = (id, snapshot) => this.run(() => reviews.updateReviewSnapshot(this.db, id, snapshot));
  upsertOverride: StoreWriter['upsertOverride'] = (row) => this.run(() => reviews.upsertOverride(this.db, row));
  insertSeparations: StoreWriter['insertSeparations'] = (pairs, id, at) => this.run(() => reviews.insertSeparations(this.db, pairs, id, at));
  separationsAmong: StoreWriter['separationsAmong'] = (ids) => this.run(() => reviews.separationsAmong(this.db, ids));
  insertAuditEntry: StoreWriter['insertAuditEntry'] = (row) => this.run(() => audit.insertAuditEntry(this.db, row));
  saveCitations: StoreWriter['saveCitations'] = (rows, selectors) => this.run(() => citations.saveCitations(this.db, rows, selectors));
  replaceConflicts: StoreWriter['replaceConflicts'] = (p, writes) => this.run(() => conflicts.replaceConflicts(this.db, p, writes));
}

export class SqliteStore extends SqliteRepos implements Store {
  readonly engine = 'sqlite' as const;
  /** Settles when the open write transaction ends; undefined when none is open. */
  private writing: Promise<void> | undefined;

  constructor(readonly handle: DbHandle) {
    const gate: Run = async (op) => {
      while (this.writing) await this.writing;
      return op();
    };
    super(handle.db, gate, new SqliteReads(handle.sqlite));
  }

  /**
   * BEGIN IMMEDIATE takes the file's write lock up front, so two writers (in other processes
   * on the same file) cannot both see "not stored yet" and race on a unique index.
   */
  async write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    while (this.writing) await this.writing;
    let done!: () => void;
    this.writing = new Promise((resolve) => (done = resolve));
    const { sqlite } = this.handle;
    try {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(new SqliteRepos(this.db, async (op) => op(), this.reads));
        sqlite.exec('COMMIT');
        return result;
      } catch (err) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.writing = undefined;
      done();
    }
  }

  /** Completes groups stored before their member text was (see SqliteReads.fillConflictClaims). */
  fillConflictClaims(): number {
    return this.reads.fillConflictClaims();
  }

  async ping(): Promise<void> {
    await this.run(() => this.reads.ping());
  }

  /**
   * A bulk import commits megabytes of pages per transaction, scattered over the indexes: the
   * default WAL checkpoint (at 1,000 pages) ran in nearly every commit and copied every page the
   * batch touched (index leaves and interiors, the tails of tables and of the full-text index)
   * back into the database file each time. Checkpointing every BULK_CHECKPOINT_PAGES instead
   * copies a page touched by several batches once; the last checkpoint runs when the import
   * ends (timed with it, not left to close). A larger page cache keeps the index pages the
   * batches keep returning to, instead of reading them back from the file each time.
   */
  async bulkWrites(): Promise<() => Promise<void>> {
    const { sqlite } = this.handle;
    const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
    const cache = sqlite.pragma('cache_size', { simple: true }) as number;
    sqlite.pragma(`wal_autocheckpoint = ${Math.max(checkpoint, BULK_CHECKPOINT_PAGES)}`);
    sqlite.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
    return async () => {
      while (this.writing) await this.writing;
      if (!sqlite.open) return;
      sqlite.pragma(`wal_autocheckpoint = ${checkpoint}`);
      sqlite.pragma(`cache_size = ${cache}`);
      // Back into the database file, and the log emptied (unless a reader holds on to it).
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    };
  }

  async close(): Promise<void> {
    while (this.writing) await this.writing;
    this.handle.close();
  }
}

export function openSqliteStore(url: string): SqliteStore {
  const store = new SqliteStore(openDb(url));
  store.fillConflictClaims();
  return store;
}
