import type { Proposition } from './types.js';

// "their figure", "the official estimate", "its latest tally", "a reading of": a figure named only as a figure.
const THE_FIGURE =
  /\b(?:(?:the|their|its|this|that|his|her)\s+(?:(?:own|latest|previous|earlier|new|revised|headline|official|provisional|first)\s+)?(?:figure|estimate|number|total|tally|count|reading|print)|an?\s+(?:[\p{L}-]+\s+)?(?:reading|print))\s+(?:(?:for|of)\s+[^,;.]{1,40}?\s+)?(?:up\s+|down\s+)?(?:to|at|from|was|is|stood at|came to|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/iu;

/**
 * "Meanwhile the ONS has revised their figure for the year ending December 2022 up to 745,000": a
 * sentence that names no measure and calls its number "the figure" speaks of what the piece's headline
 * measures, as last stated in the text. Null when the wording is not such a reference or no figure of
 * a headline measure was stated before.
 */
export function headlineFigure(
  before: string,
  stated: ReadonlyArray<{ proposition: Proposition; unitKind: string }>,
  headlineMeasures: readonly string[],
): { proposition: Proposition; unitKind: string } | null {
  if (!headlineMeasures.length || !THE_FIGURE.test(before)) return null;
  // (A level, or a rate that is itself a level: "Economists polled by Reuters expected a reading of 2.7 %".)
  return (
    [...stated]
      .reverse()
      .find((s) => headlineMeasures.includes(s.proposition.measure) && (s.proposition.statType === 'level' || s.proposition.statType === 'rate')) ?? null
  );
}
