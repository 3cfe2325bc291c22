import { z } from 'zod';
import facetData from './facets.json' with { type: 'json' };
import exampleData from './measure-examples.json' with { type: 'json' };
import measureData from './measures.json' with { type: 'json' };
import { SurfaceForms } from './surface-forms.js';

import { STAT_TYPES } from '../domain/enums.js';

export { STAT_TYPES, type StatType } from '../domain/enums.js';

const ExampleSchema = z.strictObject({
  text: z.string().min(1),
  figure: z.string().min(1),
  subject: z.array(z.string()).optional(),
  counterpart: z.string().optional(),
  stat: z.enum(STAT_TYPES).optional(),
});

const MeasureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  unitKinds: z.array(z.string()).min(1),
  /** flow: over a period; stock: at an instant; rate: a level that is itself a ratio; event: counted occurrences. */
  shape: z.enum(['flow', 'stock', 'rate', 'event']),
  /** pair: symmetric between two parties; directed: subject → counterpart; single: of one party; none: of no party. */
  roles: z.enum(['pair', 'directed', 'single', 'none']),
  fiscal: z.boolean().optional(),
  /**
   * Fixed before the time it is for (prize money, a dividend): stated for a time not yet over when the text was
   * written, it is what was announced, not a projection.
   */
  setInAdvance: z.boolean().optional(),
  /** Measured of political parties (seats, a share of the vote): a party the text names is the party of these only, never of a figure of another measure. */
  ofParties: z.boolean().optional(),
  /** Measured of organisations: an unknown name opening the sentence owns it ("Harbourview Airport welcomed 12 million passengers"). */
  ownedByName: z.boolean().optional(),
  /** Nouns a figure of this measure may count ("a majority of 174 seats"); a figure counting anything else ("a majority of 320 votes") is not of it. */
  countsOnly: z.array(z.string()).optional(),
  /** Measured of places: a capital named as owner is the city ("Nairobi's population"), not its country's government. */
  ofPlaces: z.boolean().optional(),
  /**
   * A directed flow that comes in: its owner is where it arrives and its counterpart where it comes from ("imports from
   * Russia", "visitors from South Korea"); an outward flow's counterpart is where it goes ("exports to France").
   */
  inbound: z.boolean().optional(),
  /** The counterpart is what the measure's noun is of: "acquisition of Vizio", "takeover of TV maker Vizio". */
  counterpartOf: z.boolean().optional(),
  /** The party is where the measured things come from ("emigration from Ireland" is Ireland's). */
  partyIsOrigin: z.boolean().optional(),
  /** A broader measure whose bare words ('spending', 'spent') stand for this one where the text has named this one. */
  narrows: z.string().optional(),
  /** Only these words of the broader measure stand for this one ("output" is GDP where the text names GDP; "production" stays production). */
  narrowsWords: z.array(z.string()).optional(),
  /** Measures whose words in the same sentence say the broader words are this one's ("tourists, who spent …" is tourism revenue). */
  narrowsBeside: z.array(z.string()).optional(),
  /** The measure counts a change already ('jobs added'): "payrolls rose by 256,000" states its level. */
  changeIsLevel: z.boolean().optional(),
  /** The measure's rate is a change over twelve months: "prices rose 3.2 % in the twelve months to March" is a rate of 3.2 % for March. */
  changeIsRate: z.boolean().optional(),
  /** Measures whose counted noun this measure's verb right before the figure acts on ("cancelled 651 flights" are cancellations, not flights). */
  actsOn: z.array(z.string()).optional(),
  /** Unit kind → measure: a figure of this measure in that kind states the other one ("vehicles delivered" are units sold). */
  statesAs: z.record(z.string(), z.string()).optional(),
  /** Unit kind → measure: a figure in that kind states the other one whoever its parties are ("shipments of copper … 141,666 tonnes" are exports). */
  kindStatesAs: z.record(z.string(), z.string()).optional(),
  /** Unit kind → flow measure: a change in this stock, stated in that kind, is that flow over the period ("capacity rose by 346 GW" is 346 GW of capacity added). */
  changeStatesAs: z.record(z.string(), z.string()).optional(),
  /**
   * The facet of the whole a percentage level of this measure is a ratio to where the sentence names none ("the fiscal deficit is
   * expected to be 5.8 per cent" is 5.8 % of GDP, as "a deficit of 5.8 % of GDP" is).
   */
  barePercentOf: z.string().optional(),
  /** The measure a money figure of this one states when it is given "per share" or "a share" ("net income was $2.95 a share"). */
  perShare: z.string().optional(),
  /** Facet kinds the measure takes from its sentence when its own words name none ("renewable energy capacity … a total of 3,870 GW"). */
  sentenceFacetKinds: z.array(z.string()).optional(),
  /** Facet kinds a figure whose sentence names none takes from its document, when the document names one only ("cases" in a story about malaria). */
  documentFacetKinds: z.array(z.string()).optional(),
  /** Facet kind → measure: a figure of this measure with a facet of that kind states the other one ("solar output" is solar electricity generation). */
  facetStatesAs: z.record(z.string(), z.string()).optional(),
  /** Facets its figures all have, so naming them adds nothing ("power capacity" in GW is the capacity). */
  impliedFacets: z.array(z.string()).optional(),
  /** Bases its figures are stated in by convention, so saying so changes nothing ("price-adjusted GDP fell 0.3 %" is "GDP fell 0.3 %"). */
  forms: z.array(z.string().min(1)).min(1),
  /**
   * Verb forms that state the measure only with a figure as their object, right after them ("by shipping 234.6 million units",
   * "selling 1.8 million cars"); elsewhere they name nothing measured ("shipping emissions", "a selling point").
   */
  objectForms: z.array(z.string().min(1)).optional(),
  /** Words that state the measure only where a work the text names is their subject ("“Dune” opened to $82 million"): see works.ts. */
  workForms: z.array(z.string().min(1)).optional(),
});

const FacetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.string(),
  forms: z.array(z.string().min(1)).min(1),
  /** The broader facet of the same kind this one is part of ("Intelligent Cloud" within "cloud"). */
  within: z.string().optional(),
  /** The facets of its kind that together make it up, named together ("fully electric and plug-in hybrid vehicles" are electric vehicles). */
  madeOf: z.array(z.string()).min(2).optional(),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureExample = z.infer<typeof ExampleSchema>;
export type Facet = z.infer<typeof FacetSchema>;

function uniqueById<T extends { id: string }>(items: T[], what: string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`${what} '${item.id}' is defined twice`);
    map.set(item.id, item);
  }
  return map;
}

export const measures = uniqueById(z.array(MeasureSchema).parse(measureData.measures), 'measure');
for (const m of measures.values()) if (m.narrows && !measures.has(m.narrows)) throw new Error(`measure '${m.id}' narrows an unknown measure '${m.narrows}'`);
for (const m of measures.values())
  for (const b of m.narrowsBeside ?? []) if (!measures.has(b)) throw new Error(`measure '${m.id}' narrows beside an unknown measure '${b}'`);
for (const m of measures.values()) {
  if (m.perShare && !measures.get(m.perShare)?.unitKinds.includes('money'))
    throw new Error(`measure '${m.id}' is per share '${m.perShare}', no measure of money`);
  for (const id of m.actsOn ?? []) if (!measures.has(id)) throw new Error(`measure '${m.id}' acts on an unknown measure '${id}'`);
}
for (const m of measures.values()) {
  for (const id of Object.values(m.facetStatesAs ?? {})) if (!measures.has(id)) throw new Error(`measure '${m.id}' states an unknown measure '${id}'`);
  for (const [kind, id] of [...Object.entries(m.statesAs ?? {}), ...Object.entries(m.changeStatesAs ?? {}), ...Object.entries(m.kindStatesAs ?? {})]) {
    const other = measures.get(id);
    if (!other) throw new Error(`measure '${m.id}' states an unknown measure '${id}'`);
    if (!m.unitKinds.includes(kind) || !other.unitKinds.includes(kind))
      throw new Error(`measure '${m.id}' states '${id}' in '${kind}', a unit kind one of them does not take`);
  }
}

export const facets = uniqueById(z.array(FacetSchema).parse(facetData.facets), 'facet');
for (const m of measures.values())
  for (const f of m.impliedFacets ?? []) if (!facets.has(f)) throw new Error(`measure '${m.id}' implies an unknown facet '${f}'`);
for (const f of facets.values())
  if (f.within !== undefined && facets.get(f.within)?.kind !== f.kind) throw new Error(`facet '${f.id}' is within '${f.within}', no facet of its kind`);
for (const f of facets.values())
  for (const part of f.madeOf ?? []) if (facets.get(part)?.kind !== f.kind) throw new Error(`facet '${f.id}' is made of '${part}', no facet of its kind`);
for (const m of measures.values())
  if (m.barePercentOf !== undefined && (!facets.has(m.barePercentOf) || !m.unitKinds.includes('percent')))
    throw new Error(`measure '${m.id}' takes a bare percentage of '${m.barePercentOf}', no facet, or no percentage of it`);

/** Every surface form of every measure; one form may name several measures (told apart by unit kind). */
export const measureForms = new SurfaceForms<Measure[]>(
  (() => {
    const byForm = new Map<string, Measure[]>();
    for (const m of measures.values()) for (const f of m.forms) byForm.set(f, [...(byForm.get(f) ?? []), m]);
    return [...byForm.entries()];
  })(),
);

/** Every measure's verb forms that state it only with a figure as their object (see `objectForms`). */
export const measureObjectForms = new SurfaceForms<Measure[]>(
  (() => {
    const byForm = new Map<string, Measure[]>();
    for (const m of measures.values()) for (const f of m.objectForms ?? []) byForm.set(f, [...(byForm.get(f) ?? []), m]);
    return [...byForm.entries()];
  })(),
);

export const facetForms = new SurfaceForms<Facet>([...facets.values()].flatMap((f) => f.forms.map((form) => [form, f] as [string, Facet])));

/** Example sentences per measure (measure-examples.json), validated against the lexicon. */
export const measureExamples: ReadonlyMap<string, MeasureExample[]> = (() => {
  const parsed = z.strictObject({ about: z.string(), publishedAt: z.string(), examples: z.record(z.string(), z.array(ExampleSchema)) }).parse(exampleData);
  for (const id of Object.keys(parsed.examples)) if (!measures.has(id)) throw new Error(`measure-examples.json names an unknown measure '${id}'`);
  return new Map(Object.entries(parsed.examples));
})();
export const examplesPublishedAt = (exampleData as { publishedAt: string }).publishedAt;
