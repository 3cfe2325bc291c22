/**
 * Every closed set of values the product stores, returns or reads from its configuration,
 * declared once. The zod schemas (`z.enum(TUPLE)`), both engines' column types
 * (`text('x', { enum: TUPLE })`) and the TypeScript types (`(typeof TUPLE)[number]`) are
 * derived from these tuples, so a value added here reaches the API contract, the database
 * rows and the code together. The order of each tuple is the order the OpenAPI document lists.
 */

/** The hedge the text puts on a figure: "about", "nearly", "more than", … */
export const QUALIFIERS = ['exact', 'approximately', 'nearly', 'more_than', 'at_least', 'less_than', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How a period was found: named in the text, relative to publication, the publication date, or not at all. */
export const PERIOD_RESOLUTIONS = ['explicit', 'relative', 'publication', 'unresolved'] as const;
export type PeriodResolution = (typeof PERIOD_RESOLUTIONS)[number];

/** Level of a measure, its change, a share, a rate, or a count of events. */
export const STAT_TYPES = ['level', 'change', 'share', 'rate', 'count'] as const;
export type StatType = (typeof STAT_TYPES)[number];

/** An outturn, a target or goal, or a forecast, projection or plan. */
export const MODALITIES = ['actual', 'target', 'forecast'] as const;
export type Modality = (typeof MODALITIES)[number];

/** The direction of change the wording states ("rose 5 %", "fell 3 %"). */
export const CHANGE_DIRECTIONS = ['increase', 'decrease'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** Whether the members of a conflict group agree. */
export const CONFLICT_STATUSES = ['agreement', 'discrepancy'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** The `status` filter of the conflict list: a status, or every conflict. */
export const CONFLICT_STATUS_FILTERS = ['discrepancy', 'agreement', 'all'] as const satisfies ReadonlyArray<ConflictStatus | 'all'>;
export type ConflictStatusFilter = (typeof CONFLICT_STATUS_FILTERS)[number];
// Fails to compile if a status is added above and not to the filter.
const _everyStatusFilters: Exclude<ConflictStatus, ConflictStatusFilter> extends never ? true : never = true;

/** How far a conflict's members are apart. */
export const SEVERITIES = ['none', 'minor', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How a group's consensus value was reached. */
export const CONSENSUS_METHODS = ['median-of-largest-overlapping-cluster', 'median-of-all'] as const;
export type ConsensusMethod = (typeof CONSENSUS_METHODS)[number];

/** Where a member of a conflict group stands against the consensus. */
export const STANCES = ['corroborating', 'contradicting'] as const;
export type Stance = (typeof STANCES)[number];

/** A citation's stance: the cited claim itself, or a peer in one of its conflict groups. */
export const CITATION_STANCES = ['primary', ...STANCES] as const;
export type CitationStance = (typeof CITATION_STANCES)[number];

/** Bibliographic formats a claim's sources are exported in. */
export const EXPORT_FORMATS = ['csl', 'bibtex', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=` of the citations endpoint: citations with selectors, a Web Annotation, or an export format. */
export const CITATION_FORMATS = ['json', 'annotation', ...EXPORT_FORMATS] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** CSL-JSON item types a source is cited as. */
export const CSL_ITEM_TYPES = ['article-magazine', 'webpage'] as const;
export type CslItemType = (typeof CSL_ITEM_TYPES)[number];

/** Review states of a conflict; `open` also stands for never reviewed. */
export const REVIEW_STATES = ['open', 'confirmed', 'dismissed', 'explained', 'resolved', 'stale'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Why a reviewer dismissed a conflict. */
export const DISMISS_REASONS = ['different-proposition', 'different-period', 'not-in-source', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** Writes the audit log records. */
export const AUDIT_ACTIONS = ['ingest', 'delete', 'review', 'correction'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about. */
export const AUDIT_TARGETS = ['source', 'conflict', 'claim'] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

/** What a unit measures. */
export const DIMENSIONS = [
  'money',
  'percent',
  'percentage_point',
  'count',
  'rank',
  'length',
  'area',
  'volume',
  'mass',
  'time',
  'energy',
  'power',
  'speed',
  'data',
  'temperature',
  'frequency',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The standard a unit code is taken from. */
export const UNIT_STANDARDS = ['UCUM', 'ISO 4217'] as const;
export type UnitStandard = (typeof UNIT_STANDARDS)[number];

/** Log levels of the server (pino's, and `silent`). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
