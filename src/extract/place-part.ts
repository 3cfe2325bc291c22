import { entities, entityForms } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
import type { SentenceMentions } from './mentions.js';
import { clauseOf } from './proposition.js';
import type { Proposition } from './types.js';

const PLACE_KINDS = new Set(['country', 'region', 'bloc']);
// "in China", "across Europe", "In the Asia-Pacific region,": where a part of a company's figure was made.
const IN_BEFORE = /\b(?:in|across|within)\s+(?:the\s+)?$/i;
// ("…, the company said in Tokyo", "told reporters in Beijing": where the figure was told, not where it was made.)
const TOLD_IN = /\b(?:said|says|told|announced|reported|speaking|spoke|briefing|conference|interview)\b[^,.;]{0,30}$/i;
// ("the largest carmaker in Japan", "China-based", "a company headquartered in Texas": what describes the company.)
const DESCRIBES =
  /\b(?:largest|biggest|leading|top|second-largest|based|headquartered|listed|founded|maker|makers|producer|company|firm|group|carmaker|automaker)\s+(?:\p{L}+\s+)?$/iu;

// ("delivered 526,409 vehicles, mostly in China": where most of the whole was made, not a part.)
const MOSTLY = /\b(?:mostly|mainly|primarily|largely|chiefly|predominantly|especially|particularly|notably|including|excluding|outside)\s*$/i;
// Up to three words between the figure and "in", none a preposition that starts another phrase: its counted noun, its verb
// ("657,000 cars in China", "sold 2.3 million vehicles in North America").
const CLOSE_AFTER =
  /^(?:\s+(?!(?:over|for|of|on|about|due|to|from|with|by|after|amid|as|at)\b)[\p{L}-]+){0,3}\s+(?:in|across|within|outside(?:\s+of)?)\s+(?:the\s+)?$/u;
// ("sold 242,766 vehicles outside China", "sales outside China": the part made everywhere but there.)
const OUTSIDE = /\b[Oo]utside(?:\s+of)?\s+(?:the\s+)?/g;
const JOINED_BEFORE = /\p{Lu}[\p{L}.]*\s+(?:and|&)\s+$/u;
const JOINED_AFTER = /^(?:\s+(?:and|&)\s+(?:the\s+)?\p{Lu}|,\s*(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*,?\s+(?:and|&)\s)/u;

/**
 * "In China, Tesla sold 657,000 cars in 2024", "Toyota sold 2.3 million vehicles in North America", "In the Asia-Pacific
 * region, Netflix gained 4.94 million subscribers": the figure of a company's own measure said "in" a place is the part
 * made there, never the company's whole, with which it would otherwise meet as a discrepancy. The place joins the facets
 * as `in-<place>`, or `outside-<place>` for the part made everywhere else ("242,766 vehicles sold outside China"). Only for a measure companies own (sales, deliveries, shipments, subscribers, revenue …), a company
 * whose figure it is, a place the gazetteer holds other than the world, named in the figure's clause (or opening the
 * sentence) right after "in", "across" or "within"; not the place something was said in, nor one that describes the company.
 */
export function placeOfPart(sentence: string, figure: { start: number; end: number }, proposition: Proposition, mentions: SentenceMentions): Proposition {
  const measure = measures.get(proposition.measure);
  if (!measure?.ownedByName || proposition.subject.length !== 1 || proposition.counterpart) return proposition;
  const owner = entities.get(proposition.subject[0]!);
  if (owner && owner.kind !== 'company') return proposition;
  const clause = clauseOf(sentence, figure.start, figure.end);
  const firstComma = sentence.indexOf(',');
  const place = mentions.entities.find((e) => {
    if (e.id === 'world' || !PLACE_KINDS.has(entities.get(e.id)?.kind ?? '') || e.possessive) return false;
    const inClause = e.start >= clause.start && e.end <= clause.end;
    // ("In the Asia-Pacific region, Netflix gained …": a place opening the sentence before its first comma.)
    const opening = firstComma > 0 && e.end <= firstComma && /^\s*(?:in|across)\s+(?:the\s+)?$/i.test(sentence.slice(0, e.start));
    if (!inClause && !opening) return false;
    // (Before the figure, or right after it: "sold 657,000 cars in China", not "… thanks to brands popular in Africa".)
    if (e.start > figure.end && !CLOSE_AFTER.test(sentence.slice(figure.end, e.start))) return false;
    const before = sentence.slice(Math.max(0, e.start - 60), e.start);
    const words = before.replace(IN_BEFORE, '');
    // ("in the U.S. and Canada": of several places together, no one of them.)
    const joined = JOINED_BEFORE.test(words) || JOINED_AFTER.test(sentence.slice(e.end, e.end + 40));
    return IN_BEFORE.test(before) && !TOLD_IN.test(words) && !DESCRIBES.test(words) && !MOSTLY.test(words) && !joined;
  });
  if (place) return { ...proposition, facets: [...new Set([...proposition.facets, `in-${place.id}`])].sort() };
  const outside = outsidePlace(sentence, figure, clause);
  return outside ? { ...proposition, facets: [...new Set([...proposition.facets, `outside-${outside}`])].sort() } : proposition;
}

/**
 * "sold 242,766 vehicles outside China", "BYD's sales outside China": a place the figure's clause sets aside right after
 * "outside" (a place set aside is no party, so it is read here from the words), before the figure or close after it.
 */
function outsidePlace(sentence: string, figure: { start: number; end: number }, clause: { start: number; end: number }): string | null {
  if (!/outside/i.test(sentence)) return null;
  for (const m of sentence.matchAll(OUTSIDE)) {
    const at = m.index + m[0].length;
    // (In the figure's clause, or opening the sentence: "Outside China, BYD sold …".)
    if ((m.index < clause.start || at > clause.end) && !/^\s*$/.test(sentence.slice(0, m.index))) continue;
    if (at > figure.end && !CLOSE_AFTER.test(sentence.slice(figure.end, at))) continue;
    const name = entityForms.find(sentence.slice(at, at + 40)).find((f) => f.start === 0);
    const id = name?.value.id;
    if (id && id !== 'world' && PLACE_KINDS.has(entities.get(id)?.kind ?? '')) return id;
  }
  return null;
}
