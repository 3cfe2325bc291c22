import {
  AUDIT_ACTIONS,
  AUDIT_TARGETS,
  CHANGE_DIRECTIONS,
  CONFLICT_STATUSES,
  CONSENSUS_METHODS,
  DISMISS_REASONS,
  MODALITIES,
  PERIOD_RESOLUTIONS,
  QUALIFIERS,
  REVIEW_STATES,
  SEVERITIES,
  STANCES,
  STAT_TYPES,
} from '../../domain/enums.js';
import { sql } from 'drizzle-orm';
import type { ReviewSnapshot } from '../../review/snapshot.js';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    authors: text('authors', { mode: 'json' }).$type<string[]>().notNull(),
    publisher: text('publisher'),
    url: text('url'),
    publishedAt: text('published_at'),
    language: text('language').notNull(),
    contentHash: text('content_hash').notNull(),
    characterCount: integer('character_count').notNull(),
    claimCount: integer('claim_count').notNull().default(0),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('sources_content_hash_unique').on(t.contentHash)],
);

export const passages = sqliteTable(
  'passages',
  {
    // Explicit integer rowid so FTS5 can use passages as its external content table.
    rowid: integer('rowid').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    prefix: text('prefix').notNull(),
    suffix: text('suffix').notNull(),
    paragraph: integer('paragraph').notNull(),
  },
  (t) => [uniqueIndex('passages_id_unique').on(t.id), index('passages_source_ordinal_idx').on(t.sourceId, t.ordinal)],
);

export const metrics = sqliteTable(
  'metrics',
  {
    key: text('key').primaryKey(),
    label: text('label').notNull(),
    unitKind: text('unit_kind').notNull(),
    description: text('description').notNull(),
    derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
    // The proposition the key renders (null for keys derived from wording).
    measure: text('measure'),
    subject: text('subject', { mode: 'json' }).$type<string[]>(),
    counterpart: text('counterpart'),
    facets: text('facets', { mode: 'json' }).$type<string[]>(),
    statType: text('stat_type', { enum: STAT_TYPES }),
    basis: text('basis'),
    modality: text('modality', { enum: MODALITIES }),
  },
  (t) => [index('metrics_measure_idx').on(t.measure)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    passageId: text('passage_id')
      .notNull()
      .references(() => passages.id, { onDelete: 'cascade' }),
    statement: text('statement').notNull(),
    metric: text('metric').references(() => metrics.key),
    quoteExact: text('quote_exact').notNull(),
    quoteStart: integer('quote_start').notNull(),
    quoteEnd: integer('quote_end').notNull(),
    value: real('value').notNull(),
    unit: text('unit').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    intervalLow: real('interval_low'),
    intervalHigh: real('interval_high'),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    periodLabel: text('period_label'),
    periodResolution: text('period_resolution', { enum: PERIOD_RESOLUTIONS }),
    /** 1 when every part of the proposition and the period is resolved: only such claims are compared. */
    comparable: integer('comparable', { mode: 'boolean' }).notNull().default(false),
    /** The claim this figure restates in another unit or currency (a bracketed conversion). */
    restates: text('restates'),
    change: text('change', { enum: CHANGE_DIRECTIONS }),
  },
  (t) => [
    index('claims_source_start_idx').on(t.sourceId, t.quoteStart, t.id),
    index('claims_passage_idx').on(t.passageId, t.quoteStart, t.id),
    // Each list filter with the list's order (source, position, id): a page is read in order, never sorted.
    index('claims_metric_order_idx').on(t.metric, t.sourceId, t.quoteStart, t.id),
    index('claims_unit_order_idx').on(t.unit, t.sourceId, t.quoteStart, t.id),
    index('claims_proposition_idx').on(t.metric, t.periodStart, t.periodEnd),
  ],
);

export const conflicts = sqliteTable(
  'conflicts',
  {
    id: text('id').primaryKey(),
    metric: text('metric')
      .notNull()
      .references(() => metrics.key),
    unit: text('unit').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    periodLabel: text('period_label').notNull(),
    periodResolution: text('period_resolution', { enum: PERIOD_RESOLUTIONS }).notNull().default('explicit'),
    status: text('status', { enum: CONFLICT_STATUSES }).notNull(),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    consensusValue: real('consensus_value').notNull(),
    consensusMethod: text('consensus_method', { enum: CONSENSUS_METHODS }).notNull(),
    spread: real('spread').notNull(),
    explanation: text('explanation').notNull(),
    /** How many members the group has: a list page is bounded by its members (see CONFLICT_PAGE_MEMBERS). */
    claimCount: integer('claim_count').notNull().default(0),
    /**
     * The group's members as the API lists them (`Conflict.claims`, JSON), written with the group
     * in the transaction that judges it, so a page of conflicts is read without a join per member.
     * Last, so reading the other columns never touches its overflow pages. Null only on rows
     * judged before it existed, until the store fills them in on open.
     */
    claimsJson: text('claims_json'),
  },
  (t) => [
    // The list filters with the list's order (id): status alone, with severity, with metric; metric alone (status=all).
    index('conflicts_status_idx').on(t.status, t.id),
    index('conflicts_status_severity_idx').on(t.status, t.severity, t.id),
    index('conflicts_status_metric_idx').on(t.status, t.metric, t.id),
    index('conflicts_metric_idx').on(t.metric, t.id),
    index('conflicts_proposition_idx').on(t.metric, t.periodStart, t.periodEnd),
    // Groups still without their member text (stored before it existed): empty once filled, so opening a store finds none at once.
    index('conflicts_unfilled_idx').on(t.id).where(sql`${t.claimsJson} is null`),
  ],
);

