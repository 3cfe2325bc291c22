import type { ChangeDirection, Modality, PeriodResolution, Qualifier, StatType } from '../domain/enums.js';

export type { Modality, Qualifier, StatType };
export type Resolution = PeriodResolution;

export interface Period {
  /** ISO dates, inclusive; null only for unresolved periods. */
  start: string | null;
  end: string | null;
  label: string;
  resolution: Resolution;
  /**
   * Set while reading: the fiscal year (and how many of its months, from its `from`th month, the first if unset) the
   * text named, dated once the budget's owner is known.
   */
  fiscal?: { year: number; months: number; from?: number };
  /**
   * Set while reading: a quarter or half named without its year ("the fourth quarter", "Q4"), dated meanwhile as the
   * latest such calendar quarter; a company that keeps a fiscal year means its own quarter (months `from`…), `back` years
   * before its latest such quarter ("from $164 billion" a year earlier).
   */
  yearUnstated?: { from: number; months: number; back?: number };
  /** Set while reading: the words say the unstated year is a fiscal one ("the fourth quarter of the current financial year"). */
  fiscalNamed?: boolean;
  /** Set while reading: the period is the last quarter of a year that ends with it ("the fourth quarter ended January 28, 2024"). */
  closesYear?: boolean;
  /** Set while reading: a fiscal year named by where it stands ("the current financial year" 0, "next fiscal year" 1), dated by its owner's convention. */
  fiscalOffset?: number;
  /** Set while reading: the year names an event held in it ("the 2024 general election"), whose figures are of the event, not of the year's end. */
  eventYear?: boolean;
  /** Set while reading: its sentence or the lead tells that event as held ("The 2024 general election has resulted in …"), so its year's figures are results. */
  eventHeld?: boolean;
}

export interface Interval {
  low: number | null;
  high: number | null;
}

export type Change = ChangeDirection;

/** What a figure measures, of whom, in which terms: the parts that must all be equal for two claims to be compared. */
export interface Proposition {
  /** Measure id from the measure lexicon. */
  measure: string;
  /** Entity ids measured: two, sorted, for a symmetric pair ("trade between A and B"); one otherwise. */
  subject: string[];
  /** The other party of a directed measure: where exports go, where imports come from. */
  counterpart: string | null;
  /** Constraints on the measure (energy source, commodity, product), sorted. */
  facets: string[];
  statType: import('../lexicon/measures.js').StatType;
  /** The terms a relative figure is stated in ("CNY" for "in yuan terms", "real", "seasonally-adjusted"). */
  basis: string | null;
  modality: Modality;
}

export interface MetricDefinition {
  key: string;
  label: string;
  unitKind: string;
  description: string;
  derived: boolean;
  /** The structured proposition the key renders; null for keys derived from wording. */
  proposition: Proposition | null;
}

export interface ExtractedClaim {
  /** Ordinal of the passage (sentence) the quote sits in. */
  passageOrdinal: number;
  quote: { exact: string; start: number; end: number };
  value: number;
  unit: string;
  qualifier: Qualifier;
  interval: Interval;
  period: Period | null;
  metric: string | null;
  statement: string;
  proposition: Proposition | null;
  /** True when every part of the proposition and the period is resolved, so the claim may meet others. */
  comparable: boolean;
  /** Index (in the same extraction) of the claim this figure restates in another unit or currency. */
  restates: number | null;
  change: Change | null;
}

export interface SourceMeta {
  publishedAt: string | null;
  /** The headline: read for entities and periods a sentence leaves open. */
  title?: string | null;
  /** The publisher: an agency the gazetteer knows stands for what it reports on, as a last resort. */
  publisher?: string | null;
}
