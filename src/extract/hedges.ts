/** Hedges and verbs around a figure: how sure the wording is, and which way it moved. */
import type { Change, Qualifier } from './types.js';

export type { Change } from './types.js';

const HEDGES: Array<[RegExp, Qualifier]> = [
  [/(?:\b(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|ca\.|as many as|as much as)\s+|(?:~|≈|∼|c\.)\s?)$/i, 'approximately'],
  [/\b(?:nearly|almost|close to|just under|just below|a little under|slightly under|slightly less than|shy of)\s+$/i, 'nearly'],
  [/(?:\b(?:at least|no less than|no fewer than|a minimum of)\s+|(?:≥|>=)\s?)$/i, 'at_least'],
  [/(?:\b(?:up to|at most|no more than|a maximum of|as little as|not exceeding)\s+|(?:≤|<=)\s?)$/i, 'at_most'],
  [
    /(?:\b(?:more than|over|above|exceeded|exceeding|exceeds|exceed|upwards of|well over|just over|a little over|slightly over|slightly more than|in excess of|beyond)\s+|>\s?)$/i,
    'more_than',
  ],
  [/(?:\b(?:less than|fewer than|under|below|a little less than)\s+|<\s?)$/i, 'less_than'],
];

export const INCREASE_BEFORE =
  /\b(?:rose|rise[sn]?|rising|increased?|increases|increasing|grew|grows?|grown|growing|gained?|gains|gaining|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|surge[sd]?|surging|soar(?:ed|s|ing)?|up|higher|add(?:ed|s)|expand(?:ed|s|ing)?|rebound(?:ed|s)?|advanc(?:ed|es|ing)|spik(?:ed|es)|widen(?:ed|s)?)\s+(?:by\s+)?$|\b(?:rais(?:ed|es|ing)?|boost(?:ed|s|ing)?|lift(?:ed|s|ing)?)\s+(?:\S+\s+){0,2}by\s+$/i;
export const DECREASE_BEFORE =
  /\b(?:fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|down|lower|lost|los(?:es|ing)|slipp(?:ed|ing)|slip|slid(?:es|ing)?|plung(?:ed|es|ing)|slump(?:ed|s|ing)?|plummet(?:ed|s|ing)?|tumbl(?:ed|es|ing)|shr(?:ank|unk|inks|inking)|contract(?:ed|s|ing)|cut|cuts|sank|sink(?:s|ing)?|dipp(?:ed|ing)|dip|dips|eas(?:ed|es)|narrow(?:ed|s)?|reduc(?:ed|es)|retreat(?:ed|s|ing)?|shed(?:s|ding)?)\s+(?:by\s+)?$|\b(?:to|will|would|could|may|might|should|can|not)\s+(?:decline|decrease)\s+(?:by\s+)?$/i;
// ("a 2.2% month-over-month decrease", "a 3% year-on-year rise", "a 0.3% GDP contraction", "a 5% revenue drop": the comparison
// or the measure may stand between the figure and its noun — up to two words, none of them a word that starts a phrase of
// its own or a verb's -ing, so "3% of GDP fall" and "to 5% making this cut the first" are read by their verbs, not here; nor a
// rate's name: "a 100% tariff hike" and "the 16% VAT cut" state the rate set, not how far it moved.)
const COMPARED_BETWEEN = String.raw`(?:(?!(?:of|in|on|to|for|from|than|at|by|with|as|and|or|but|the|an?|its|their|his|her|this|that|these|those|which|who|what|it|they|after|before|while|since|over|under|off|up|down|out|back|away|was|were|is|are|will|would|tariffs?|vat|tax|taxes|duty|duties|levy|rates?|target|interest)\b|[\p{L}-]*ing\b)[\p{L}/-]+\s+){0,2}`;
export const INCREASE_AFTER = new RegExp(
  String.raw`^[\s-]${COMPARED_BETWEEN}(?:increase|rise|jump|gain|growth|hike|surge|rebound|uptick|climb|expansion)\b`,
  'iu',
);
export const DECREASE_AFTER = new RegExp(
  String.raw`^[\s-]${COMPARED_BETWEEN}(?:drop|decline|fall|decrease|cut|reduction|slump|loss|contraction|dip|slide|plunge|downturn)\b`,
  'iu',
);

