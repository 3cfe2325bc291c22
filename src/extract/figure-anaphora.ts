import type { Proposition } from './types.js';

// "their figure", "the official estimate", "its latest tally", "the 2022 figure", "a reading of": a figure named only as a figure.
const MODIFIER = String.raw`(?:own|latest|previous|earlier|new|revised|updated|headline|official|provisional|first|initial|original|final|annual|\d{4})`;
const DETERMINED = String.raw`(?:the|their|its|this|that|his|her|our)\s+(?:${MODIFIER}\s+){0,2}(?:figure|estimate|number|total|tally|count|reading|print)`;
const INDEFINITE = String.raw`an?\s+(?:[\p{L}-]+\s+)?(?:reading|print)`;
// ("… the figure actually stood at", "… is estimated to be lower, at", "… had been", "… was revised up again to")
const ADVERB = String.raw`(?:(?:actually|now|since|already|later|then|still|officially|initially|originally|first)\s+)*`;
const VERB = String.raw`(?:to|at|from|of|was|is|were|are|been|has\s+been|had\s+been|have\s+been|hit|reached|stood\s+at|stands\s+at|came\s+to|came\s+in\s+at|rose\s+to|fell\s+to|(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:revised|put|estimated|pegged|set)\s+(?:(?:up|down|upwards|downwards|again)\s+){0,2}(?:to|at)|(?:is|was)\s+estimated\s+to\s+(?:be|have\s+been)\s+(?:[\p{L}-]+,?\s+)?at)`;
const TAIL = String.raw`${ADVERB}(?:up\s+|down\s+)?${VERB}\s+(?:about\s+|around\s+|nearly\s+|almost\s+|an\s+estimated\s+|some\s+)?$`;
const THE_FIGURE = new RegExp(String.raw`\b(?:${DETERMINED}|${INDEFINITE})\s+(?:(?:for|of)\s+[^,;.]{1,40}?\s+)?${TAIL}`, 'iu');
// Where no headline measure says what is meant, only a figure named as such, and of a time at most ("the figure for the
// year to June 2023"): "the total of new homes completed", "the number of visas" count something else.
const JUST_THE_FIGURE = new RegExp(
  String.raw`\b(?:the|their|its|this|that|our)\s+(?:${MODIFIER}\s+){0,2}(?:figure|estimate|tally|total)\s+(?:for\s+(?:the\s+)?(?:(?:year|12\s+months|quarter|month)\b[^,;.]{0,30}?|(?:19|20)\d{2})\s+)?${TAIL}`,
  'iu',
);

/**
 * "Meanwhile the ONS has revised their figure for the year ending December 2022 up to 745,000": a
 * sentence that names no measure and calls its number "the figure" speaks of what the piece's headline
 * measures, as last stated in the text — or, where the headline names no measure ("Why the UK keeps
 * revising its migration data"), of the figure of its kind the text stated last. Null when the wording is
 * not such a reference or no such figure was stated before.
 */
export function headlineFigure(
  before: string,
  stated: ReadonlyArray<{ proposition: Proposition; unitKind: string }>,
  headlineMeasures: readonly string[],
  unitKind: string,
): { proposition: Proposition; unitKind: string } | null {
  // (A level, or a rate that is itself a level: "Economists polled by Reuters expected a reading of 2.7 %".)
  const level = (s: { proposition: Proposition }) => s.proposition.statType === 'level' || s.proposition.statType === 'rate';
  if (headlineMeasures.length)
    return THE_FIGURE.test(before) ? (stated.findLast((s) => headlineMeasures.includes(s.proposition.measure) && level(s)) ?? null) : null;
  return JUST_THE_FIGURE.test(before) ? (stated.findLast((s) => s.unitKind === unitKind && level(s)) ?? null) : null;
}
