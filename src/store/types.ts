import type {
  AuditAction,
  AuditTarget,
  ChangeDirection,
  ConflictStatus,
  ConflictStatusFilter,
  ConsensusMethod,
  DismissReason,
  PeriodResolution,
  Qualifier,
  ReviewState,
  Severity,
  Stance,
} from '../domain/enums.js';
import type { Claim, Metric } from '../schemas/claims.js';
import type { Conflict } from '../schemas/conflicts.js';
import type { Passage, Source } from '../schemas/sources.js';
import type { AuditEntry } from '../schemas/audit.js';
import type { ReviewSnapshot } from '../review/snapshot.js';

export type Proposition = NonNullable<Claim['proposition']>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface PageQuery {
  limit: number;
  cursor?: string | undefined;
}

export interface ClaimFilter {
  sourceId?: string | undefined;
  metric?: string | undefined;
  unit?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
  measure?: string | undefined;
  entity?: string | undefined;
}

export interface MetricFilter {
  measure?: string | undefined;
  entity?: string | undefined;
}

export interface ConflictFilter {
  status: ConflictStatusFilter;
  severity?: Severity | undefined;
  metric?: string | undefined;
  measure?: string | undefined;
  entity?: string | undefined;
  /** Only conflicts whose period overlaps this calendar year. */
  year?: number | undefined;
  /** Only conflicts in this review state (`open` includes never reviewed). */
  review?: ReviewState | undefined;
}

export interface AuditFilter {
  action?: AuditAction | undefined;
  target?: string | undefined;
  keyName?: string | undefined;
}

/** One entry of a conflict's review history, as stored. */
export interface ReviewRecord {
  id: number;
  conflictId: string;
  state: ReviewState;
  reason: DismissReason | null;
  note: string | null;
  acceptedValue: number | null;
  acceptedUnit: string | null;
  supportClaimId: string | null;
  supportSourceId: string | null;
  author: string;
  requestId: string | null;
  createdAt: string;
  snapshot: ReviewSnapshot;
  changes: Record<string, unknown> | null;
}

export type NewReview = Omit<ReviewRecord, 'id' | 'reason' | 'note' | 'acceptedValue' | 'acceptedUnit' | 'supportClaimId' | 'supportSourceId'> &
  Partial<Pick<ReviewRecord, 'reason' | 'note' | 'acceptedValue' | 'acceptedUnit' | 'supportClaimId' | 'supportSourceId'>>;

/** A reviewer's correction of one claim: the effective claim is override ?? extraction. */
export interface OverrideRecord {
  claimId: string;
  metric: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  value: number | null;
  unit: string | null;
  excluded: boolean;
  reason: string;
  author: string;
  requestId: string | null;
  updatedAt: string;
}

export interface NewAuditEntry {
  at: string;
  keyName: string;
  requestId: string | null;
  action: AuditAction;
  targetType: AuditTarget;
  targetId: string;
  changes: Record<string, unknown>;
}

/** A source as written: its metadata and its text. */
export interface NewSource extends Source {
  text: string;
}

export interface NewPassage extends Passage {
  ordinal: number;
}

export interface NewMetric {
  key: string;
  label: string;
  unitKind: string;
  description: string;
  derived: boolean;
  proposition: Proposition | null;
}

/** A claim as written: the API shape without the proposition, which lives with its metric. */
export type NewClaim = Omit<Claim, 'proposition'>;

/** One proposition's key: a metric over a resolved period. */
export interface PropositionKey {
  metric: string;
  periodStart: string;
  periodEnd: string;
}

/** A claim stating a proposition, with what a conflict explanation names its source by. */
export interface PropositionClaim {
  id: string;
  sourceId: string;
  publisher: string | null;
  authors: string[];
  title: string;
  /** When the source was published, as stored (dates a forecast it reports). */
  publishedAt: string | null;
  metric: string | null;
  metricLabel: string | null;
  change: ChangeDirection | null;
  unit: string;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  periodStart: string;
  periodEnd: string;
  periodLabel: string | null;
  periodResolution: PeriodResolution | null;
  comparable: boolean;
  quote: string;
  start: number;
}

