/**
 * "soared past expectations", "beat analysts' estimates", "topped forecasts": words that set an outturn
 * against a forecast. They do not make the figure a forecast. Only "… estimate of 417,957", where the
 * figure is the expectation itself, keeps its forecast reading. ("Better than expected" is not read here
 * yet: an outturn it frees joins groups whose other readings are not yet right.)
 */
const AGAINST_EXPECTATIONS = new RegExp(
  [
    String.raw`\b(?:beat|beats|beating|topp(?:ed|ing)|tops?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|outpac(?:ed|es|ing)|outperform(?:ed|s|ing)?|shatter(?:ed|s|ing)?|smash(?:ed|es|ing)?|miss(?:ed|es|ing)?|past|above|below|ahead\s+of|short\s+of|in\s+line\s+with|defie?d|defying)\s+(?:out\s+)?(?:(?:the|all|its|their|analysts['’]?|market|wall\s+street['’]?s?|economists['’]?|conservative|early|initial|most|many|average)\s+){0,3}(?:[a-z]+-[a-z-]+\s+)?(?:expectations?|forecasts?|estimates?|predictions?|projections?|consensus)\b(?!\s+(?:of|at|for|that|expectations?|forecasts?|estimates?|predictions?|projections?)\b)`,
  ].join('|'),
  'gi',
);

export function withoutOutturnComparisons(words: string): string {
  return words.replace(AGAINST_EXPECTATIONS, ' ');
}
