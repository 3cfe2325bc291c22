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
// ("more than six times that of the previous month", "three times as many", "2.5 times higher": how many times another figure
// one is; "have met 16 times" counts meetings.)
const MULTIPLE_OF = /^\s+(?:that|those|as|more|less|higher|lower|larger|bigger|smaller|greater|faster|the|its|their|what|over)\b/i;

/** Whether a count is of the places, members or years a figure of the sentence was counted over. */
export function countsAFrame(sentence: string, figure: { numberStart: number; end: number; unitKind: string }): boolean {
  if (figure.unitKind !== 'count') return false;
  const words = sentence.slice(figure.numberStart, figure.end).match(/\p{L}+/gu);
  const last = words?.[words.length - 1];
  // ("the 14-member Organization": the size of a body, written as an adjective.)
  return (
    last !== undefined &&
    (FRAME_NOUN.test(last) ||
      (/^member$/i.test(last) && /-member$/i.test(sentence.slice(figure.numberStart, figure.end))) ||
      (/^times$/i.test(last) && MULTIPLE_OF.test(sentence.slice(figure.end, figure.end + 12))))
  );
}

/**
 * Whether the words between a figure and a later measure word keep that word from naming what the figure
 * counts: a cause ("due to", "caused by"), a contrast ("…, but", "; ") or another figure, which owns
 * the noun after it ("3,200 flights and 600,000 passengers"), stands between them.
 */
export function measureTooFarAfter(gap: string): boolean {
  return /\d|\b(?:due|because|caused|owing|amid|despite|thanks)\b|,\s+(?:but|while|whereas|although|though)\b|;/i.test(gap);
}

/**
 * Whether the words between an earlier measure word and a count of its own noun put the count in a clause about something
 * else: "added 227,000 jobs in November, …, which was weighed down by the effects of two hurricanes" counts hurricanes.
 */
export function measureTooFarBefore(gap: string): boolean {
  // (Only in the figure's own stretch, after the last comma: "Sales of Toyota's vehicles, which include Lexus, hit 10.3
  // million vehicles" is a relative clause closed before the figure.)
  return /\b(?:which|who|whose|because|due|caused|owing|amid|despite|effects?|impact)\b|;/i.test(gap.slice(gap.lastIndexOf(',') + 1));
}

// "The number of working days during this period stood at 14": the count of a noun the sentence names before it.
const NUMBER_OF_BEFORE = quickEdges(
  /\bnumber\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\b[^.;\d]{0,60}?\b(?:stood\s+at|was|were|is|are|reached|totall?ed|came\s+to|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|only\s+)?$/iu,
);

/** Whether a bare count is "the number of" something its sentence names before it: that count states no measure carried from around it. */
export function countsANamedNoun(sentence: string, figure: { start: number; unitKind: string }): boolean {
  return figure.unitKind === 'count' && NUMBER_OF_BEFORE.test(sentence.slice(Math.max(0, figure.start - 120), figure.start));
}
