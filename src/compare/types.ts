import type { ConflictStatus, ConsensusMethod, Severity, Stance } from '../domain/enums.js';
import type { Qualifier } from '../extract/types.js';

/** A claim as the comparison layer needs it: only claims with a metric and a resolved period qualify. */
export interface ComparableClaim {
  id: string;
  sourceId: string;
  /** How the explanation names the source: the publisher, or the title when there is none. */
  sourceLabel: string;
  metric: string;
  /** How explanations name the metric ("trade between China and Russia"). */
  metricLabel?: string;
  unit: string;
  value: number;
  qualifier: Qualifier;
  interval: { low: number | null; high: number | null };
  period: { start: string; end: string; label: string };
  /** The exact words that state the figure, quoted by the explanation. */
  quote: string;
  /** Offset of the quote in its source; picks the first of a repeated figure. */
  start: number;
  /**
   * For a view held at a time (a forecast): when it was stated, e.g. the month its source was
   * published. Views of different times that disagree are revisions, judged apart (see compareClaims).
   */
  issued?: string | null;
  /**
   * The claim states an estimate a revision replaced: reports of different months that disagree give
   * successive superseded estimates, judged apart; reports that agree, however far apart, state one.
   */
  estimate?: boolean;
}

export type { ConflictStatus, ConsensusMethod, Severity, Stance };

export interface ConflictMember {
  claimId: string;
  sourceId: string;
  /** value, unit and interval as the claim states them (not converted). */
  value: number;
  unit: string;
  interval: { low: number | null; high: number | null };
  /** (value − consensus) / |consensus|, both in the group's unit. */
  deviation: number;
  stance: Stance;
}

export interface Consensus {
  value: number;
  unit: string;
  method: ConsensusMethod;
}

export interface ConflictGroup {
  /** propositionKey of the members: stable across runs, a natural basis for a conflict id. */
  key: string;
  metric: string;
  unit: string;
  period: { start: string; end: string; label: string };
  status: ConflictStatus;
  severity: Severity;
  consensus: Consensus;
  /** (max − min) / |consensus| of the point values, in the group's unit. */
  spread: number;
  members: ConflictMember[];
  explanation: string;
}

/**
 * The range of true values a claim's wording allows, in the group's unit. A null bound is
 * unbounded; an open bound excludes its endpoint ("more than 40" does not allow 40).
 */
export interface Bounds {
  low: number | null;
  lowOpen: boolean;
  high: number | null;
  highOpen: boolean;
}

/** A claim converted to its group's unit, ready to be compared. */
export interface NormalizedClaim {
  claim: ComparableClaim;
  value: number;
  bounds: Bounds;
}
