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
  statType: text('stat_type'),
  basis: text('basis'),
  modality: text('modality'),
}, (t) => [index('metrics_measure_idx').on(t.measure)]);

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
    qualifier: text('qualifier').notNull(),
    intervalLow: real('interval_low'),
    intervalHigh: real('interval_high'),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    periodLabel: text('period_label'),
    periodResolution: text('period_resolution'),
    /** 1 when every part of the proposition and the period is resolved: only such claims are compared. */
    comparable: integer('comparable', { mode: 'boolean' }).notNull().default(false),
    /** The claim this figure restates in another unit or currency (a bracketed conversion). */
    restates: text('restates'),
    change: text('change'),
  },
  (t) => [
    index('claims_source_start_idx').on(t.sourceId, t.quoteStart, t.id),
    index('claims_passage_idx').on(t.passageId),
    index('claims_unit_idx').on(t.unit),
    index('claims_period_idx').on(t.periodStart, t.periodEnd),
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
    periodResolution: text('period_resolution').notNull().default('explicit'),
    status: text('status').notNull(),
    severity: text('severity').notNull(),
    consensusValue: real('consensus_value').notNull(),
    consensusMethod: text('consensus_method').notNull(),
    spread: real('spread').notNull(),
    explanation: text('explanation').notNull(),
  },
  (t) => [
    index('conflicts_status_severity_idx').on(t.status, t.severity, t.id),
    index('conflicts_proposition_idx').on(t.metric, t.periodStart, t.periodEnd),
  ],
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
    stance: text('stance').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.claimId] }), index('conflict_claims_claim_idx').on(t.claimId)],
);

