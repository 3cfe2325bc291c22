/**
 * "soared past expectations", "beat analysts' estimates", "topped forecasts": words that set an outturn
 * against a forecast. They do not make the figure a forecast. Only "… estimate of 417,957", where the
 * figure is the expectation itself, keeps its forecast reading. "Fell by more than expected", "a
 * faster-than-anticipated decline", "grew by a better-than-expected 8.4 per cent": a comparative set against what
 * was expected describes the outturn too, and so does "as expected".
 */
const AGAINST_EXPECTATIONS = new RegExp(
  [
    String.raw`\b(?:beat|beats|beating|topp(?:ed|ing)|tops?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|outpac(?:ed|es|ing)|outperform(?:ed|s|ing)?|shatter(?:ed|s|ing)?|smash(?:ed|es|ing)?|miss(?:ed|es|ing)?|past|above|below|ahead\s+of|short\s+of|in\s+line\s+with|defie?d|defying)\s+(?:out\s+)?(?:(?:the|all|its|their|analysts['’]?|market|wall\s+street['’]?s?|economists['’]?|conservative|early|initial|most|many|average|consensus)\s+){0,3}(?:[a-z]+-[a-z-]+\s+)?(?:expectations?|forecasts?|estimates?|predictions?|projections?|consensus)\b(?!\s+(?:of|at|for|that|expectations?|forecasts?|estimates?|predictions?|projections?)\b)`,
    // ("As expected, the Bank of Japan raised its policy rate to 0.25 %", "…, as widely anticipated, …": the outturn was expected.)
    String.raw`\bas\s+(?:was\s+|had\s+been\s+)?(?:(?:widely|largely|generally|broadly|universally)\s+)?(?:(?:economists|analysts|markets?|investors|traders|forecasters)\s+(?:had\s+)?)?(?:expected|anticipated|forecast|predicted)\b(?!\s+(?:to|that|for|of)\b)`,
    String.raw`\b(?:more|less|faster|slower|further|higher|lower|sharper|steeper|bigger|smaller|larger|better|worse|stronger|weaker|softer|firmer|hotter|cooler)[\s-]+than[\s-]+(?:(?:had\s+)?(?:been\s+)?|was\s+|were\s+)?(?:expected|anticipated|forecast|predicted|projected|estimated)\b`,
  ].join('|'),
  'gi',
);

// "Core inflation was also below expectations at 3.6 %": with no figure before it in the clause, the figure
// after "at" is the outturn; "fell to 2.4 %, below expectations at 2.7 %" names the expectation.
const AGAINST_EXPECTATIONS_AT =
  /\b(?:past|above|below|ahead\s+of|short\s+of|in\s+line\s+with)\s+(?:(?:the|analysts['’]?|market|economists['’]?)\s+){0,2}(?:expectations?|forecasts?|estimates?|consensus)\s+at\s+(?:about\s+|around\s+)?$/i;

// A word each comparison above ends in, or starts ("expect" of "expected", "expectations"): ASCII letters, which the
// case-insensitive patterns fold only among themselves. Words without one have no comparison to blank.
const EXPECTATION_WORD = /expect|forecast|estimat|predict|project|anticipat|consensus/i;

/** The words with every comparison of an outturn against expectations blanked out, in place (offsets into them still hold). */
export function withoutOutturnComparisons(words: string): string {
  if (!EXPECTATION_WORD.test(words)) return words;
  const blank = (m: string) => ' '.repeat(m.length);
  if (AGAINST_EXPECTATIONS_AT.test(words) && !/\d/.test(words)) return words.replace(AGAINST_EXPECTATIONS_AT, blank).replace(AGAINST_EXPECTATIONS, blank);
  return words.replace(AGAINST_EXPECTATIONS, blank);
}
