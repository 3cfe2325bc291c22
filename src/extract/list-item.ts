import { slug } from '../lexicon/entities.js';
import type { SentenceMentions } from './mentions.js';

/**
 * "job growth in healthcare (+46,000), government (+33,000), and social assistance (+23,000)": in a
 * list of bracketed figures, each figure is the item named right before its bracket, and no other
 * item's. Returns the item's facet — a known one, or the item's own words when the lexicon has none
 * ("government") — or null when the figure is no such list item.
 */
export function listItemFacet(sentence: string, figure: { start: number }, mentions: SentenceMentions): string | null {
  // (The item right before the figure first: most figures have no bracket before them, and the count scans the sentence.)
  const before = sentence.slice(Math.max(0, figure.start - 60), figure.start);
  if (!opensABracket(before)) return null;
  const item = ITEM_BEFORE.exec(before);
  if (!item || (sentence.match(BRACKETED_FIGURE) ?? []).length < 2) return null;
  const end = figure.start - item[0].length + item[0].lastIndexOf(item[1]!) + item[1]!.length;
  const start = end - item[1]!.length;
  const known = mentions.facets.find((f) => f.end === end || (f.end <= end && f.start >= start));
  if (known) return known.facet.id;
  // (A measure or a party before the bracket — "revenue ($60.9 billion)", "China (44 %)" — is no list item of a facet.)
  const overlaps = (m: { start: number; end: number }) => m.start < end && start < m.end;
  if (mentions.measures.some(overlaps) || mentions.entities.some(overlaps)) return null;
  return slug(item[1]!.replace(/^(?:and|or|in|including|with)\s+/i, ''));
}

/** Whether the text ends as ITEM_BEFORE needs, in "(", "( +" or "(−": tested without a pattern, which would try every position. */
function opensABracket(text: string): boolean {
  let t = text.trimEnd();
  const last = t[t.length - 1];
  if (last === '+' || last === '−' || last === '-') t = t.slice(0, -1).trimEnd();
  return t.endsWith('(');
}

const BRACKETED_FIGURE = /\(\s*[+−-]?\s?[$€£¥]?\d/g;
const ITEM_BEFORE = /(?:^|[,;:]\s*|\b(?:and|in|including|with)\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\(\s*[+−-]?\s?$/u;
