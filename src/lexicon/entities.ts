import worldCountries, { type Countries } from 'world-countries';
import { z } from 'zod';
import data from './entities.json' with { type: 'json' };
import { SurfaceForms } from './surface-forms.js';

export type EntityKind = 'country' | 'region' | 'bloc' | 'agency' | 'company' | 'asset' | 'event' | 'person' | 'market' | 'party' | 'meeting';

export interface Entity {
  id: string;
  kind: EntityKind;
  label: string;
  qid: string | null;
  iso3: string | null;
  /** What the entity's figures are about when the text names nothing else (an agency's country). */
  jurisdiction: string | null;
  /** Month (1–12) the entity's fiscal year starts; null for the calendar year. */
  fiscalYearStart: number | null;
  /**
   * A 52/53-week fiscal calendar: the weekday its fiscal quarters and years close on, the last such day of their closing
   * month (Nvidia's fiscal 2024 ran from 30 January 2023 to Sunday 28 January 2024); null for calendar month ends.
   */
  fiscalWeekEnd: Weekday | null;
  /** Budget figures of this entity are reported by fiscal year even where the text writes a bare year. */
  fiscalYearByDefault: boolean;
  /** Its statistics office numbers quarters in the fiscal year: "the first quarter" of India's GDP is April to June. */
  fiscalQuarters: boolean;
  /**
   * Its fiscal years are named by the calendar year they start in: Japan's "fiscal 2024" runs from April 2024 to March 2025
   * (as Sony's, SoftBank's and Nissan's do), where the United States' or India's ends in 2024. False: named by the year they end in.
   */
  fiscalYearNamedByStart: boolean;
  /** Where a company is based, when its figures are its own (not its country's): "the Chinese firm" among several companies is the Chinese one. */
  country: string | null;
  /** Facets every figure of this entity has ("electric-vehicles" for a maker of nothing else): saying them changes nothing. */
  impliedFacets: string[];
  /**
   * The editions of a recurring event, by year: the days each was held (or was to be held), first to last. A figure of the
   * event for a year is one of that year's edition ("Wimbledon prize money in 2024" is the 2024 Championships').
   */
  editions: ReadonlyMap<number, { start: string; end: string }> | null;
  /**
   * How the country's statistics office states a quarter's change of a measure in its headline, which reports repeat
   * without saying ("India's economy grew 7.8 % in the January–March quarter" is on the same quarter a year before;
   * "the US economy grew 3.3 % in the fourth quarter" is an annualised rate), by measure id.
   */
  quarterlyChangeAs: ReadonlyMap<string, 'yoy' | 'qoq' | 'annualized'>;
  /**
   * How its statistics office states a month's change of a measure in the headline that reports repeat without saying
   * ("energy prices declined 11.5 %" in a report on the euro area's flash estimate is on the same month a year before:
   * Eurostat, like the ONS and the national offices of the euro area, leads with the annual rate), by measure id.
   */
  monthlyChangeAs: ReadonlyMap<string, 'yoy' | 'mom'>;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type MentionForm = 'name' | 'demonym' | 'metonym' | 'prefix';

const CountryExtraSchema = z.strictObject({
  qid: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  aliases: z.array(z.string()).optional(),
  /** The package's alternative spellings that name something else in the news ("Emirates", the airline). */
  notNames: z.array(z.string()).optional(),
  metonyms: z.array(z.string()).optional(),
  demonyms: z.array(z.string()).optional(),
  prefixes: z.array(z.string()).optional(),
  fiscalYearStart: z.number().int().min(1).max(12).optional(),
  fiscalYearByDefault: z.boolean().optional(),
  fiscalQuarters: z.boolean().optional(),
  fiscalYearNamedByStart: z.boolean().optional(),
  quarterlyChangeAs: z.record(z.string(), z.enum(['yoy', 'qoq', 'annualized'])).optional(),
  monthlyChangeAs: z.record(z.string(), z.enum(['yoy', 'mom'])).optional(),
});
const OtherSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['region', 'bloc', 'agency', 'company', 'asset', 'event', 'person', 'market', 'party', 'meeting']),
  label: z.string(),
  qid: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  jurisdiction: z.string().optional(),
  country: z.string().optional(),
  impliedFacets: z.array(z.string()).optional(),
  fiscalYearStart: z.number().int().min(1).max(12).optional(),
  fiscalWeekEnd: z.enum(WEEKDAYS).optional(),
  fiscalYearNamedByStart: z.boolean().optional(),
  editions: z.record(z.string().regex(/^\d{4}$/), z.tuple([z.iso.date(), z.iso.date()])).optional(),
  quarterlyChangeAs: z.record(z.string(), z.enum(['yoy', 'qoq', 'annualized'])).optional(),
  monthlyChangeAs: z.record(z.string(), z.enum(['yoy', 'mom'])).optional(),
  names: z.array(z.string().min(1)).min(1),
  /** Places that stand for the entity, as a capital does for its country ("Cupertino" for Apple in the technology press). */
  metonyms: z.array(z.string().min(1)).optional(),
});
const FileSchema = z.strictObject({ about: z.string(), countries: z.record(z.string(), CountryExtraSchema), others: z.array(OtherSchema) });

const file = FileSchema.parse(data);
// The package is CommonJS whose typings declare an ES default export: the array arrives either way.
const countries = ((worldCountries as unknown as { default?: Countries }).default ?? worldCountries) as Countries;