export interface NewConflict {
  id: string;
  metric: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  periodResolution: PeriodResolution;
  status: ConflictStatus;
  severity: Severity;
  consensusValue: number;
  consensusMethod: ConsensusMethod;
  spread: number;
  explanation: string;
  /** Every member with the figure it was judged on (as stated, after corrections). */
  members: Array<{
    claimId: string;
    sourceId: string;
    deviation: number;
    stance: Stance;
    value: number;
    unit: string;
    low: number | null;
    high: number | null;
  }>;
}

/** A conflict as a list serves it: every field but `claims`, whose JSON text is spliced in as stored. */
export type ListedConflict = Omit<Conflict, 'claims'> & { claimsJson: string };

export interface ConflictPeer {
  conflictId: string;
  claimId: string;
  stance: Stance;
}

/** A source's formatted references as stored, and the key (formatter version + CSL item) they were built from. */
export interface StoredCitation {
  key: string;
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
  ris: string;
}

/** A claim's quote selectors as stored: the TextQuoteSelector's parts and the widened code point range. */
export interface StoredSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** A claim with what its citation shows, read together; the stored parts are null until built. */
export interface CitedClaim {
  /** What a citation shows of the claim itself. */
  claim: Pick<Claim, 'id' | 'sourceId' | 'statement' | 'quote'>;
  source: Source;
  passage: Passage;
  citation: StoredCitation | null;
  selectors: StoredSelectors | null;
}

/**
 * One page of a claim's citation: the claim itself, the claims of other sources in its
 * conflict group (ordered by claim id) with their stance relative to it, and how many such
 * claims there are in all, by stance.
 */
export interface CitationPage {
  own: CitedClaim;
  peers: Array<CitedClaim & { stance: 'corroborating' | 'contradicting' }>;
  counts: { corroborating: number; contradicting: number };
  nextCursor: string | null;
}

/** What every reader of the store may ask, inside a write or outside one. */
export interface StoreReader {
  listSources(page: PageQuery): Promise<Page<Source>>;
  getSource(id: string): Promise<Source>;
  getSourceText(id: string): Promise<string>;
  findSourceByHash(hash: string): Promise<Source | undefined>;
  countSources(): Promise<number>;
  getPassage(id: string): Promise<Passage>;
  passagesOfSource(sourceId: string): Promise<Passage[]>;
  countPassages(sourceId: string): Promise<number>;
  listClaims(filter: ClaimFilter, page: PageQuery): Promise<Page<Claim>>;
  getClaim(id: string): Promise<Claim>;
  claimsByIds(ids: string[]): Promise<Claim[]>;
  claimsOfSource(sourceId: string): Promise<Claim[]>;
  listMetrics(query: PageQuery & MetricFilter): Promise<Page<Metric>>;
  /**
   * A page of conflicts: at most `limit`, and fewer where their groups are large (a page stops
   * before the group that would take it past CONFLICT_PAGE_MEMBERS members; the cursor goes on).
   */
  listConflicts(filter: ConflictFilter, page: PageQuery): Promise<Page<Conflict>>;
  /** The same page with each group's members as the JSON text the API serves (`Conflict.claims`). */
  listConflictPage(filter: ConflictFilter, page: PageQuery): Promise<Page<ListedConflict>>;
  getConflict(id: string): Promise<Conflict>;
  /** One conflict with its members as their stored JSON text (what `getConflict` parses). */
  getListedConflict(id: string): Promise<ListedConflict>;
  conflictPeersOf(claimId: string): Promise<ConflictPeer[]>;
  /**
   * A claim's citation with a page of its peers, in a fixed number of indexed queries whatever
   * the size of its group (a claim belongs to at most one conflict group). Throws NotFoundError.
   */
  citationPage(claimId: string, page: PageQuery): Promise<CitationPage>;
  /** The stored texts of the given sources, by id (missing ids are left out). */
  sourceTexts(ids: string[]): Promise<Map<string, string>>;
  metricExists(key: string): Promise<boolean>;
  metricLabel(key: string): Promise<string | null>;
  /** A conflict's review entries, oldest first. */
  reviewHistory(conflictId: string): Promise<ReviewRecord[]>;
  /** The latest review of each given conflict (its current review state). */
  latestReviews(conflictIds: string[]): Promise<Map<string, ReviewRecord>>;
  /** The latest review of every conflict whose current state is `state`, newest first. */
  reviewsInState(state: ReviewState): Promise<ReviewRecord[]>;
  /** The claims a review separated from each other, sorted. */
  claimsSeparatedBy(reviewId: number): Promise<string[]>;
  getOverride(claimId: string): Promise<OverrideRecord | undefined>;
  /** Newest first. */
  listAuditEntries(filter: AuditFilter, page: PageQuery): Promise<Page<AuditEntry>>;
}

