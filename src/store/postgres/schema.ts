import { boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Text compared byte by byte, as SQLite compares it: ids, keys and dates sort and page the
 * same on both engines whatever the database's default collation.
 */
const text = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/** Full-text index terms of a passage, written with the passage (see `searchWords`). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const sources = pgTable(
  'sources',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    authors: jsonb('authors').$type<string[]>().notNull(),
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

export const passages = pgTable(
  'passages',
  {
    id: text('id').primaryKey(),
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
    search: tsvector('search').notNull(),
  },
  (t) => [index('passages_source_ordinal_idx').on(t.sourceId, t.ordinal), index('passages_search_idx').using('gin', t.search)],
);

export const metrics = pgTable(
  'metrics',
  {
    key: text('key').primaryKey(),
    label: text('label').notNull(),
    unitKind: text('unit_kind').notNull(),
    description: text('description').notNull(),
    derived: boolean('derived').notNull().default(false),
    // The proposition the key renders (null for keys derived from wording).
    measure: text('measure'),
    subject: jsonb('subject').$type<string[]>(),
    counterpart: text('counterpart'),
    facets: jsonb('facets').$type<string[]>(),
    statType: text('stat_type'),
    basis: text('basis'),
    modality: text('modality'),
  },
  (t) => [index('metrics_measure_idx').on(t.measure)],
);

export const claims = pgTable(
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
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    qualifier: text('qualifier').notNull(),
    intervalLow: doublePrecision('interval_low'),
    intervalHigh: doublePrecision('interval_high'),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    periodLabel: text('period_label'),
    periodResolution: text('period_resolution'),
    comparable: boolean('comparable').notNull().default(false),
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

export const conflicts = pgTable(
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
    consensusValue: doublePrecision('consensus_value').notNull(),
    consensusMethod: text('consensus_method').notNull(),
    spread: doublePrecision('spread').notNull(),
    explanation: text('explanation').notNull(),
  },
  (t) => [index('conflicts_status_severity_idx').on(t.status, t.severity, t.id), index('conflicts_proposition_idx').on(t.metric, t.periodStart, t.periodEnd)],
);

export const conflictClaims = pgTable(
  'conflict_claims',
  {
    conflictId: text('conflict_id')
      .notNull()
      .references(() => conflicts.id, { onDelete: 'cascade' }),
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').notNull(),
    deviation: doublePrecision('deviation').notNull(),
    stance: text('stance').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.claimId] }), index('conflict_claims_claim_idx').on(t.claimId)],
);
