import { z } from 'zod';
import qualifierData from './qualifiers.json' with { type: 'json' };
import { facets, measures } from './measures.js';

const QualifierSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  forms: z.array(z.string().min(1)).min(1),
  /** What the qualified measure leaves out, as content words ("excluding food and energy" is core). */
  excluding: z.array(z.array(z.string().min(1)).min(1)).optional(),
  /** Measure id → measure: the qualified measure is a measure of its own ("core" inflation is core inflation). */
  statesAs: z.record(z.string(), z.string()).optional(),
  /** Entity ids whose figures the qualifier leaves as they are ("global" emissions of the world are its emissions). */
  vacuousFor: z.array(z.string()).optional(),
});

const QualifierFileSchema = z.strictObject({
  about: z.string(),
  neutral: z.array(z.string().min(1)),
  /** Measure id → forms neutral for that measure only: what its figures count anyway ("vehicle deliveries" of a carmaker). */
  neutralFor: z.record(z.string(), z.array(z.string().min(1))),
  qualifiers: z.array(QualifierSchema),
});

export type KnownQualifier = z.infer<typeof QualifierSchema>;

/** Lower case, hyphens read as spaces: "land-use" and "land use" are one form. */
export function normalForm(words: string): string {
  return words.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The content words of an exclusion, in a fixed order: "energy and food" and "food and energy" name one thing. */
export function exclusionKey(words: readonly string[]): string {
  return [...new Set(words.map((w) => w.toLowerCase()))].sort().join(' ');
}

const parsed = QualifierFileSchema.parse(qualifierData);

const byId = new Map<string, KnownQualifier>();
const byForm = new Map<string, string>();
const byExclusion = new Map<string, string>();
for (const q of parsed.qualifiers) {
  if (byId.has(q.id)) throw new Error(`qualifier '${q.id}' is defined twice`);
  // A qualifier is not a facet: one id names one kind of constraint.
  if (facets.has(q.id)) throw new Error(`qualifier '${q.id}' is already a facet`);
  byId.set(q.id, q);
  for (const f of q.forms) {
    const form = normalForm(f);
    if (byForm.has(form) && byForm.get(form) !== q.id) throw new Error(`qualifier form '${f}' names both '${byForm.get(form)}' and '${q.id}'`);
    byForm.set(form, q.id);
  }
  for (const words of q.excluding ?? []) byExclusion.set(exclusionKey(words), q.id);
  for (const [from, to] of Object.entries(q.statesAs ?? {}))
    if (!measures.has(from) || !measures.has(to)) throw new Error(`qualifier '${q.id}' states '${from}' as '${to}': an unknown measure`);
}
const neutral = new Set(parsed.neutral.map(normalForm));
for (const form of neutral) if (byForm.has(form)) throw new Error(`'${form}' is both neutral and the qualifier '${byForm.get(form)}'`);

/** Qualifiers with ids (qualifiers.json). */
export const knownQualifiers: ReadonlyMap<string, KnownQualifier> = byId;

/** The id a qualifier form names, if the lexicon knows it. */
export function qualifierOfForm(words: string): string | undefined {
  return byForm.get(normalForm(words));
}

/** The id an exclusion names ("food and energy" → core), if the lexicon knows it. */
/** "2,094 net": the qualifier a figure's quote names after its number, if that is all it names there. */
export function qualifierAfterNumber(quote: string): string | undefined {
  const word = /^\D*[\d.,]+\s+(\p{L}+)$/u.exec(quote)?.[1];
  return word ? qualifierOfForm(word.toLowerCase()) : undefined;
}

export function qualifierOfExclusion(words: readonly string[]): string | undefined {
  return byExclusion.get(exclusionKey(words));
}

const neutralFor = new Map(Object.entries(parsed.neutralFor).map(([id, forms]) => [id, new Set(forms.map(normalForm))]));
for (const id of neutralFor.keys()) if (!measures.has(id)) throw new Error(`qualifiers.json: neutralFor names an unknown measure '${id}'`);

/** The proposition's constraints less the qualifiers its parties make vacuous ("worldwide" for the world, or a share of it). */
export function withoutVacuous(facetIds: readonly string[], parties: readonly string[]): string[] {
  return facetIds.filter((f) => !byId.get(f)?.vacuousFor?.some((id) => parties.includes(id)));
}

/** Whether a form leaves the proposition as it is ("annual", "total", "record"), in general or for the measure given. */
export function isNeutralQualifier(words: string, measure?: string): boolean {
  const form = normalForm(words);
  return neutral.has(form) || (measure !== undefined && (neutralFor.get(measure)?.has(form) ?? false));
}

/** The longest form, known or neutral, in words: how far a phrase may be read as one form. */
export const LONGEST_FORM = Math.max(...[...byForm.keys(), ...neutral, ...[...neutralFor.values()].flatMap((s) => [...s])].map((f) => f.split(' ').length));

/**
 * How a constraint that is no facet reads in a label: a known qualifier by its first form, a source
 * or an exclusion after the measure's words ("emissions from deforestation"), any other word as written.
 */
export function qualifierWords(id: string): { text: string; after: boolean } {
  const known = byId.get(id);
  if (known) return { text: known.forms[0]!, after: false };
  const m = /^(from|excluding)-(.+)$/.exec(id);
  if (m) return { text: `${m[1]} ${m[2]!.replace(/-/g, ' ')}`, after: true };
  return { text: id.replace(/-/g, ' '), after: false };
}