/** Verbs that move a figure from one value to another. */
export const MOVE_VERBS =
  /\b(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|slip\w*|slid\w*|plung\w*|tumbl\w*|shr[aiu]nk\w*|contract\w*|cut\w*|reduc\w*|lower\w*|rais\w*|widen\w*|narrow\w*|expand\w*|went|go(?:es|ing)?|gone|mov\w*|chang\w*|shift\w*|swung|swing\w*|revis\w*|doubl\w*|tripl\w*|halv\w*|upgrad\w*|downgrad\w*|boost\w*|slash\w*|hik\w*|accelerat\w*|slow\w*|improv\w*|worsen\w*|recover\w*|rebound\w*|turn\w*|switch\w*|extend\w*|push\w*|pull\w*|brought|bring\w*|take|took|taking|up|down)\b/i;
export const RANGE_VERBS =
  /\b(?:between|rang(?:e|es|ed|ing)\s(?:from\s)?|var(?:y|ies|ied|ying)\s(?:from\s|between\s)?|from\s(?=\S+\s(?:to|-|–)\s\S+\s(?:of|in)\b))\s?$/i;
/** "handed over 12 tanks", "turned over 40 files": "over" is the verb's own particle, not a floor on the number. */
const OVER_OF_A_VERB = /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$/i;

// ("surpassing the ¥8 trillion mark", "topped the $1 trillion mark", "crossed the 300 million subscriber milestone": a
// threshold passed is a floor on the figure, not its value; "surpasses the 1.1 % growth of 2023" names a value.)
const PASSED_THE =
  /\b(?:(?:surpass(?:ed|es|ing)?|topp(?:ed|ing)|tops?|cross(?:ed|es|ing)|pass(?:ed|es|ing)|broke|break(?:s|ing)?)(?:\s+(?:through|past))?|past|above|over|beyond)\s+the\s+$/i;
const THRESHOLD_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:mark|milestone|threshold|barrier|level)\b/iu;
const FELL_PAST =
  /\b(?:fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|dipp(?:ed|ing)|dips?|slid(?:es|ing)?|slipp(?:ed|ing)|slips?|sank|sink(?:s|ing)?|declin(?:ed|es|ing)|plung(?:ed|es|ing)|tumbl(?:ed|es|ing))\s+past\s+the\s+$/i;
// ("falling below the 400,000 mark", "stayed under the 1.0 mark": a threshold not reached is a ceiling.)
const UNDER_THE = /\b(?:below|under|beneath)\s+the\s+$/i;

/**
 * `earlier` is the text before `before`, read only to tell a verb's "up to" from a ceiling; `after`, the text after the
 * number, only to tell a threshold passed or not reached ("surpassing the ¥8 trillion mark", "fell below the 400,000
 * mark"), which bounds a level: the verb before it moved the figure past the threshold, not by it.
 */
export function hedgeBefore(before: string, earlier = '', after = ''): { qualifier: Qualifier; length: number; threshold?: true } {
  // (The threshold word after the figure first: it is rare, and the words before are read back from their end.)
  const passed = THRESHOLD_AFTER.test(after) ? PASSED_THE.exec(before) : null;
  // ("falling past the 0.7 mark": a fall past a threshold ends below it.)
  if (passed) return { qualifier: FELL_PAST.test(before) ? 'less_than' : 'more_than', length: passed[0].length, threshold: true };
  const under = THRESHOLD_AFTER.test(after) ? UNDER_THE.exec(before) : null;
  if (under) return { qualifier: 'less_than', length: under[0].length, threshold: true };
  for (const [re, qualifier] of HEDGES) {
    const m = re.exec(before);
    if (
      m &&
      !(qualifier === 'at_most' && raisedUpTo(earlier + before.slice(0, m.index + m[0].length))) &&
      !(qualifier === 'more_than' && OVER_OF_A_VERB.test(before))
    )
      return { qualifier, length: m[0].length };
  }
  return { qualifier: 'exact', length: 0 };
}

// ("topping ¥100 trillion for the first time", "surpassing 1.8 million": passing a round figure bounds the figure from below;
// passing a precise one — "production topped 15.342 billion bushels" — states the figure reached.)
const PASSED = /\b(?:topp(?:ed|ing)|tops|surpass(?:ed|es|ing)?|cross(?:ed|es|ing))\s+$/i;

