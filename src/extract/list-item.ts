import { entities, slug } from '../lexicon/entities.js';
import { isSubjectEntity, subjectOf, type SentenceMentions } from './mentions.js';

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
  // (One bracketed figure is a list of one where a move is said to be "in" the item: "employment trended up in food services
  // and drinking places (+29,000)".)
  if (!item || ((sentence.match(BRACKETED_FIGURE) ?? []).length < 2 && !MOVED_IN_ITEM.test(before))) return null;
  // ("trending upward in July (+25,000)", "in the first half (+7%)": a time is when, not an item of the list; "the northern
  // half (+15%)" and "first year (+4%) students" may be items.)
  if (TIME_ITEM.test(item[1]!)) return null;
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

const TIME_ITEM =
  /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|quarters|month|months|week|weeks|period|(?:first|second)\s+half)$/i;
const MOVED_IN_ITEM =
  /\b(?:up|down|rose|fell|increased|decreased|declined|grew|gained|lost|added|gains?|losses|declines|increases|employment|jobs|hiring)\s+in\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+\s*\(\s*[+−-]?\s?$/u;
const BRACKETED_FIGURE = /\(\s*[+−-]?\s?[$€£¥]?\d/g;
const ITEM_BEFORE = /(?:^|[,;:]\s*|\b(?:and|in|including|with)\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\(\s*[+−-]?\s?$/u;

/** What a row of a list or table names: a party ("4. India: $83.6 billion") or the part it is of ("First round: £60,000"). */
export interface ListRow {
  party: string | null;
  facets: string[];
}

/**
 * "4. India: $83.6 billion", "Men’s and Women’s doubles: £5,780,000 (11.9%)", "First round: £60,000 (+9%), second round:
 * £93,000 (+9%)": a row of a list or table gives a label and a figure and leaves the measure to the line that heads the
 * list. Returns what the label names — a party of the gazetteer, else the facets it names (known ones, or its own words) —
 * when the figure's text is only "Label: figure" (from the line's start, or from the row before it in the sentence);
 * null otherwise. A label that is not a party is read only as a row of a list (`inList`): the line heads or continues
 * one, or the sentence holds more rows.
 */
export function listRow(sentence: string, figureStart: number, mentions: SentenceMentions, inList: boolean): ListRow | null {
  const lead = sentence.slice(0, figureStart);
  const whole = ROW_FROM_START.exec(lead);
  if (whole) {
    const nameStart = lead.indexOf(whole[1]!, whole.index);
    const e = mentions.entities.find((x) => x.start === nameStart && x.end === nameStart + whole[1]!.length);
    if (e) {
      const id = subjectOf(e.id);
      return isSubjectEntity(id) ? { party: id, facets: [] } : null;
    }
  }
  // (A row inside a sentence follows the row before it, or a dash: "… as well - First round: £60,000 (+9%), second round: £93,000".)
  const row =
    // ("Round of 16: A$375,000" is a label; "… of the 2024 SW 19 as well - First round: £60,000" is not.)
    (whole && (!/\d/.test(whole[1]!) || whole[1]!.split(/\s+/).length <= 4) ? whole : null) ??
    (rowsIn(sentence) >= 2 ? ROW_AFTER_ROW.exec(lead) : null) ??
    // ("Semi-finalists $662,735": a bare row, the figure ending its line.)
    (BARE_ROW_END.test(sentence.slice(figureStart)) ? BARE_ROW.exec(lead) : null);
  if (!row || !(inList || rowsIn(sentence) >= 2)) return null;
  const label = row[1]!;
  if (label.split(/\s+/).length > 6) return null;
  const start = lead.lastIndexOf(label);
  const end = start + label.length;
  const inside = (m: { start: number; end: number }) => m.start >= start && m.end <= end;
  // (A name the gazetteer holds makes the label a party's, read above; "Men’s and Women’s singles" names none.)
  if (mentions.entities.some((e) => inside(e) && entities.has(e.id)) || mentions.measures.some((m) => m.start < end && start < m.end)) return null;
  const known = [...new Set(mentions.facets.filter(inside).map((f) => f.facet.id))].sort();
  if (known.length) return { party: null, facets: known };
  const own = slug(label.replace(/^(?:and|or)\s+/i, '').replace(/[’']s\b/g, ''));
  return own ? { party: null, facets: [own] } : null;
}

/** How many "Label: figure" rows the sentence holds. */
function rowsIn(sentence: string): number {
  return (sentence.match(ROW_FIGURE) ?? []).length;
}

const ROW_FROM_START = /^\s*(?:\d{1,3}[.)]\s*|[-•*–]\s*)?(.+?)\s*[:–—-]\s*$/u;
const ROW_AFTER_ROW = /(?:[)\d%]\s*[,;]|\s[–—-])\s*((?:and\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5})\s*:\s*$/u;
const BARE_ROW = /^\s*(?:[-•*–]\s*)?(\p{L}[\p{L}’' -]{1,60}?)\s+(?:[A-Z]{1,3}\s?)?$/u;
const BARE_ROW_END = /^[$€£¥]?\s?\d[\d,.]*(?:\s?(?:million|billion|m|bn|k|%))?\s*$/u;
const ROW_FIGURE = /(?:^|[,;–—-]\s*)[\p{L}’' -]{2,60}:\s*(?:(?:[A-Z]{1,3}\s?)?[$€£¥]\s?)?\d/gu;

/**
 * "The lowest annual rates were in Belgium (minus 0.8%), Denmark (0.3%) and Italy (0.6%)": whether the figure is one of
 * a list of bracketed figures, each right after the party it is of.
 */
export function inPartyList(sentence: string, figure: { start: number }, mentions: SentenceMentions): boolean {
  const before = sentence.slice(Math.max(0, figure.start - 60), figure.start);
  if (!opensABracket(before)) return false;
  const at =
    before
      .trimEnd()
      .replace(/[+−-]$/, '')
      .trimEnd().length -
    1 +
    Math.max(0, figure.start - 60);
  const party = mentions.entities.find((e) => e.end <= at && /^\s*$/.test(sentence.slice(e.end, at)));
  return !!party && isSubjectEntity(subjectOf(party.id)) && (sentence.match(BRACKETED_FIGURE) ?? []).length >= 2;
}
