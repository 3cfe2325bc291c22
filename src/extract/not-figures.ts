/** What looks like a figure but is not one: names, codes, dates, clock times, scores, URLs. */
import { matchCurrencyBefore, matchUnitAfter } from '../lexicon/units.js';
import { SCALE_LETTER, SCALE_WORD, type ParsedNumber } from './numbers.js';
import { quickEdges } from './word-edges.js';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s$`);
export const MONTH_AFTER = new RegExp(`^(?:\\s?(?:[-–]|to|and)\\s?\\d{1,2})?(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})\\b`);
const IDENTIFIER_BEFORE =
  /\b(?:Resolution|Resolutions|Article|Articles|Route|Flight|No\.|Nos\.|Number|Chapter|Section|Vision|Boeing|Airbus|Model|Page|Room|Unit|Project|Regulation|COP|Phase|Type|Level|Class|Block|Agenda|Paragraph|Clause|Act|Decree|Item|Vol\.|Volume|Issue|Edition|Version|Terminal|Gate|Platform|Highway|Interstate|Pier|Berth|Batch|Squadron|Division|Brigade|Regiment|Fleet|Group|Summit|Forum|Games|Expo|Cup|Plan|Agenda|Strategy|Objective|Goal|Sustainable Development Goal)\s$/;
/** Numbers that name a grade, stage or slot rather than count anything ("a category 3 storm"). */
const LABEL_BEFORE =
  /\b(?:category|cat\.|grade|stage|tier|phase|level|class|type|size|round|game|week|episode|season|part|step|zone|channel|row|seat|floor|exit|junction|gate|platform|terminal|figure|fig\.|table|appendix|annex|schedule|rule|amendment|protocol|series|mark|mk|generation|gen|version|v\.|no\.|number|#|chapter|section|article|page|paragraph|item|route|flight|line|bus|lane|ward|district|precinct|apartment|suite|room|unit|court|window|door|box|file|lot|code|id|pin|reference|ref\.|ticket|order|case|batch|model|nos\.|squad|jersey|shirt)(?<=\.|[a-z#])s?\s$/i;
const MAGNITUDE_BEFORE = /\bmagnitude[-\s]$/i;
const MAGNITUDE_AFTER = /^(?:[-\s]magnitude\b|\s(?:earthquake|quake|aftershock|tremor|temblor)s?\b|\s(?:on|in)\s(?:the\s)?Richter\b)/i;
/** "3x10^6", "8x2^10": a power written after the number. */
const POWER_AFTER = /^[×x]\d{1,2}(?:\^|\*\*)[-−+]?\d/;
/** A number a clock can show before am/pm: an hour, or an hour and two digits of minutes. */
const CLOCK_NUMBER = /^\d{1,2}(?:[.:]\d{2})?$/;
export const CLOCK_AFTER = quickEdges(
  /^\s?(?:a\.?m\.?|p\.?m\.?|o['’]clock|hrs\b(?=\s(?:GMT|UTC|local))|(?:GMT|UTC|BST|EST|EDT|CET|PST|PDT|IST|JST|MSK)\b)(?![\p{L}])/iu,
);
const SCORE_NOUNS =
  /^\s(?:win|wins|victory|victories|defeat|defeats|loss|lead|draw|tie|score|scoreline|margin|vote|votes|decision|aggregate|series|home win|away win|triumph|thrashing|rout)\b/i;
const SCORE_VERBS =
  /\b(?:won|win|wins|beat|beats|lost|lose|loses|defeated|drew|draw|trail(?:ed|s|ing)?|led|leads?|leading|edged|thrashed|routed|scored?|final score|by a score of|passed|voted|approved|rejected|split|tally|margin|verdict|majority of)\s(?:\S+\s){0,2}$/i;
const SCORE_TO_BEFORE = new RegExp(`${SCORE_VERBS.source.replace('\\s(?:\\S+\\s){0,2}$', '')}\\s(?:\\S+\\s){0,3}\\d+\\s?(?:-|–|to)\\s?$`, 'i');
/**
 * "in the first seven months", "the past 12 months", "the final three months of 2023", "the three quarters of 2023",
 * "the 12 months to March": the length of the period a figure covers, part of its date, not a figure.
 */
const SPAN_UNIT_AFTER = /^\s(?:calendar\s|fiscal\s)?(?:months?|quarters?|weeks?|years?|days?)\b/i;
const SPAN_EDGE_BEFORE = /\b(?:first|last|past|prior|final|previous|preceding|latest|initial|opening|remaining)\s$/i;
const SPAN_OF_A_DATE_AFTER = new RegExp(
  `^\\s(?:calendar\\s|fiscal\\s)?(?:months?|quarters?|weeks?)\\s(?:of|to|through|ending|ended|ending\\sin)\\s(?:the\\s)?(?:(?:19|20)\\d{2}\\b|fiscal\\b|FY|this\\b|last\\b|the\\syear\\b|${MONTHS})`,
);
/** URLs, e-mail addresses and URL-encoded text: no figures inside. */
const NOT_TEXT = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S*%[0-9A-Fa-f]{2}\S*/g;

/** The words that name a number after them as an age: "adults 18-49", "viewers aged 25 to 54". */
export const AGE_GROUP_BEFORE = /\b(?:adults|viewers|people|women|men|aged|ages|age|persons)\s$/i;
const AGE_TO = /^\s?(?:[-–]|to)\s?\d{2}(?!\d|[.,]\d|%)/;
const DEMOGRAPHIC_AFTER = /^\s(?:demo|demographic|demos|demographics|age\s+group|year-olds)\b/i;
// ("18 to 25 year-olds", "16-year-olds", "a 25-year-old man": ages.)
const YEAR_OLDS_AFTER = /^[\s-]year[\s-]olds?\b/i;
const AGED_BEFORE = /\baged\s(?:(?:over|under|above|below|between|from)\s)?$/i;
const AGE_TO_BEFORE = /\b(?:adults|viewers|people|women|men|aged|ages|age|persons)\s\d{2}\s(?:to|and)\s$/i;

/** Whether a two-digit number opens or closes an age bracket: "adults 18-49", "18-49 demographic", "aged 25 to 54". */
function isAgeBracket(before: string, after: string): boolean {
  if (YEAR_OLDS_AFTER.test(after)) return true;
  // ("Women aged 35 and above now account for over 36 % of all births", "people aged over 65": a number after "aged" is an age.)
  if (AGED_BEFORE.test(before) && !measuresSomething(after)) return true;
  // ("women 25 to 30 per cent less", "people 10-20 km from the volcano", "10 to 20 times more likely": a range of a unit's
  // figures after such a word is no age.)
  const to = AGE_TO.exec(after);
  if (to && (AGE_GROUP_BEFORE.test(before) || DEMOGRAPHIC_AFTER.test(after.slice(to[0].length)))) return !measuresSomething(after.slice(to[0].length));
  return AGE_TO_BEFORE.test(before) && !measuresSomething(after);
}

/** Whether a unit, a percentage or "times" follows a number: it measures something, whoever it is about. */
function measuresSomething(after: string): boolean {
  return UNIT_WORD_AFTER.test(after) || (matchUnitAfter(after, after) !== null && !/^\s?years?\b/i.test(after));
}
const UNIT_WORD_AFTER = /^\s?(?:%|per\s?cent|percent|percentage\s+points?|times|fold)\b/i;

export function isYearLike(n: ParsedNumber, raw: string): boolean {
  return !n.spelled && /^\d{4}$/.test(raw) && n.value >= 1000 && n.value <= 2199;
}

/** A number (in digits or words) that gives the length of the period a figure covers: part of its date. */
export function isPeriodSpan(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 60);
  if (SPAN_UNIT_AFTER.test(after) && SPAN_EDGE_BEFORE.test(before)) return true;
  if (SPAN_OF_A_DATE_AFTER.test(after) && /\bthe\s$/i.test(before)) return true;
  // "the three quarters of 2023" (read as a fraction, its unit inside the number's words).
  return /quarters$/i.test(sentence.slice(start, end)) && /\bthe\s(?:first\s)?$/i.test(before) && /^\s(?:of|to)\s(?:(?:19|20)\d{2}|fiscal\b|FY)/.test(after);
}

/** A number that is part of a name, code, date or identifier rather than a quantity. */
export function isMasked(sentence: string, start: number, end: number): boolean {
  const prev = sentence[start - 1] ?? '';
  const prev2 = sentence.slice(Math.max(0, start - 2), start);
  const next = sentence[end] ?? '';
  if (/[\p{L}\p{N}_]/u.test(prev) && !unitOrSignBefore(sentence, start)) return true; // G20, MH17, CO2
  if (/^[\p{L}\p{N}][-–−/.:+]$/u.test(prev2)) return true; // Siberia-2, 787-9, 2023/956, 1.2.3, 2:15, J1149.5+6663
  if (next === '/' && /^\/\d/.test(sentence.slice(end)) && !/^\/\d{1,2}(?![\d/])/.test(sentence.slice(end))) return true; // 2023/956 (1/4 is a fraction, $15/hour a rate)
  if (next === ':' && /\d/.test(sentence[end + 1] ?? '')) return true; // 10:30
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (IDENTIFIER_BEFORE.test(before) || MONTH_BEFORE.test(before) || LABEL_BEFORE.test(before)) return true;
  const after = sentence.slice(end);
  if (isPeriodSpan(sentence, start, end)) return true;
  // "adults 18-49", "the 18-49 demographic", "viewers aged 25 to 54": an age bracket names a group of people, counting nothing.
  if (/^\d{2}$/.test(sentence.slice(start, end)) && isAgeBracket(before, after)) return true;
  // "a magnitude 6.2 earthquake", "the 7.8 magnitude quake", "a 5.5 aftershock", "7.6 on the Richter scale": the
  // strength of a quake on a scale, no count of what it did.
  if (/^\d(?:\.\d)?$/.test(sentence.slice(start, end)) && (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after))) return true;
  // "2 pm", "2.17pm", "11.30 am" are clock times; "2.1 pm" and "2.123 am" are lengths (picometres, attometres).
  if (CLOCK_AFTER.test(after) && (CLOCK_NUMBER.test(sentence.slice(start, end)) || !/^\s?[ap]m\b/i.test(after))) return true;
  // 12th, 1980s, 4G — letters glued to the number that are no unit or magnitude.
  if (/\p{L}/u.test(next) && !POWER_AFTER.test(after) && !matchUnitAfter(after, sentence) && !SCALE_LETTER.test(after) && !SCALE_WORD.test(after)) return true;
  // Scores: "won 3-1", "a 2–0 victory".
  const score = /^[-–](\d{1,3})(?![\d.,])/.exec(after);
  if (score && (SCORE_VERBS.test(before) || SCORE_NOUNS.test(after.slice(score[0].length)))) return true;
  // "50-50": even odds or an even split, never a range.
  if (score && score[1] === sentence.slice(start, end)) return true;
  // "beat the Rams 24 to 17": both numbers of a score written with "to".
  if (/^\sto\s\d/.test(after) && SCORE_VERBS.test(before)) return true;
  if (SCORE_TO_BEFORE.test(before)) return true;
  return MONTH_AFTER.test(after.slice(0, 20));
}

/** Letters right before a number that are a currency code or sign ("USD2,300", "RM45"). */
function unitOrSignBefore(sentence: string, start: number): boolean {
  return matchCurrencyBefore(sentence.slice(Math.max(0, start - 10), start), sentence) !== null;
}

const URL_CACHE: { sentence: string; spans: Array<[number, number]> } = { sentence: '', spans: [] };
export function inUrl(sentence: string, at: number): boolean {
  if (URL_CACHE.sentence !== sentence) {
    URL_CACHE.sentence = sentence;
    URL_CACHE.spans =
      sentence.includes('%') || sentence.includes('/') || sentence.includes('@') || sentence.includes('www')
        ? [...sentence.matchAll(NOT_TEXT)].map((m) => [m.index, m.index + m[0].length] as [number, number])
        : [];
  }
  return URL_CACHE.spans.some(([s, e]) => at >= s && at < e);
}
