import data from './metrics.json' with { type: 'json' };
import type { MetricDefinition } from './types.js';

interface CatalogueEntry {
  key: string;
  label: string;
  unitKind: string;
  description: string;
}

/** The catalogue of known propositions, keyed by metric key (data lives in metrics.json). */
export const catalogue: ReadonlyMap<string, MetricDefinition> = new Map(
  (data.metrics as CatalogueEntry[]).map((m) => [m.key, { ...m, derived: false }]),
);