/** A floor on a round figure that the words before say was passed. */
export function passedRound(before: string, digits: string): { qualifier: Qualifier; length: number } | null {
  const m = PASSED.exec(before);
  return m && digits.replace(/\D/g, '').replace(/^0+|0+$/g, '').length <= 2 ? { qualifier: 'more_than', length: m[0].length } : null;
}

/** "rose 5 %", "a 3 % drop", "+14 %": the direction the words give a figure, if any. */
export function changeOf(before: string, after: string): Change | null {
  // A plus sign states a gain ("+14%", "+346 GW").
  const plusSign = /(?:^|[^\p{L}\p{N}+])\+\s?$/u.test(before) && !/\d\s?\+\s?$/.test(before);
  if (plusSign || INCREASE_BEFORE.test(before) || INCREASE_AFTER.test(after)) return 'increase';
  if (DECREASE_BEFORE.test(before) || DECREASE_AFTER.test(after)) return 'decrease';
  // ("closed 0.5% lower at $2,310", "settled 1% higher": a comparative right after the figure.)
  const comparative = COMPARATIVE_AFTER.exec(after);
  if (comparative) return comparative[1]!.toLowerCase() === 'higher' ? 'increase' : 'decrease';
  return changeAcrossAside(before);
}

/**
 * "declined in the EU and the USA by 7.4 and 3 per cent", "rose in real terms by 2 %": a verb of change, then a phrase of
 * where or how opened by a preposition, then "by". The nearest verb before "by" decides ("fell in Europe and rose in
 * Asia by 3 %" rose); a figure other than a year inside the phrase ends the search.
 */
function changeAcrossAside(before: string): Change | null {
  const by = /\sby\s+$/i.exec(before);
  if (!by) return null;
  const head = before.slice(0, by.index);
  // ("Output fell in the quarter, hit by 25 % tariffs", "as measured by 12-month CPI": "by" after a participle is its agent.)
  if (PARTICIPLE_BEFORE_BY.test(head)) return null;
  for (const m of [...head.matchAll(/\s(?:in|across|at|among|on|for)\s/gi)].reverse()) {
    const aside = head.slice(m.index);
    // (A comma may close the phrase — "rose in 2023, by 5 %" — but one inside it opens another clause.)
    if (aside.length > 70 || /[.;:!?]|,(?!\s*$)/.test(aside) || /\d/.test(aside.replace(/\b(?:19|20)\d{2}\b/g, ''))) return null;
    const verb = `${head.slice(0, m.index)} `;
    if (INCREASE_BEFORE.test(verb)) return 'increase';
    if (DECREASE_BEFORE.test(verb)) return 'decrease';
  }
  return null;
}
const COMPARATIVE_AFTER = /^\s(higher|lower)\b/i;
// (Lower-case words only: "rose in Beijing by 3 %", "fell in Sweden by 2 %" name places.)
const PARTICIPLE_BEFORE_BY = /(?:(?<!\p{L})\p{Ll}+(?:ed|en|ing|wn)|\b(?:hit|offset|won|led|set|made|cut|struck))\s*$/u;

/**
 * "revised its figure for 2022 up to 745,000", "bringing total capacity up to 3,870 GW": after a verb
 * that moves or sets a level, "up" is the verb's and the figure is the level reached, not a ceiling.
 * "rose by up to 5 %" and "can hold up to 40 people" stay ceilings.
 */
function raisedUpTo(before: string): boolean {
  return (
    /\bup\s+to\s+$/i.test(before) &&
    !/\bby\s+up\s+to\s+$/i.test(before) &&
    /\b(?:revis(?:ed|es|ing)|rais(?:ed|es|ing)|push(?:ed|es|ing)|brought|bring(?:s|ing)?|mov(?:ed|es|ing)|ramp(?:ed|s|ing)|scal(?:ed|es|ing)|lift(?:ed|s|ing)|went|shot|jump(?:ed|s|ing))\s+(?:[^\s.,;:!?]+\s+){0,12}up\s+to\s+$/i.test(
      before,
    )
  );
}
