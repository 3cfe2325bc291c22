/**
 * Changes stated through a pace or a policy move rather than a bare verb: "the economy contracted at an
 * annualised clip of 2.0 %", "GDP shrinks annualised 2.0 %", "voted to reduce the interest rate by 0.25
 * points", "a rate cut of 0.25 percentage points". The verb gives the direction, however many words
 * stand between it and the figure, so that a contraction never agrees with an expansion of the same size.
 */
import type { Change } from './types.js';
import { quickEdges } from './word-edges.js';

const HEDGE = String.raw`(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|some\s+|an\s+estimated\s+)?`;
const UP = String.raw`grew|grow(?:s|ing)?|expand(?:ed|s|ing)?|r[io]se|ris(?:es|ing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)?|advanc(?:ed|es|ing)|accelerat(?:ed|es|ing)`;
const DOWN = String.raw`contract(?:ed|s|ing)?|shr(?:ank|unk|inks?|inking)|fell|fall(?:s|ing)?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|drop(?:ped|s|ping)?|slump(?:ed|s|ing)?|slid(?:es|ing)?`;
// "at an annualised clip of", "at a seasonally adjusted annual rate of", "at a pace of"
const AT_PACE = String.raw`\s+at\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:rate|pace|clip)\s+of\s+`;
// "shrinks annualised 2.0 %", "shrank an annualized 2.2 %"
const ANNUALISED = String.raw`\s+(?:an?\s+)?(?:seasonally[-\s]adjusted\s+)?annuali[sz]ed\s+`;
// "a contraction at an annual rate of 2 percent": the noun of change gives the direction as its verb would.
const UP_NOUN = String.raw`expansion|growth|increase|rise|gain`;
const DOWN_NOUN = String.raw`contraction|decline|decrease|drop|fall|slump`;
const PACE_UP = quickEdges(new RegExp(String.raw`\b(?:(?:${UP})(?:${AT_PACE}|${ANNUALISED})|(?:${UP_NOUN})${AT_PACE})${HEDGE}$`, 'iu'));
const PACE_DOWN = quickEdges(new RegExp(String.raw`\b(?:(?:${DOWN})(?:${AT_PACE}|${ANNUALISED})|(?:${DOWN_NOUN})${AT_PACE})${HEDGE}$`, 'iu'));

// "reduce the interest rate by", "cut its Bank Rate by", "lowered rates by", "lowered the target range for the federal funds rate
// by"; "raise" is read by hedges.ts already.
const POLICY_DOWN = quickEdges(
  new RegExp(
    String.raw`\b(?:reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|cut(?:s|ting)?|trim(?:med|s|ming)?|slash(?:ed|es|ing)?)\s+(?:[\p{L}'’-]+\s+){1,8}?by\s+${HEDGE}$`,
    'iu',
  ),
);
const POLICY_UP = quickEdges(new RegExp(String.raw`\b(?:hik(?:e|ed|es|ing))\s+(?:[\p{L}'’-]+\s+){1,8}?by\s+${HEDGE}$`, 'iu'));
// "a rate cut of 0.25 percentage points", "a hike of 50 basis points"
const CUT_OF = quickEdges(new RegExp(String.raw`\b(?:cut|cuts|reduction|reductions)\s+of\s+${HEDGE}$`, 'iu'));
const HIKE_OF = quickEdges(new RegExp(String.raw`\b(?:hike|hikes)\s+of\s+${HEDGE}$`, 'iu'));

/** The direction that a pace ("grew at an annual rate of") or a policy move ("cut rates by") gives the figure after it. */
// "grew at a 3.3 % annualized rate": the pace named after the figure.
const AT_A = String.raw`\s+at\s+an?\s+${HEDGE}$`;
const AT_A_UP = quickEdges(new RegExp(String.raw`\b(?:${UP})${AT_A}`, 'iu'));
const AT_A_DOWN = quickEdges(new RegExp(String.raw`\b(?:${DOWN})${AT_A}`, 'iu'));
const PACE_AFTER = /^\s*(?:seasonally[-\s]adjusted\s+)?(?:annuali[sz]ed|annual|yearly|quarterly|monthly)\s+(?:rate|pace|clip)\b/i;

export function changeAtPace(before: string, unit: string, after = ''): Change | null {
  const words = before.slice(-120);
  if (PACE_AFTER.test(after)) {
    if (AT_A_DOWN.test(words)) return 'decrease';
    if (AT_A_UP.test(words)) return 'increase';
  }
  // A cut or a hike "of" a sum may be a level ("a tax cut of $100 billion"); of points or per cent it is the move.
  const relative = unit === 'percent' || unit === 'percentage_point' || unit === 'bp';
  if (PACE_DOWN.test(words) || POLICY_DOWN.test(words) || (relative && CUT_OF.test(words))) return 'decrease';
  if (PACE_UP.test(words) || POLICY_UP.test(words) || (relative && HIKE_OF.test(words))) return 'increase';
  return null;
}

/** "grew at an annual rate of 3.3 %": the US way of stating an annualised quarterly change. */
export const AT_ANNUAL_RATE = quickEdges(new RegExp(String.raw`\bat\s+an?\s+(?:seasonally[-\s]adjusted\s+)?annual\s+(?:rate|pace)\s+of\s+${HEDGE}$`, 'iu'));
/** "shrank at a 1.6 % annual pace": the same, with the pace named after the figure. */
export const ANNUAL_RATE_AFTER = /^\s*(?:seasonally[-\s]adjusted\s+)?annual\s+(?:rate|pace)\b/i;
