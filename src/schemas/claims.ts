import { z } from 'zod';
import { integerParam, IntervalSchema, ListQuerySchema, PeriodSchema } from './common.js';
import { SourceSchema } from './sources.js';
import { CHANGE_DIRECTIONS, MODALITIES, QUALIFIERS, STAT_TYPES } from '../domain/enums.js';

export const QualifierSchema = z.enum(QUALIFIERS).describe('The hedge the text puts on the figure ("about", "nearly", "more than", …).');

export const PropositionSchema = z
  .object({
    measure: z
      .string()
      .describe(
        'What is measured: an id of the measure lexicon (`trade`, `exports`, `installed-capacity`, `net-migration`, …). `GET /v1/metrics?measure=` lists its metrics.',
      ),
    subject: z.array(z.string()).describe('Entity ids measured: two, sorted, for a symmetric pair ("trade between China and Russia"); one otherwise.'),
    counterpart: z.string().nullable().describe('The other party of a directed measure: where exports go, where imports come from.'),
    facets: z
      .array(z.string())
      .describe(
        'Constraints on the measure: energy source, commodity, product, sector (`solar`, `natural-gas`, `mining`), the time unit a rate is given per (`per-month`), and the words that qualify the measure in its noun phrase (`core`, `fossil`, `net`, `excluding-oil`, `from-deforestation`, or any other modifier as written).',
      ),
    statType: z.enum(STAT_TYPES).describe('Level of the measure, its change, a share, a rate, or a count of events.'),
    basis: z
      .string()
      .nullable()
      .describe(
        'The terms the figure is stated in, `+`-joined and sorted: a currency code for a relative figure ("in yuan terms"), `real`, `nominal`, `calendar-adjusted`, `seasonally-adjusted`, `unadjusted`, `constant-currency` (a change with exchange-rate moves taken out: "at constant exchange rates"); what a change is measured against (`qoq`, `mom`, `yoy`, `vs-2019`, `annualized`, `against-forecast`); `revision` (the amount an estimate was revised by) or `previous-estimate` (the estimate a revision replaced); `by-<forecaster>` for a forecast cited from a named survey or estimate (`by-bloomberg`). Defaults are left out (an annual change is on the year before; GDP growth is price-adjusted). `comparison-unstated` marks a quarterly or monthly change that names no comparison: never compared.',
      ),
    modality: z.enum(MODALITIES).describe('An outturn, a target or goal, or a forecast, projection or plan. Only actuals meet actuals.'),
  })
  .meta({ id: 'Proposition' });

export const ClaimSchema = z
  .object({
    id: z.string().describe('Stable identifier: the same text yields the same IDs.'),
    sourceId: z.string(),
    passageId: z.string(),
    statement: z.string().describe('A readable sentence generated from the structured fields.'),
    metric: z.string().nullable().describe('Key of the proposition the value measures.'),
    quote: z
      .object({
        exact: z.string().describe('The words of the source that state the figure.'),
        start: z.number().int().nonnegative().describe('Code point offset into the source text, inclusive.'),
        end: z.number().int().nonnegative().describe('Code point offset into the source text, exclusive.'),
      })
      .describe('`Array.from(text).slice(start, end).join("") === exact`.'),
    value: z
      .number()
      .describe('The figure in base units (dollars, not billions; 40 for 40 %); a stated decrease is negative ("fell 3 %" is -3, with change `decrease`).'),
    unit: z.string().describe('ISO 4217 code for money, `percent`, `count`, `rank`, or a unit symbol (`km`, `m3`, `day`, …).'),
    qualifier: QualifierSchema,
    interval: IntervalSchema.describe('Every true value the wording is consistent with, from precision and hedge.'),
    period: PeriodSchema.nullable().describe('The time the figure refers to; null when nothing dates it.'),
    proposition: PropositionSchema.nullable().describe('The structured proposition `metric` renders; null when no measure of the lexicon fits the figure.'),
    comparable: z
      .boolean()
      .describe(
        'True when measure, parties, stat type, basis, modality and an explicit or relative period are all resolved: only such claims are compared with other sources.',
      ),
    change: z.enum(CHANGE_DIRECTIONS).nullable().describe('The direction of change the wording states ("rose 5 %", "fell 3 %").'),
    restates: z
      .string()
      .nullable()
      .describe('The claim this figure restates in another unit or currency (a bracketed conversion); such a claim is never compared on its own.'),
  })
  .meta({ id: 'Claim' });

export type Claim = z.infer<typeof ClaimSchema>;

export const ClaimListQuerySchema = ListQuerySchema.extend({
  sourceId: z.string().max(200).optional().describe('Only claims from this source.'),
  metric: z.string().max(200).optional().describe('Only claims measuring this metric key.'),
  unit: z.string().max(32).optional().describe('Only claims in this unit (e.g. `USD`, `percent`).'),
  year: integerParam(1, 9999).describe('Only claims whose period overlaps this calendar year.'),
  q: z.string().min(1).max(200).optional().describe('Full-text search over the passages the claims come from.'),
  measure: z.string().max(100).optional().describe('Only claims of this measure (e.g. `trade`).'),
  entity: z.string().max(100).optional().describe('Only claims about this entity, as subject or counterpart (e.g. `china`).'),
});

export const MetricListQuerySchema = ListQuerySchema.extend({
  measure: z.string().max(100).optional().describe('Only metrics of this measure.'),
  entity: z.string().max(100).optional().describe('Only metrics about this entity, as subject or counterpart.'),
});

export const MetricSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    unitKind: z.string().describe('Kind of unit the metric is measured in (money, percent, count, length, …).'),
    description: z.string(),
    claimCount: z.number().int().nonnegative(),
    derived: z
      .boolean()
      .describe('True when the key was derived from the wording because no measure of the lexicon fits; such metrics are for search and never compared.'),
    proposition: PropositionSchema.nullable().describe('The parts the key renders; null for derived keys.'),
  })
  .meta({ id: 'Metric' });

export type Metric = z.infer<typeof MetricSchema>;

export const IngestResultSchema = z
  .object({
    source: SourceSchema,
    passageCount: z.number().int().nonnegative().describe('Passages (sentences) the text was split into.'),
    claims: z.array(ClaimSchema).describe('The claims extracted from the text, in document order.'),
  })
  .meta({ id: 'IngestResult' });
