import { facets as facetLexicon, measures, type Measure } from '../lexicon/measures.js';
import type { SentenceMentions } from './mentions.js';
import { clauseOf } from './proposition.js';
import { quickEdges } from './word-edges.js';

/**
 * The facets a figure's measure is stated with once its sentence is read whole. Facets the measure
 * implies go ("power capacity" in gigawatts is the capacity). For the facet kinds the measure takes
 * from its sentence, a figure whose own words name none takes the one the sentence names before it:
 * "New data on renewable energy capacity shows a record addition of 473 GW" are renewable additions,
 * "Global wind capacity grew 9 %, reaching a total capacity of 1,000 GW" is wind capacity. A sentence
 * that names two of that kind ("solar and wind") leaves the figure as it was: which one is not said.
 */
export function withSentenceFacets(sentence: string, figure: { start: number }, measure: Measure, own: string[], mentions: SentenceMentions): string[] {
  const implied = new Set(measure.impliedFacets ?? []);
  const kept = own.filter((f) => !implied.has(f));
  for (const kind of measure.sentenceFacetKinds ?? []) {
    if (kept.some((f) => facetLexicon.get(f)?.kind === kind)) continue;
    const named = new Set(
      mentions.facets.filter((f) => f.facet.kind === kind && !/^others\b/i.test(sentence.slice(f.start, f.end + 1))).map((f) => f.facet.id),
    );
    // ("its cloud computing segment, Intelligent Cloud, …": a facet named with a narrower one of its own is that one.)
    for (const id of [...named]) if (named.has(facetLexicon.get(id)?.within ?? '')) named.delete(facetLexicon.get(id)!.within!);
    if (named.size === 1) {
      const only = mentions.facets.find((f) => named.has(f.facet.id))!;
      if (only.start < figure.start) kept.push(only.facet.id);
      continue;
    }
    // ("the gaming segment generated $2.9 billion in revenue, …; data center revenue rose to …": where the sentence names
    // several, the one its own clause names before it.)
    const clause = clauseOf(sentence, figure.start, figure.start);
    const inClause = new Set(mentions.facets.filter((f) => f.facet.kind === kind && f.start >= clause.start && f.end <= figure.start).map((f) => f.facet.id));
    if (inClause.size === 1) kept.push([...inClause][0]!);
  }
  return kept.sort();
}

// "new solar capacity", "all new US generating capacity": "new" before a stock's words, a few words off.
const NEW_BEFORE = quickEdges(/\bnew\s+(?!(?:record|high|peak|level|total|all-time)\b)(?:[\p{L}-]+\s+){0,3}$/iu);

/**
 * "60 % of all new US generating capacity", "300 GW of new solar capacity": the new part of a stock
 * is what was added to it, the flow its change states as. Null when "new" does not qualify the stock's
 * words or the stock has no flow for the figure's unit.
 */
export function newOfStock(sentence: string, at: { measure: Measure; start: number }, unitKind: string): Measure | null {
  const flowId = at.measure.changeStatesAs ? Object.values(at.measure.changeStatesAs)[0] : undefined;
  const flow = flowId ? measures.get(flowId) : undefined;
  if (!flow?.unitKinds.includes(unitKind)) return null;
  return NEW_BEFORE.test(sentence.slice(Math.max(0, at.start - 40), at.start)) ? flow : null;
}
