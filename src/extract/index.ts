import { splitPassages, type PassageSpan } from './passages.js';
import type { ExtractedClaim, MetricDefinition, SourceMeta } from './types.js';

export interface Extraction {
  passages: PassageSpan[];
  claims: ExtractedClaim[];
  /** Metrics the claims refer to that are not in the catalogue (keys derived from wording). */
  derivedMetrics: MetricDefinition[];
}

/** Text in, passages and claims out: deterministic, no I/O. */
export function extract(text: string, _meta: SourceMeta): Extraction {
  const passages = splitPassages(text);
  return { passages, claims: [], derivedMetrics: [] };
}

export type { PassageSpan } from './passages.js';
export type * from './types.js';
