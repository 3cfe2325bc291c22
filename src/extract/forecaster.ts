/**
 * Who made a forecast, when the sentence cites a survey or an estimate of theirs: "economists surveyed by
 * Bloomberg", "the 185,000 expected by Dow Jones", "a Reuters poll", "the FactSet consensus". The
 * forecaster is not whom the figure is of (roles.ts), but it is part of what the figure states: the
 * Bloomberg survey's and the Reuters poll's expectations are two forecasts, and their difference is no
 * dispute between sources. (An institution's own forecast, "the Bank forecast inflation at 2.75 %", is
 * told the same way with or without its name, so only surveys and estimates are named.)
 */
import { nameId } from './mentions.js';

// A name: capitalised words or an acronym, in a run ("Dow Jones", "LSEG", "S&P Global").
const NAME = String.raw`((?:\p{Lu}[\p{L}&.'’-]*|[A-Z]{2,})(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|[A-Z]{2,}))*)`;

/**
 * The words that cite who expected a figure, before the name: "surveyed by", "expected by", "a consensus of",
 * "estimates from". roles.ts reads them too, to keep the one cited from being taken for whom the figure is of.
 */
export const CITED_BY = String.raw`(?:expected|estimated|forecast|forecasted|predicted|projected|anticipated|polled|surveyed|compiled)\s+by|(?:estimates?|consensus|expectations?|polls?|surveys?)\s+(?:by|from|of)`;

// "economists surveyed by Bloomberg", "the 185,000 expected by Dow Jones", "a consensus of LSEG analysts".
const CITED_FORECASTER = new RegExp(String.raw`\b(?:${CITED_BY}|(?:forecasts?|projections?|predictions?)\s+(?:by|from))\s+(?:the\s+)?${NAME}`, 'gu');

// "a Reuters poll", "the FactSet consensus", "the Dow Jones estimate": the name before the noun of a forecast.
const NAMED_FORECAST = new RegExp(String.raw`\b${NAME}\s+(?:poll|survey|consensus|estimates?)\b`, 'gu');

const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** Words that follow "by"/"of" without naming a forecaster. */
const NOT_A_NAME = /^(?:The|A|An|Economists?|Analysts?|Forecasters?|Experts?|Markets?)$/;

// "above analysts' expectations of a 3.4 % rise", "beat analysts' average estimate of $1.64", "the consensus of $1.60", "the
// 3.4 % economists had expected": the market's expectation, no one named — not what the company or the agency itself forecast.
const UNNAMED_BEFORE =
  /\b(?:(?:analysts|economists|forecasters|the\s+market|markets|investors)['’]?\s+(?:(?:average|consensus|median|mean)\s+)?(?:expectations?|estimates?|forecasts?|predictions?|projections?|consensus)|(?:the|a|market|analyst|analysts['’])\s+consensus(?:\s+(?:estimate|forecast|expectation)s?)?|consensus\s+(?:estimates?|forecasts?|expectations?))\s+(?:of|for|at|was|had\s+been)\s+(?:an?\s+|about\s+|around\s+|some\s+)?$/i;
const UNNAMED_AFTER =
  /^\S+\s+(?:[\p{L}-]+\s+){0,3}?(?:that\s+|which\s+)?(?:analysts|economists|forecasters|the\s+market|markets|investors|wall\s+street)\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|anticipated|estimated|projected|pencil(?:l)?ed\s+in)\b/iu;

/** The id of the forecaster cited nearest the figure in its sentence, or null when none is cited. */
export function forecasterOf(sentence: string, figureStart: number): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const m of [...sentence.matchAll(CITED_FORECASTER), ...sentence.matchAll(NAMED_FORECAST)]) {
    const name = m[1]!
      .split(/\s+/)
      .filter((w) => !NOT_A_NAME.test(w) && !MONTHS.test(w))
      .join(' ');
    if (!name) continue;
    const distance = Math.abs(m.index! - figureStart);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (
    !best &&
    (UNNAMED_BEFORE.test(sentence.slice(Math.max(0, figureStart - 60), figureStart)) || UNNAMED_AFTER.test(sentence.slice(figureStart, figureStart + 80)))
  )
    return 'consensus';
  // (The same id as the name's where the text names it as a party: "polled by Investing.com" is Investing.com's forecast.)
  return best ? nameId(best.name) : null;
}