export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const entityMap = new Map<string, Entity>();
const forms: Array<[string, { id: string; form: MentionForm }]> = [];
// Capitals from the package come after every other name, so a seat that also names a bloc ("Brussels") is the bloc's.
const capitals: Array<[string, { id: string; form: MentionForm }]> = [];
const add = (form: string, id: string, kind: MentionForm) => {
  if (form.length < 2) return;
  forms.push([form, { id, form: kind }]);
  // ("the All England Lawn Tennis & Croquet Club", "Procter & Gamble": a name's "and" is as often an ampersand.)
  if (/\sand\s/.test(form)) forms.push([form.replace(/\s+and\s+/g, ' & '), { id, form: kind }]);
};

// Where territories share a demonym with a sovereign state ("French", "American", "Dutch"), the state is listed first and wins.
const sovereignFirst = [...countries].sort(
  (a, b) => Number(b.independent === true) - Number(a.independent === true) || Number(b.unMember) - Number(a.unMember),
);

for (const c of sovereignFirst) {
  const id = slug(c.name.common);
  const extra = file.countries[id];
  entityMap.set(id, {
    id,
    kind: 'country',
    label: c.name.common,
    qid: extra?.qid ?? null,
    iso3: c.cca3,
    jurisdiction: null,
    fiscalYearStart: extra?.fiscalYearStart ?? null,
    fiscalYearByDefault: extra?.fiscalYearByDefault ?? false,
    fiscalQuarters: extra?.fiscalQuarters ?? false,
    fiscalYearNamedByStart: extra?.fiscalYearNamedByStart ?? false,
    fiscalWeekEnd: null,
    country: null,
    impliedFacets: [],
    editions: null,
    quarterlyChangeAs: new Map(Object.entries(extra?.quarterlyChangeAs ?? {})),
    monthlyChangeAs: new Map(Object.entries(extra?.monthlyChangeAs ?? {})),
  });
  add(c.name.common, id, 'name');
  if (c.name.official.length <= 40) add(c.name.official, id, 'name');
  for (const alt of c.altSpellings)
    if (alt.length > 3 && /^\p{Lu}/u.test(alt) && /^[\p{L}\s.'-]+$/u.test(alt) && !extra?.notNames?.includes(alt)) add(alt, id, 'name');
  const demonym = c.demonyms?.eng;
  // (The package joins two demonyms in one string: "Bosnian, Herzegovinian".)
  if (demonym) for (const d of new Set([demonym.m, demonym.f].flatMap((x) => x?.split(/,\s*/) ?? []))) if (d) add(d, id, 'demonym');
  for (const capital of c.capital ?? []) if (capital.length >= 2) capitals.push([capital, { id, form: 'metonym' }]);
  for (const a of extra?.aliases ?? []) add(a, id, 'name');
  for (const d of extra?.demonyms ?? []) add(d, id, 'demonym');
  for (const m of extra?.metonyms ?? []) add(m, id, 'metonym');
  for (const p of extra?.prefixes ?? []) add(p, id, 'prefix');
}
for (const id of Object.keys(file.countries)) if (!entityMap.has(id)) throw new Error(`entities.json names an unknown country '${id}'`);

for (const o of file.others) {
  if (entityMap.has(o.id)) throw new Error(`entity '${o.id}' is defined twice`);
  entityMap.set(o.id, {
    id: o.id,
    kind: o.kind,
    label: o.label,
    qid: o.qid ?? null,
    iso3: null,
    jurisdiction: o.jurisdiction ?? null,
    fiscalYearStart: o.fiscalYearStart ?? null,
    fiscalYearByDefault: false,
    fiscalQuarters: false,
    fiscalYearNamedByStart: o.fiscalYearNamedByStart ?? false,
    fiscalWeekEnd: o.fiscalWeekEnd ?? null,
    country: o.country ?? null,
    impliedFacets: o.impliedFacets ?? [],
    editions: o.editions ? new Map(Object.entries(o.editions).map(([y, [start, end]]) => [Number(y), { start, end }])) : null,
    quarterlyChangeAs: new Map(Object.entries(o.quarterlyChangeAs ?? {})),
    monthlyChangeAs: new Map(Object.entries(o.monthlyChangeAs ?? {})),
  });
  for (const n of o.names) add(n, o.id, 'name');
  for (const m of o.metonyms ?? []) add(m, o.id, 'metonym');
}
forms.push(...capitals);
for (const e of entityMap.values()) {
  if (e.jurisdiction && !entityMap.has(e.jurisdiction)) throw new Error(`entity '${e.id}' has an unknown jurisdiction '${e.jurisdiction}'`);
  if (e.country && entityMap.get(e.country)?.kind !== 'country') throw new Error(`entity '${e.id}' is based in '${e.country}', which is no country`);
  for (const [y, d] of e.editions ?? [])
    if (d.start > d.end || !d.start.startsWith(String(y))) throw new Error(`entity '${e.id}' has a malformed ${y} edition`);
}

export const entities: ReadonlyMap<string, Entity> = entityMap;

/** The first form listed wins when two entities share one ("Georgia" the country over nothing else). */
export const entityForms = new SurfaceForms(
  (() => {
    const seen = new Set<string>();
    return forms.filter(([f]) => (seen.has(f) ? false : (seen.add(f), true)));
  })(),
);

export function entity(id: string): Entity {
  const e = entityMap.get(id);
  if (!e) throw new Error(`unknown entity '${id}'`);
  return e;
}
