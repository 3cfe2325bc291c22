import { quickEdges } from './word-edges.js';
/**
 * A count written with its own noun ("651 flights", "4,243 locations") counts that noun. A measure word
 * further on, past a cause or a contrast ("… cancelled 651 flights due to delays caused by staff
 * shortages"), names something else, not what the figure counts.
 */
const SCALE_ONLY = /^(?:thousand|million|billion|trillion|bn|mn|m|k|b|tn|lakh|lakhs|crore|crores|hundred|dozen)$/i;

export function countsItsOwnNoun(sentence: string, figure: { numberStart: number; end: number; unitKind: string }): boolean {
  if (figure.unitKind !== 'count') return false;
  const words = sentence.slice(figure.numberStart, figure.end).match(/\p{L}+/gu);
  const last = words?.[words.length - 1];
  return last !== undefined && !SCALE_ONLY.test(last);
}

// Nouns that count where or over how long something was measured, or who reported it ("314 cases in 15 states",
// "182 countries reported", "the 12 members bound by the deal", "the most in more than 20 years"): never the thing
// measured.
const FRAME_NOUN =
  /^(?:states|countries|nations|provinces|districts|counties|regions|territories|municipalities|cities|towns|members|economies|jurisdictions|years|decades|centuries)$/i;

/** Whether a count is of the places, members or years a figure of the sentence was counted over. */
export function countsAFrame(sentence: string, figure: { numberStart: number; end: number; unitKind: string }): boolean {
  if (figure.unitKind !== 'count') return false;
  const words = sentence.slice(figure.numberStart, figure.end).match(/\p{L}+/gu);
  const last = words?.[words.length - 1];
  // ("the 14-member Organization": the size of a body, written as an adjective.)
  return last !== undefined && (FRAME_NOUN.test(last) || (/^member$/i.test(last) && /-member$/i.test(sentence.slice(figure.numberStart, figure.end))));
}

/**
 * Whether the words between a figure and a later measure word keep that word from naming what the figure
 * counts: a cause ("due to", "caused by"), a contrast ("…, but", "; ") or another figure, which owns
 * the noun after it ("3,200 flights and 600,000 passengers"), stands between them.
 */
export function measureTooFarAfter(gap: string): boolean {
  return /\d|\b(?:due|because|caused|owing|amid|despite|thanks)\b|,\s+(?:but|while|whereas|although|though)\b|;/i.test(gap);
}

// "The number of working days during this period stood at 14": the count of a noun the sentence names before it.
const NUMBER_OF_BEFORE = quickEdges(
  /\bnumber\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\b[^.;\d]{0,60}?\b(?:stood\s+at|was|were|is|are|reached|totall?ed|came\s+to|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|only\s+)?$/iu,
);

/** Whether a bare count is "the number of" something its sentence names before it: that count states no measure carried from around it. */
export function countsANamedNoun(sentence: string, figure: { start: number; unitKind: string }): boolean {
  return figure.unitKind === 'count' && NUMBER_OF_BEFORE.test(sentence.slice(Math.max(0, figure.start - 120), figure.start));
}