/**
 * What the claim list filters by beyond the claim row, one row per claim and term, keyed in the
 * list's order: `measure:<measure>` and `entity:<entity>` of the claim's proposition (from its
 * metric), and `year:<y>` for every calendar year its period touches. A filter on a term reads
 * its page in order from the key and stops at the page. Written with a source's claims by
 * insertClaims (claims.ts) and kept in step by triggers on `claims` when a claim changes or goes
 * (migrations/0009_list_terms_triggers.sql).
 */
export const claimTerms = sqliteTable(
  'claim_terms',
  {
    term: text('term').notNull(),
    sourceId: text('source_id').notNull(),
    quoteStart: integer('quote_start').notNull(),
    claimId: text('claim_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.sourceId, t.quoteStart, t.claimId] }), index('claim_terms_claim_idx').on(t.claimId)],
);

/** The same terms for conflicts (from the group's metric and period), keyed in their list's order (id). */
export const conflictTerms = sqliteTable(
  'conflict_terms',
  {
    term: text('term').notNull(),
    conflictId: text('conflict_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.conflictId] }), index('conflict_terms_conflict_idx').on(t.conflictId)],
);

export const conflictClaims = sqliteTable(
  'conflict_claims',
  {
    conflictId: text('conflict_id')
      .notNull()
      .references(() => conflicts.id, { onDelete: 'cascade' }),
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').notNull(),
    deviation: real('deviation').notNull(),
    stance: text('stance', { enum: STANCES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.claimId] }), index('conflict_claims_claim_idx').on(t.claimId)],
);

/**
 * Reviews of a conflict, append-only: the latest row is the conflict's review state. Keyed by
 * the conflict's stable id and deliberately without a foreign key, because conflict rows are
 * deleted and re-inserted on every re-judge and a group may dissolve while its review stays.
 */
export const conflictReviews = sqliteTable(
  'conflict_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conflictId: text('conflict_id').notNull(),
    state: text('state', { enum: REVIEW_STATES }).notNull(),
    reason: text('reason', { enum: DISMISS_REASONS }),
    note: text('note'),
    acceptedValue: real('accepted_value'),
    acceptedUnit: text('accepted_unit'),
    supportClaimId: text('support_claim_id'),
    supportSourceId: text('support_source_id'),
    author: text('author').notNull(),
    requestId: text('request_id'),
    createdAt: text('created_at').notNull(),
    /** The group as the reviewer saw it: status and members with their values. */
    snapshot: text('snapshot', { mode: 'json' }).$type<ReviewSnapshot>().notNull(),
    /** For a `stale` row: what re-judging changed since the reviewed snapshot. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('conflict_reviews_conflict_idx').on(t.conflictId, t.id)],
);

/**
 * A reviewer's correction of one claim. The extracted claim row stays as it was; the effective
 * claim is override ?? extraction. Keyed by claim id without a foreign key so that removing and
 * re-ingesting a source (same text, same claim ids) finds its corrections again.
 */
export const claimOverrides = sqliteTable('claim_overrides', {
  claimId: text('claim_id').primaryKey(),
  metric: text('metric'),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  periodLabel: text('period_label'),
  value: real('value'),
  unit: text('unit'),
  /** Split out of every group: the claim is not compared with other sources. */
  excluded: integer('excluded', { mode: 'boolean' }).notNull().default(false),
  reason: text('reason').notNull(),
  author: text('author').notNull(),
  requestId: text('request_id'),
  updatedAt: text('updated_at').notNull(),
});

/** Claim pairs a reviewer found to state different propositions: never grouped together again. */
export const claimSeparations = sqliteTable(
  'claim_separations',
  {
    claimA: text('claim_a').notNull(),
    claimB: text('claim_b').notNull(),
    reviewId: integer('review_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimA, t.claimB] }), index('claim_separations_b_idx').on(t.claimB)],
);

/** Every write, kept when what it wrote is gone (no foreign keys). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    keyName: text('key_name').notNull(),
    requestId: text('request_id'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    targetType: text('target_type', { enum: AUDIT_TARGETS }).notNull(),
    targetId: text('target_id').notNull(),
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('audit_log_target_idx').on(t.targetId, t.id)],
);

/**
 * A source's formatted references, built once (at ingest, or on the first citation of a source
 * stored without them) instead of on every request.
 * `key` is the formatter version and the CSL item they were formatted from: a row whose key no
 * longer matches the source's current item is stale and formatted again.
 */
export const sourceCitations = sqliteTable('source_citations', {
  sourceId: text('source_id')
    .primaryKey()
    .references(() => sources.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  apa: text('apa').notNull(),
  mla: text('mla').notNull(),
  chicago: text('chicago').notNull(),
  bibtex: text('bibtex').notNull(),
  ris: text('ris').notNull(),
});

/**
 * The W3C selectors of a claim's quote, built once from the source text (which never changes
 * under a stored claim), so a citation needs no text read.
 */
export const quoteSelectors = sqliteTable('quote_selectors', {
  claimId: text('claim_id')
    .primaryKey()
    .references(() => claims.id, { onDelete: 'cascade' }),
  exact: text('exact').notNull(),
  prefix: text('prefix').notNull(),
  suffix: text('suffix').notNull(),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
});
