import { measures } from '../lexicon/measures.js';
import { CHANGE_NOUNS } from './level-of-time.js';
import { type FigureSpan, ownTerms } from './proposition.js';
import type { Proposition } from './types.js';
import { quickEdges } from './word-edges.js';

const BRACKETED_AFTER = /^\s*(?:\([^)]*\)\s*)?\(\s*[+−-]?\s*$/;

/**
 * "a record addition of 473 GW (+14 %)", "wind installations of 117 GW (+50 %)": a percentage in
 * brackets right after a figure of a flow that is the change of a stock (capacity added is the
 * change of installed capacity) restates that change against the stock it moved: the stock's growth,
 * not the growth of the flow. Null when the figure is not such a restatement.
 */
export function stockGrowthOf(
  sentence: string,
  figure: { start: number; unitKind: string },
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
): Proposition | null {
  if (figure.unitKind !== 'percent' || !previous?.proposition || previous.proposition.statType !== 'level') return null;
  if (!BRACKETED_AFTER.test(sentence.slice(previous.end, figure.start))) return null;
  const flow = previous.proposition.measure;
  const stock = [...measures.values()].find((m) => m.changeStatesAs?.[previous.unitKind] === flow && m.unitKinds.includes('percent'));
  return stock ? { ...previous.proposition, measure: stock.id, statType: 'change' } : null;
}

/**
 * "Asia led with a 69 % share (326 GW)", "exports to the EU, 41 % (€12 billion)": a figure in brackets
 * right after a share, in a unit the share's measure takes, is the part's own level of that measure.
 * Null when the figure is not such a restatement.
 */
export function partLevelOf(
  sentence: string,
  figure: { start: number; unitKind: string },
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
): Proposition | null {
  const share = previous?.proposition;
  if (!previous || share?.statType !== 'share' || share.subject.length !== 1 || figure.unitKind === 'percent' || figure.unitKind === 'percent_point')
    return null;
  if (!/^\s*(?:share|stake|portion)?\s*\(\s*$/i.test(sentence.slice(previous.end, figure.start))) return null;
  if (!measures.get(share.measure)?.unitKinds.includes(figure.unitKind)) return null;
  return { ...share, subject: share.subject, counterpart: null, statType: 'level' };
}

// The words of a change's comparison that may stand before its noun.
const COMPARED = '(?:(?:year-on-year|year-over-year|yoy|annual|quarterly|sequential|on-year)\\s+)?';
// ", representing", ", marking", ", which represents an increase of": words that show the change of the figure before.
const SHOWS_ITS_CHANGE = quickEdges(
  new RegExp(
    `^(?:\\s*\\([^()]*\\))?(?:\\s+[\\p{L}\\p{N}-]+){0,6}?\\s*,\\s*(?:(?:which|this|that)\\s+)?(?:represent(?:s|ed|ing)?|mark(?:s|ed|ing)?|reflect(?:s|ed|ing)?|show(?:s|ed|ing)?)\\s+(?:(?:an?|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:(?:${CHANGE_NOUNS})\\s+of\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+|more\\s+than\\s+)?$`,
    'iu',
  ),
);
// "… 409 % year-on-year growth": the noun of the change after it.
const CHANGE_NOUN = new RegExp(`^\\s*${COMPARED}(?:${CHANGE_NOUNS})\\b`, 'i');
// "… an increase of 12 %": the noun of the change before it.
const CHANGE_NOUN_BEFORE = new RegExp(
  `\\b(?:${CHANGE_NOUNS})\\s+of\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+|more\\s+than\\s+)?$`,
  'i',
);
// "… a 4.4 % jump in imports": what moved, named after the change (not its terms, its time or what it is measured against).
const OF_ITS_OWN = new RegExp(
  `^\\s*${COMPARED}(?:(?:${CHANGE_NOUNS})\\s+)?(?:in|of)\\s+(?![\\p{L}-]+\\s+terms\\b|constant\\s+currenc|local\\s+currenc|\\d|(?:the\\s+|a\\s+|its\\s+)?(?:previous|prior|same|last|past|latest|current|first|second|third|fourth|final|full|fiscal|financial|calendar|year|quarter|month|half|week|period|january|february|march|april|may|june|july|august|september|october|november|december)\\b)`,
  'iu',
);

/**
 * "posted sales of $18.4 billion in the quarter, representing 409 % year-on-year growth", "came in at $22.1 billion, marking
 * a 265 % increase": a change shown right after a level, in a clause of its own, is the change of that level's
 * party and measure, however the words around the change would read alone; its own words still give its comparison
 * and modality. Null when the figure is not such a change.
 */
export function shownChangeOf(
  sentence: string,
  figure: FigureSpan,
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
  own: Proposition | null,
): Proposition | null {
  if (figure.unitKind !== 'percent' || !previous?.proposition || previous.proposition.statType !== 'level') return null;
  if (previous.unitKind === 'percent' || previous.unitKind === 'percent_point') return null;
  const between = sentence.slice(previous.end, figure.start);
  if (!SHOWS_ITS_CHANGE.test(between)) return null;
  const after = sentence.slice(figure.end);
  if (!CHANGE_NOUN_BEFORE.test(between) && !CHANGE_NOUN.test(after)) return null;
  // ("reflecting a 4.4 % jump in imports", "a 9 % increase in average prices": a change that names what moved is of that.)
  if (OF_ITS_OWN.test(after)) return null;
  const { measure, subject, counterpart, facets } = previous.proposition;
  // (Its own words still say how it is measured: "a 4.1 % year-over-year increase" stays a change on the year.)
  if (own?.statType === 'change') return { ...own, measure, subject, counterpart, facets };
  return { ...previous.proposition, statType: 'change', ...ownTerms(sentence, figure, 'change', facets, previous.proposition.basis) };
}

// "Revenue: $5 billion (+9%)", "first round: £60,000 (+9 %)", "$800 million (down 3 % y/y)": a signed change alone in
// brackets right after a level. (Not "€12 billion (41 %)": unsigned, a share as often as a change.)
// (A level per share or per unit may name what it is per before the bracket: "Dividend: €0.80 per share (+10%)".)
const PER_WHAT = String.raw`(?:\s*(?:per|a|an)\s+[\p{L}-]+)?`;
const SIGNED_BRACKET_BEFORE = new RegExp(String.raw`^${PER_WHAT}\s*\(\s*(?:[+−-]|up\s+|down\s+)\s*$`, 'iu');
const UNSIGNED_BRACKET_BEFORE = new RegExp(String.raw`^${PER_WHAT}\s*\(\s*$`, 'iu');
const ON_THE_YEAR = String.raw`(?:y\/y|yoy|y-o-y|year[-\s]on[-\s]year|year[-\s]over[-\s]year|on\s+the\s+year)`;
const CHANGE_BRACKET_CLOSE = new RegExp(String.raw`^\s*(?:${ON_THE_YEAR}\s*)?\)`, 'i');
const WORDED_BRACKET_CLOSE = new RegExp(String.raw`^\s*(?:higher|lower|more|less|up|down)(?:\s+${ON_THE_YEAR})?\s*\)`, 'i');

/**
 * "Revenue: $5 billion (+9%), operating profit: $1.2 billion (+12%)": a change in brackets right after a level is that
 * level's change (its party, measure and facets), with the comparison its own words give — not the change of what the
 * next item of the list names. Null when the figure is not such a change.
 */
export function bracketedChangeOf(
  sentence: string,
  figure: FigureSpan,
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
): Proposition | null {
  if (figure.unitKind !== 'percent' || !previous?.proposition || previous.proposition.statType !== 'level') return null;
  if (previous.unitKind === 'percent' || previous.unitKind === 'percent_point') return null;
  const between = sentence.slice(previous.end, figure.start);
  const after = sentence.slice(figure.end, figure.end + 40);
  // (The sign may open the figure's own quote: "(-48%)".)
  const signedQuote = /^[+−-]/.test(sentence.slice(figure.start, figure.numberStart));
  const signed = (SIGNED_BRACKET_BEFORE.test(between) || (signedQuote && UNSIGNED_BRACKET_BEFORE.test(between))) && CHANGE_BRACKET_CLOSE.test(after);
  const worded = UNSIGNED_BRACKET_BEFORE.test(between) && WORDED_BRACKET_CLOSE.test(after);
  if (!signed && !worded) return null;
  const { facets, basis } = previous.proposition;
  return { ...previous.proposition, statType: 'change', ...ownTerms(sentence, figure, 'change', facets, basis) };
}
