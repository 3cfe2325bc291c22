/**
 * The direction a change is stated in is part of its value: "fell 3 %", "a 0.4 % drop", "cut rates by
 * 25 basis points" are -3, -0.4 and -25, so that a fall never meets a rise of the same size as agreement,
 * and a stated "-3 %" and "down 3 %" are the same figure. `change` keeps the wording's direction.
 */
import type { Change, Interval, Proposition } from './types.js';
import { quickEdges } from './word-edges.js';

/** Units that only ever state how far something moved or how large a share is, never an amount. */
const RELATIVE_UNITS = new Set(['percent', 'percentage_point', 'bp']);

/**
 * Whether a decrease the wording states is the figure's sign: a figure whose proposition is a change
 * ("exports fell by $5 billion"), or one in a relative unit whatever it measures ("a 0.4 % drop"). An
 * amount named by a word of loss ("a $3 billion loss") is the size of the loss, as "a loss of $3 billion"
 * is: neither is signed, so that both read alike.
 */
export function signsTheValue(unit: string, proposition: Proposition | null): boolean {
  return proposition?.statType === 'change' || RELATIVE_UNITS.has(unit);
}

/** A bound negated, without the negative zero that would print as "-0". */
const neg = (x: number | null): number | null => (x === null ? null : x === 0 ? 0 : -x);

/**
 * The value and interval of a figure whose wording states a decrease, negated; others as they are.
 * A figure already written with a minus sign ("fell -0.4 %", rare and loose) keeps its sign: the words
 * and the sign say the same thing once.
 */
export function signedByDirection(
  value: number,
  interval: Interval,
  change: Change | null,
  unit: string,
  proposition: Proposition | null,
): { value: number; interval: Interval } {
  if (change !== 'decrease' || value <= 0 || !signsTheValue(unit, proposition)) return { value, interval };
  return { value: -value, interval: { low: neg(interval.high), high: neg(interval.low) } };
}

const HEDGE = String.raw`(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|some\s+|an\s+estimated\s+)?`;
const DOWN_VERB =
  'contract(?:ed|s|ing)?|shr(?:ank|unk|inks?|inking)|fell|fall(?:s|ing)?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|drop(?:ped|s|ping)?|slump(?:ed|s|ing)?';
const UP_VERB = 'grew|grow(?:s|ing)?|expand(?:ed|s|ing)?|r[io]se|ris(?:es|ing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)?';
// "contracted at an annualised 2.0 %", "grew at a seasonally adjusted annualized 1.2 %": the pace named before the figure, no "rate of".
// ("fell by an annualized 2.7 %", "fell by an annualized rate of 2.7 percent" too.)
const AT_ANNUALISED = String.raw`\s+(?:at|by)\s+an?\s+(?:seasonally[-\s]adjusted\s+)?annuali[sz]ed(?:\s+(?:rate|pace|clip)\s+of)?\s+${HEDGE}$`;
const AT_ANNUALISED_DOWN = quickEdges(new RegExp(String.raw`\b(?:${DOWN_VERB})${AT_ANNUALISED}`, 'iu'));
const AT_ANNUALISED_UP = quickEdges(new RegExp(String.raw`\b(?:${UP_VERB})${AT_ANNUALISED}`, 'iu'));
// "shaved 0.3 percentage point off growth", "knocked 0.2 points off", "wiped 1.5 % off": what is taken off is a fall.
const TAKEN_BEFORE =
  /\b(?:shav(?:ed|es|ing)|knock(?:ed|s|ing)|wip(?:ed|es|ing)|sho(?:ve|ved)|t(?:ook|akes|aking)|subtract(?:ed|s|ing)|dragg?(?:ed|s|ing)?)\s+$/i;
const TAKEN_AFTER = /^\s+(?:off|from)\b/i;
// "a quarterly decrease of 0.5 %", "a further drop of 0.2 %", "a modest expansion of 0.4 %": the noun of change, up to two words after its article.
const NOUN_OF = (nouns: string) => quickEdges(new RegExp(String.raw`\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:${nouns})\s+of\s+${HEDGE}$`, 'iu'));
const DOWN_NOUN_OF = NOUN_OF('decreases?|declines?|drops?|falls?|contractions?|slumps?|dips?');
const UP_NOUN_OF = NOUN_OF('increases?|rises?|gains?|jumps?|expansions?|growth');

/**
 * Directions stated by wordings the verb-next-to-figure rules do not reach: a pace named before the
 * figure without "rate of" ("contracted at an annualised 2.0 %"), a contribution taken off a total
 * ("shaved 0.3 percentage point off GDP growth"), and a noun of change before "of" ("a quarterly decrease
 * of 0.5 %"), whether or not the sentence names what changed. Null when the wording says neither.
 */
export function changeOfWording(before: string, after: string): Change | null {
  const words = before.slice(-120);
  if (AT_ANNUALISED_DOWN.test(words)) return 'decrease';
  if (AT_ANNUALISED_UP.test(words)) return 'increase';
  if (TAKEN_BEFORE.test(words) && TAKEN_AFTER.test(after)) return 'decrease';
  if (DOWN_NOUN_OF.test(words)) return 'decrease';
  if (UP_NOUN_OF.test(words)) return 'increase';
  return null;
}
