import data from './metrics.json' with { type: 'json' };
import type { MetricDefinition } from './types.js';

interface RuleSet {
  sentence?: string[];
  paragraph?: string[];
  before?: string[];
  after?: string[];
  not?: string[];
  notAfter?: string[];
}

interface CatalogueEntry {
  key: string;
  label: string;
  unitKind: string;
  description: string;
  match: RuleSet[];
}

export interface CompiledRules {
  sentence: RegExp[];
  paragraph: RegExp[];
  before: RegExp[];
  after: RegExp[];
  not: RegExp[];
  notAfter: RegExp[];
  /** Rules tied to the figure's own words rank above rules about the whole sentence. */
  specificity: number;
}

export interface CatalogueMetric extends MetricDefinition {
  rules: CompiledRules[];
}

const compile = (patterns: string[] | undefined) => (patterns ?? []).map((p) => new RegExp(p, 'iu'));

/** The catalogue of known propositions (data in metrics.json), keyed by metric key. */
export const catalogue: ReadonlyMap<string, CatalogueMetric> = new Map(
  (data.metrics as CatalogueEntry[]).map((m) => [
    m.key,
    {
      key: m.key,
      label: m.label,
      unitKind: m.unitKind,
      description: m.description,
      derived: false,
      rules: m.match.map((r) => ({
        sentence: compile(r.sentence),
        paragraph: compile(r.paragraph),
        before: compile(r.before),
        after: compile(r.after),
        not: compile(r.not),
        notAfter: compile(r.notAfter),
        specificity: (r.before?.length ?? 0) * 2 + (r.after?.length ?? 0) * 2 + (r.sentence?.length ?? 0),
      })),
    },
  ]),
);

/** Plain definitions, as stored in the metrics table. */
export function definitionOf(metric: CatalogueMetric): MetricDefinition {
  return { key: metric.key, label: metric.label, unitKind: metric.unitKind, description: metric.description, derived: false };
}