/** The writes a use case makes, only ever inside `Store.write`. */
export interface StoreWriter extends StoreReader {
  sourceIdTaken(id: string): Promise<boolean>;
  /** `base` if no source holds it, else `base-N` with the smallest N ≥ 2 that none holds: one read, however many hold `base-…`. */
  freeSourceId(base: string): Promise<string>;
  insertSource(source: NewSource): Promise<void>;
  /** False when no such source exists. Its passages, claims and conflict memberships go with it. */
  deleteSource(id: string): Promise<boolean>;
  insertPassages(passages: NewPassage[]): Promise<void>;
  /** A metric's row is written once: a key already stored keeps its row. */
  upsertMetrics(metrics: NewMetric[]): Promise<void>;
  insertClaims(claims: NewClaim[]): Promise<void>;
  /** Metrics no claim or conflict refers to any more. */
  deleteUnusedMetrics(): Promise<void>;
  /** The propositions a source's comparable claims belong to, as corrected. */
  propositionsOfSource(sourceId: string): Promise<PropositionKey[]>;
  /** The claims stating a proposition as corrected (override ?? extraction), ordered by id. */
  claimsOfProposition(p: PropositionKey): Promise<PropositionClaim[]>;
  /** The proposition one claim belongs to now (after any correction), or null. */
  propositionOfClaim(claimId: string): Promise<PropositionKey | null>;
  /** Ids of the conflicts currently stored for a proposition. */
  conflictIdsOfProposition(p: PropositionKey): Promise<string[]>;
  insertReview(row: NewReview): Promise<ReviewRecord>;
  updateReviewSnapshot(id: number, snapshot: ReviewSnapshot): Promise<void>;
  upsertOverride(row: OverrideRecord): Promise<void>;
  /** Stores each pair (in either order) once, as separated by `reviewId`. */
  insertSeparations(pairs: Array<[string, string]>, reviewId: number, at: string): Promise<void>;
  /** Separated pairs that involve any of the given claims. */
  separationsAmong(claimIds: string[]): Promise<Array<[string, string]>>;
  insertAuditEntry(row: NewAuditEntry): Promise<void>;
  /** Stores (or replaces) built citations of sources and selectors of claims. */
  saveCitations(citations: Array<StoredCitation & { sourceId: string }>, selectors: Array<StoredSelectors & { claimId: string }>): Promise<void>;
  /** Replaces the stored conflicts of one proposition with freshly judged ones. */
  replaceConflicts(p: PropositionKey, conflicts: NewConflict[]): Promise<void>;
}

export type Engine = 'sqlite' | 'postgres';

/**
 * The storage boundary. Reads see only committed writes. `write` runs its callback in one
 * transaction that holds the store's write lock, so writers from any process are serialized
 * and a failure anywhere leaves nothing behind.
 */
export interface Store extends StoreReader {
  readonly engine: Engine;
  write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Tunes the store for a long run of large write transactions (a bulk import) until the
   * returned function is called, which also finishes the work deferred meanwhile.
   */
  bulkWrites?(): Promise<() => Promise<void>>;
}
