export type Qualifier = 'exact' | 'approximately' | 'nearly' | 'more_than' | 'at_least' | 'less_than' | 'at_most';

export type Resolution = 'explicit' | 'relative' | 'publication' | 'unresolved';

export interface Period {
  /** ISO dates, inclusive; null only for unresolved periods. */
  start: string | null;
  end: string | null;
  label: string;
  resolution: Resolution;
}

export interface Interval {
  low: number | null;
  high: number | null;
}

export interface MetricDefinition {
  key: string;
  label: string;
  unitKind: string;
  description: string;
  derived: boolean;
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
  /** "rose 5 %" → increase, "fell 3 %" → decrease; null for a level ("reached 5 %"). */
  change: 'increase' | 'decrease' | null;
}

export interface SourceMeta {
  publishedAt: string | null;
}
