import { entities, slug } from '../lexicon/entities.js';
import { facets as facetLexicon, measures, type Measure, type StatType } from '../lexicon/measures.js';
import { isSubjectEntity, subjectOf, type EntityMention, type SentenceMentions } from './mentions.js';
import { readBasis, reportedOnTheYearBefore, SEQUENTIAL, settleBasis, spanOf, UNSTATED_COMPARISON, type BasisReading } from './basis.js';
import { findRoles, type RoleContext } from './roles.js';
import { changeOf } from './hedges.js';
import { changeAtPace } from './change-at-rate.js';
import { changeOfWording } from './direction.js';
import { withoutOutturnComparisons } from './against-expectations.js';
import { inClosedAside } from './aside.js';
import { MOVED_BY } from './level-of-time.js';
import { countsAFrame, countsItsOwnNoun, measureTooFarAfter, measureTooFarBefore } from './own-noun.js';
import { namesATarget } from './target-noun.js';
import { newOfStock, withSentenceFacets } from './sentence-facets.js';
import { shareOfFacet } from './share-of-facet.js';
import { listItemFacet } from './list-item.js';
import { insideExclusion, qualify } from './qualifiers.js';
import { withoutVacuous } from '../lexicon/qualifiers.js';
import type { Modality, Period, Proposition } from './types.js';
import type { Quantity } from './quantities.js';
import { readPerUnit } from './per-unit.js';
import { CAUSE_OF_A_MOVE } from './reason-phrase.js';
import { quickEdges } from './word-edges.js';

/** What the proposition reader needs to know about one figure; offsets are UTF-16 into the sentence. */
export interface FigureSpan {
  start: number;
  end: number;
  numberStart: number;
  unit: string;
  unitKind: string;
  change: 'increase' | 'decrease' | null;
  /** "$80.50 a barrel": how many characters at the end of the quote name the good a sum is the price of. */
  perUnit?: number;
}

/** The span of a figure read from a sentence, in a unit of the given kind. */
export function figureSpanOf(q: Quantity, unitKind: string): FigureSpan {
  return {
    start: q.start,
    end: q.end,
    numberStart: q.numberStart,
    unit: q.unit,
    unitKind,
    change: q.change ?? null,
    ...(q.perUnit && { perUnit: q.perUnit.length }),
  };
}

// Where one clause of a sentence ends and the next begins: a figure's measure and hedges live in its own clause.
const CLAUSE_BOUNDARY =
  /;|:\s|\s[—–]\s|,\s+(?:while|whereas|but|although|though|which|meaning that|as|and|with|whose|where|after|following)\s|\s(?:while|whereas)\s/g;

// The boundaries of the last sentence asked about: every figure of a sentence asks several times.
let boundaries: { sentence: string; at: Array<[number, number]> } | null = null;

export function clauseOf(sentence: string, start: number, end: number): { start: number; end: number } {
  if (boundaries?.sentence !== sentence) boundaries = { sentence, at: [...sentence.matchAll(CLAUSE_BOUNDARY)].map((m) => [m.index, m.index + m[0].length]) };
  let from = 0;
  let to = sentence.length;
  for (const [at, after] of boundaries.at) {
    if (after <= start) from = after;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

/** A noun of change that is also a measure's form ("expansion" of capacity): alone it names a change, not the measure. */
export const BARE_CHANGE_NOUN = /^(?:expansion|growth|increase|rise|gain)s?$/i;
const OWN_PERCENT_AFTER = /^\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[+−-]?\d[\d.,]*\s*(?:%|per\s?cent|percent)/i;
const CHANGE_NOUN_THEN_OF = /^\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|only\s+)?$/i;

/** "a majority of 320 votes": a measure that counts only some nouns does not take a figure counting another. */
function countsWhatItTakes(measure: Measure, sentence: string, figure: FigureSpan): boolean {
  if (!measure.countsOnly) return true;
  const words = sentence
    .slice(figure.numberStart, figure.end)
    .toLowerCase()
    .match(/\p{L}+/gu)
    ?.filter((w) => !SCALE_WORDS.has(w));
  return !words?.length || words.every((w) => measure.countsOnly!.includes(w));
}
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'k', 'mn', 'lakh', 'crore']);

function acceptsUnit(measure: Measure, unitKind: string): boolean {
  return measure.unitKinds.includes(unitKind) || (unitKind === 'percent_point' && measure.unitKinds.includes('percent'));
}

/** The measure that governs a figure: the nearest fitting mention in its clause, the words before it first. */
// A number of its own between a figure and a measure's words after it; the digits of a year or a period ("2024", "Q4",
// "H1", "FY24", "2Q") are none.
const FIGURE_BETWEEN = /\d/;
const TIME_NUMBER = /\b(?:(?:19|20)\d{2}|[QH][1-4]|[1-4][QH](?:\d{2})?|FY\s?\d{2,4})\b/gi;

const OPENS_A_CLAUSE_BEFORE = /\b(?:as|while|whereas|because|since|although|though|but)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;

// The words between a figure and a measure named after it: over forty characters, with a finite verb of another predicate.
const FAR_AFTER_A_VERB =
  /^(?=[\s\S]{40})[\s\S]*?\s(?:continues?|continued|remains?|remained|seeks?|sought|tries|tried|aims?|aimed|plans?|planned|faces?|faced|struggles?|struggled|tackles?|tackled|comes?|came|follows?|followed|says?|said|warns?|warned)\b/i;

// "…, it added.", "…, the bank added.", "…, Jane Roe added.": a speaker and a verb of speech after a comma.
const SAID_ADDED = /^added$/i;
const SPEAKER_BEFORE = /,\s*(?:it|he|she|they|we|(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+$/u;

// Measure forms that are verbs only ("added", "installed"): no noun phrase of a measure.
const VERB_ONLY_FORM = /^(?:added|installed|connected|commissioned)$/i;

const PACKAGES = /^(?:bags|bales|sacks|cartons|crates)$/i;

export function governingMeasure(sentence: string, figure: FigureSpan, mentions: SentenceMentions): { measure: Measure; start: number; end: number } | null {
  if (namesItsOwnNoun(sentence, figure, mentions) || countsAFrame(sentence, figure)) return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  let best: { measure: Measure; start: number; end: number; score: number } | null = null;
  for (const m of mentions.measures) {
    const measure = m.candidates.find((c) => acceptsUnit(c, figure.unitKind) && countsWhatItTakes(c, sentence, figure));
    if (!measure || insideExclusion(sentence, m)) continue;
    // ("… 1.9 percent in 2026, it added": a verb of speech closing the sentence names no measure.)
    if (
      SAID_ADDED.test(sentence.slice(m.start, m.end)) &&
      SPEAKER_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start)) &&
      /^\s*(?:[.,;:]|$)/.test(sentence.slice(m.end))
    )
      continue;
    // The counted noun inside the quote ("256,000 jobs"), or a noun phrase the quote begins
    // ("100,000 new | jobs"), names the measure outright.
    const noun = m.start > figure.numberStart && m.start < figure.end;
    if (!noun && m.start < figure.end && figure.start < m.end) continue;
    // "a 18.6 % expansion", "a modest expansion of 0.4 percent": a noun of change right after a percentage, or right before
    // its "of", names the change, not a measure.
    // (Nor, for any figure of the sentence, a noun of change that has its own percentage: "a modest expansion of 0.4 percent …,
    // which itself came after a contraction of 2.9 percent".)
    if (
      figure.unitKind === 'percent' &&
      BARE_CHANGE_NOUN.test(sentence.slice(m.start, m.end)) &&
      ((m.start >= figure.end && /^\s*$/.test(sentence.slice(figure.end, m.start))) ||
        (m.end <= figure.start && CHANGE_NOUN_THEN_OF.test(sentence.slice(m.end, figure.start))) ||
        OWN_PERCENT_AFTER.test(sentence.slice(m.end, m.end + 40)))
    )
      continue;
    // ("coffee exports rose 28.8 % to 47.3 million bags": packages goods are counted in name no measure of their own where the
    // clause names one before the figure; "the airport handled 31.2 million bags" still counts bags.)
    if (
      noun &&
      PACKAGES.test(sentence.slice(m.start, m.end)) &&
      mentions.measures.some((o) => o !== m && o.end <= figure.start && o.start >= clause.start && o.candidates.some((c) => acceptsUnit(c, figure.unitKind)))
    )
      continue;
    if (noun) return verbActingOn(sentence, figure, mentions, measure) ?? { measure, start: m.start, end: m.end };
    // ("For December, exports added 6.6 percent": a verb that names a measure only as its participle is the verb of the
    // measure named right before it, which takes the figure.)
    if (
      VERB_ONLY_FORM.test(sentence.slice(m.start, m.end)) &&
      mentions.measures.some(
        (o) => o !== m && o.end <= m.start && /^\s+$/.test(sentence.slice(o.end, m.start)) && o.candidates.some((c) => acceptsUnit(c, figure.unitKind)),
      )
    )
      continue;
    if (m.start >= figure.end && countsItsOwnNoun(sentence, figure) && measureTooFarAfter(sentence.slice(figure.end, m.start))) continue;
    if (m.end <= figure.start && countsItsOwnNoun(sentence, figure) && measureTooFarBefore(sentence.slice(m.end, figure.start))) continue;
    // ("declining to 3.6 % from 4.2 % on the back of falling service prices": the cause named after a figure is not what it measures.)
    if (m.start >= figure.end && CAUSE_OF_A_MOVE.test(sentence.slice(figure.end, m.start))) continue;
    if (m.end <= figure.start && inClosedAside(sentence, m, figure.start)) continue;
    // "earnings for all employees on private payrolls rose 0.3 %": a measure word inside a phrase
    // that qualifies an earlier measure word is not the head of the noun phrase.
    // ("190.4m passengers at an average load factor of 94 %": a measure word joined to the figure by "of" names it.)
    if (
      m.end <= figure.start &&
      !/^\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$/i.test(sentence.slice(m.end, figure.start)) &&
      qualifiesEarlier(sentence, m, mentions, figure.unitKind)
    )
      continue;
    const inClause = m.start >= clause.start && m.end <= clause.end;
    let score: number;
    // ("added a record 16.2 GW of solar capacity": words that only size the figure keep the verb next to it.)
    if (m.end <= figure.start) score = SIZING_ONLY.test(sentence.slice(m.end, figure.start)) ? 1 : figure.start - m.end;
    else if (OWN_PASSIVE_VERB.test(sentence.slice(figure.end, m.start))) {
      // "14 people were killed and 2,059 were wounded": a figure followed by its own passive verb takes that verb's
      // measure, however near the verb of the clause before it stands.
      score = 0;
    } else if (
      figure.unitKind === 'percent' &&
      /^\s+$/.test(sentence.slice(figure.end, m.start)) &&
      /(?:(?<![\p{L}\p{N}])(?:a|an|and)\s+|\(\s*|,\s*|^\s*|:\s*)$/iu.test(sentence.slice(Math.max(0, figure.start - 6), figure.start))
    ) {
      // "… 82,600 flights in April with a 91 % load factor", "61.2 million tablets (36.4% market share)": a percentage between
      // an article or an opening bracket and a measure's words is that measure's, however near another measure stands before it.
      // (So is one opening a list's item: "114 thousand Jobs, 4.3% Unemployment Rate", "… 114,000 jobs and 3.6% wage growth".)
      score = 0;
    } else if (figure.unitKind === 'money' && /^\s+$/.test(sentence.slice(figure.end, m.start))) {
      // ("$64.7 billion in revenue and $2.95 EPS": a measure's words right after a sum name what it is.)
      score = 0;
    } else {
      const gap = sentence.slice(figure.end, m.start);
      // "473 GW of renewables expansion", "$11bn in exports": the noun after the figure names it.
      // "a 40 % surge in deliveries": the noun of change comes first.
      score =
        /^\s*(?:\(\S+\)\s*)?(?:(?:increase|rise|surge|jump|growth|gain|drop|decline|fall|decrease|slump|plunge|climb|expansion|contraction)s?\s+)?(?:of|in|worth of)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
          gap,
        ) || countedNoun(figure, gap, sentence.slice(m.start, m.end), sentence.slice(m.end, m.end + 20))
          ? gap.length / 2
          : gap.length + 25;
      // ("the only OECD member with a rate below 1 continues to tackle a fast decline in the number of babies born": a measure
      // named well after the figure, past a verb of its own, names what its own clause is about, not the figure.)
      if (score > 25 && FAR_AFTER_A_VERB.test(gap)) continue;
    }
    if (!inClause) score += 120;
    // ("… to reach ¥6.7 trillion as exports fell 6.5 %": a measure after a conjunction that opens a clause of its own is
    // that clause's.)
    else if (m.start >= figure.end && OPENS_A_CLAUSE_BEFORE.test(sentence.slice(figure.end, m.start))) score += 120;
    // ("… to $21.97bn, bolstered by a 6.2% rise in imports": a measure after another figure is that figure's.)
    else if (m.start >= figure.end && FIGURE_BETWEEN.test(sentence.slice(figure.end, m.start).replace(TIME_NUMBER, ''))) score += 120;
    if (!best || score < best.score) best = { measure, start: m.start, end: m.end, score };
  }
  return best;
}

/**
 * "cancelled 651 flights", "had to cancel more than 800 flights": a measure's verb right before a figure whose counted
 * noun is a measure it acts on (`actsOn`) names what the figure counts, not the noun.
 */
function verbActingOn(
  sentence: string,
  figure: FigureSpan,
  mentions: SentenceMentions,
  counted: Measure,
): { measure: Measure; start: number; end: number } | null {
  for (const m of mentions.measures) {
    if (m.end > figure.start) continue;
    const verb = m.candidates.find((c) => c.actsOn?.includes(counted.id) && acceptsUnit(c, figure.unitKind));
    if (
      verb &&
      /^\s*(?:(?:a|an|another|a\s+further|a\s+record|an\s+estimated|an\s+additional|just|only|some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)*$/i.test(
        sentence.slice(m.end, figure.start),
      )
    )
      return { measure: verb, start: m.start, end: m.end };
  }
  return null;
}

/**
 * "597,000 malaria deaths", "12 million new cases": a count followed by a word or two that qualify a noun, then the
 * noun, counts that noun, however near another measure stands before it ("263 million cases and | 597,000 malaria deaths").
 */
function countedNoun(figure: FigureSpan, gap: string, noun: string, after: string): boolean {
  return (
    figure.unitKind === 'count' &&
    !/(?:ing|ed)$/i.test(noun) &&
    // ("… to 1.81 million while production grew 35 %": a noun with a verb of its own opens the next clause.)
    !/^\s+(?:grew|rose|fell|increased|decreased|declined|jumped|climbed|dropped|was|were|is|are|reached|totall?ed|stood|came|hit)\b/i.test(after) &&
    /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) &&
    !/\b(?:and|or|but|of|the|a|an|its|their|were|was|is|are|be|been|in|on|to|from|for|with|by|at|than|more|fewer|less|who|which|that)\b/i.test(gap) &&
    !/(?:ly|ed|ing)\s/.test(gap)
  );
}

const OWN_PASSIVE_VERB =
  /^\s+(?:(?:people|persons|others|more|residents|civilians|children)\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(?:(?:also|reportedly|seriously|critically|badly|severely)\s+)?$/i;

const SIZING_ONLY =
  /^\s*(?:(?:a|an|another|a\s+further|a\s+record|a\s+net|an\s+estimated|an\s+additional|just|only|some|about|around|roughly|nearly|almost|over|more\s+than)\s+)+$/i;

function qualifiesEarlier(sentence: string, m: { start: number }, mentions: SentenceMentions, unitKind: string): boolean {
  return mentions.measures.some(
    (head) =>
      head.end <= m.start &&
      head.candidates.some((c) => acceptsUnit(c, unitKind)) &&
      /^\s+(?:for|of|on|among|at|from)\s+(?:[\p{L}-]+\s+){0,4}$/u.test(sentence.slice(head.end, m.start)),
  );
}

const FIGURE_THEN_NOUN = /\d(?:\s*(?:thousand|million|billion|trillion|mn|bn|m|k))?\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * "non-EU nationals (968,000)": a bracketed figure after a plain noun counts that noun, a part of
 * the clause's measure rather than the measure itself. After a date ("YE June 2022 (607,000)") or a
 * measure word it still states the clause's measure.
 */
export function namesItsOwnNoun(sentence: string, figure: { start: number }, mentions: SentenceMentions): boolean {
  const before = sentence.slice(Math.max(0, figure.start - 40), figure.start);
  // (Only a figure in brackets qualifies: the rest are settled without the pattern, which tries every position.)
  if (!before.trimEnd().endsWith('(')) return false;
  const m = /([\p{L}][\p{L}-]*)\s*\(\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  const wordEnd = figure.start - (m[0].length - word.length);
  // ("Apple shipped 234.6 million smartphones (20.1% market share)": the noun a figure just counted is that figure's, and the
  // bracket goes on about it.)
  if (FIGURE_THEN_NOUN.test(before.slice(0, before.length - m[0].length))) return false;
  if (mentions.measures.some((x) => x.end === wordEnd)) return false;
  // "the lowest annual rates were in Belgium (minus 0.8 %), Denmark (0.3 %)": a party listed with its figure.
  if (mentions.entities.some((x) => x.end === wordEnd)) return false;
  // "health care (44,000)", "retail (34,000)": a facet of the clause's measure, listed with its figure.
  if (mentions.facets.some((x) => x.end === wordEnd && x.facet.kind !== 'statistic' && x.facet.kind !== 'time-denominator')) return false;
  return !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|year|years|quarter|half|month|months|terms|alone|total|overall|respectively)$/i.test(
    word,
  );
}

const SHARE_BEFORE =
  /\b(?:share|accounted for|accounts for|account for|accounting for|represent(?:s|ed|ing)?|made up|makes up|make up|making up|comprised|comprising|comprises?|constitut(?:es?|ed|ing))\s+(?:of\s+)?(?:about |around |nearly |almost |some |roughly |over |more than |less than |just under |just over )?$/i;
const CHANGE_NOUN_NEXT =
  /^\s*(?:(?:year-on-year|year-over-year|y-o-y|y\/y|yoy|annual|annualized|annualised|quarter-on-quarter|quarter-over-quarter|month-on-month|sequential|on-year)\s+)?(?:growth|increase|rise|jump|gain|surge|drop|decline|fall|decrease|expansion|contraction)s?\b/i;
const SHARE_AFTER = quickEdges(/^\s*(?:share|of\s+(?:the|all|its|their|total|global|world|China|Russia|\p{Lu})|stake)\b/iu);
const RAISED_BY = quickEdges(
  /\b(?:upped|raised|lifted|hiked|lowered|trimmed|cut|reduced|boosted|increased|decreased|revised\s+(?:up|down)(?:wards?)?)\s+(?:[\p{L}\p{N}()'’-]+\s+){1,8}?by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|another\s+|a\s+further\s+)?$/iu,
);
const CHANGE_BEFORE = quickEdges(
  /\b(?:revised(?:\s+(?:up|down|upward|downward))?|revisions?|increase[sd]?|decrease[sd]?|rose|risen|rise[sn]?|grew|grown|grows?|fell|fallen|falls?|drop(?:ped|s)?|declined?|declines|jump(?:ed|s)?|surge[sd]?|climb(?:ed|s)?|slid|slipped|plunge[sd]?|plummet(?:ed|s)?|soar(?:ed|s)?|gain(?:ed|s)?|expand(?:ed|s)?|contract(?:ed|s)?|shr[ua]nk|boost(?:ed)?|cut|slowed|accelerated|raise[sd]|raising|lower(?:ed|s|ing)|hike[sd]|hiking|reduce[sd]|reducing|lift(?:ed|s|ing)|trim(?:med|s|ming)|slash(?:ed|es|ing)|ease[sd]|easing|(?<=\b(?:to|will|would|could|may|might|must|should|did|not|n['’]t)\s+)(?:raise|lower|hike|reduce|lift|trim|slash|ease)|up|down)\s+(?:\p{L}+\s+){0,3}?(?:by\s+)?(?:an estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+)?$/iu,
);
// Nouns of a move a figure can name after itself ("a £5.3 million increase"); not "loss", whose amount is a size.
const MOVE_NOUN = String.raw`(?:increase|rise|jump|gain|drop|decline|fall|decrease)s?\b`;
// "a 11.9 % or £5.3 million increase": the noun of change after the figure that restates the percentage.
const RESTATED_THEN_CHANGE = new RegExp(String.raw`^\s*,?\s*or\s+(?:[$€£¥]\s?)?[\d.,]+\s*(?:[\p{L}]+\s+)?${MOVE_NOUN}`, 'iu');
const MOVE_NOUN_AFTER = new RegExp(String.raw`^\s*${MOVE_NOUN}`, 'i');
const PART_OR_TERMS_OF_DEBT =
  /\b(?:share|proportion|portion|part|held|holdings?|owned|owners?|holders?|bondholders|haircut|coupons?|yields?|interest|maturity|default)\b/i;
const POINTS_BY =
  /\bby\s+(?:a\s+(?:further|combined|cumulative|total)\s+|an?\s+(?:additional|extra)\s+|another\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more\s+than\s+)?$/i;
const POINTS_OF_MOVES = /^\s+(?:in|of|worth\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:cuts?|hikes?|increases?|reductions?|rises?|easing|tightening)\b/iu;
const CHANGE_AFTER =
  /^\s*(?:\)\s*)?(?:(?:year-on-year|year-over-year|y-o-y|y\/y|yoy|annual|annually|month-on-month|month-over-month|m\/m|quarter-on-quarter|quarter-over-quarter|on-year|on the year|from a year (?:earlier|ago)|compared with|compared to)\b|(?:more|less|higher|lower|larger|smaller|bigger|greater|above|below|up|down)\b(?!\s+(?:of|in)\b)|(?:y\/y)|(?:increase|rise|jump|growth|gain|surge|drop|decline|fall|decrease|expansion|contraction|uptick|hike|cut|slump|rebound)s?\b)/i;

// "0.7 % higher in 2023 than in 2019": a difference from an earlier level, whatever stands between.
const CHANGE_THAN_AFTER = /^\s*(?:more|less|higher|lower|larger|smaller|bigger|greater|above|below)\s+(?:[^.;,]{0,40}?\s)?than\b/i;
export const CHANGE_AGAINST_LEVEL_AFTER =
  /^\s*(?:above|below)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:levels?|peaks?|highs?|lows?|averages?)\b/iu;
const CHANGE_NOUNS =
  '(?:growth|increase|rise|gain|jump|surge|decline|drop|fall|decrease|contraction|expansion|slump|slide|dip|uptick|downturn|rebound|loss)(?:es|s)?';
// (Compiled once: matchAll copies it for each use.)
const CHANGE_NOUN = quickEdges(new RegExp(`\\b(${CHANGE_NOUNS})\\b`, 'giu'));
const CHANGE_NOUN_OF = new RegExp(
  `\\b${CHANGE_NOUNS}\\s+(?:\\([^)]*\\)\\s+)?of\\s+(?:an estimated\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+|over\\s+|more than\\s+|just\\s+|only\\s+)?$`,
  'i',
);
const PACE_MOVED_TO = quickEdges(
  /\b(?:growth|increase|rise|decline|drop|fall|contraction|expansion)(?:\s+(?:in|of)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:has\s+|had\s+)?(?:accelerated|slowed|eased|picked\s+up|quickened|decelerated|advanced|moderated|jumped|climbed|rose|fell|dropped|edged\s+(?:up|down|higher|lower)|increased|decreased|declined|came\s+in|improved|weakened|strengthened)\s+(?:further\s+|sharply\s+|slightly\s+)?(?:(?:to|at)\s+|(?:to|at)\s+[^,;]{1,30}?\s+from\s+)(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/iu,
);
const CHANGE_SUBJECT = new RegExp(
  `^\\s*(?:[^,;:]{1,60},\\s*)?(?:[\\p{L}-]+\\s+){0,4}?${CHANGE_NOUNS}\\s+(?:in|of)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:was|were|is|amounted to|came to|came in at|stood at|totall?ed|reached)\\s+(?:an estimated\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|just\\s+|only\\s+)?$`,
  'iu',
);

/** The figure of the same kind this one is listed after ("… 0.9 % in 2023 and | 0.5 % in 2024"), if any. */
/** Where a list the figure may end can begin: its clause, or further back when ", and" before the last item opened a clause of its own. */
const listFrom = (clause: { start: number }, figure: FigureSpan): number => Math.min(clause.start, Math.max(0, figure.start - 60));

function listedAfter(sentence: string, figure: FigureSpan, from: number): FigureSpan | null {
  const before = sentence.slice(from, figure.start);
  const m =
    /([+−-]?(?:[$€£¥]\s?)?\d[\d.,]*(?:\s?(?:%|percent|per cent|cents?|billion|million|bn|m))?)(?:\s+(?:in|for|on|from|over|during)\s+[^,;()]{1,30}?)?(?:(?:\s*,)?\s+(?:and|or)\s+(?:by\s+|a\s+|an\s+)?|\s*,\s+)$/iu.exec(
      before,
    );
  return m ? earlierFigureAt(m, from, figure) : null;
}

/** The span of an earlier figure a pattern found (its first group) in text that begins at `offset` of the sentence. */
function earlierFigureAt(m: RegExpExecArray, offset: number, figure: FigureSpan): FigureSpan {
  const start = offset + m.index;
  const unitKind = /%|percent|per cent/i.test(m[1]!) ? 'percent' : figure.unitKind === 'percent' ? 'other' : figure.unitKind;
  return { start, end: start + m[1]!.length, numberStart: start, unit: figure.unit, unitKind, change: null };
}

/** "Samsung’s shipments declined by 13.6 %, Xiaomi’s by 4.7 %, and Oppo’s by 9.9 %": the figure before a party whose verb is left out. */
function gappedAfter(sentence: string, figure: FigureSpan): FigureSpan | null {
  const m =
    /([+−-]?(?:[$€£¥]\s?)?\d[\d.,]*(?:\s?(?:%|percent|per cent|cents?|billion|million|bn|m))?)[^\d;]{0,40}?,\s+(?:and\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s?\s+(?:by\s+)?$/u.exec(
      sentence.slice(Math.max(0, figure.start - 120), figure.start),
    );
  return m ? earlierFigureAt(m, Math.max(0, figure.start - 120), figure) : null;
}

const DECREASE_NOUN = /^(?:decline|drop|fall|decrease|contraction|slump|slide|dip|downturn|loss)(?:es|s)?$/i;

/**
 * The direction a change takes when the words next to the figure do not give it: "a decline in
 * output of 0.1 %", "0.7 % lower in 2023 than in 2019", "fell 0.9 % in 2023 and 0.5 % in 2024".
 */
export function impliedChange(sentence: string, figure: FigureSpan, depth = 0): 'increase' | 'decrease' | null {
  if (figure.change) return figure.change;
  // "fell slightly by 0.1 %", "rose sharply 4 %": an adverb between the verb and its figure.
  const adverb = /\s+\p{L}+ly\s+((?:by\s+)?)$/u.exec(sentence.slice(Math.max(0, figure.start - 60), figure.start));
  if (adverb) {
    const verb = sentence.slice(Math.max(0, figure.start - 60), figure.start - adverb[0].length);
    const moved = changeOf(`${verb} ${adverb[1]}`, '');
    if (moved) return moved;
  }
  const clause = clauseOf(sentence, figure.start, figure.end);
  const than = CHANGE_THAN_AFTER.exec(sentence.slice(figure.end, Math.min(sentence.length, figure.end + 60)));
  if (than) return /^\s*(?:less|lower|smaller|below)\b/i.test(than[0]) ? 'decrease' : 'increase';
  // ("10.1 percent below December 2022 levels", "1 % above its 2019 peak": set against a level of another time.)
  const level = CHANGE_AGAINST_LEVEL_AFTER.exec(sentence.slice(figure.end, Math.min(sentence.length, figure.end + 60)));
  if (level) return /^\s*below\b/i.test(level[0]) ? 'decrease' : 'increase';
  const before = sentence.slice(clause.start, figure.start);
  const nouns = [...before.matchAll(CHANGE_NOUN)];
  if (nouns.length && (CHANGE_NOUN_OF.test(before) || CHANGE_SUBJECT.test(before)))
    return DECREASE_NOUN.test(nouns[nouns.length - 1]![1]!) ? 'decrease' : 'increase';
  const earlier = depth < 3 ? (listedAfter(sentence, figure, listFrom(clause, figure)) ?? gappedAfter(sentence, figure)) : null;
  if (earlier) {
    // (As the figure's own direction is read: "reduce emissions by 7.4 per cent, 3 per cent, and 0.4 per cent" are three falls.)
    const [wordsBefore, wordsAfter] = [sentence.slice(Math.max(0, earlier.start - 120), earlier.start), sentence.slice(earlier.end, earlier.end + 30)];
    const stated =
      changeOf(wordsBefore.slice(-40), wordsAfter) ?? changeAtPace(wordsBefore, figure.unit ?? '', wordsAfter) ?? changeOfWording(wordsBefore, wordsAfter);
    return stated ?? impliedChange(sentence, earlier, depth + 1);
  }
  return null;
}

const SHARE_MEASURES = new Set(['market-share', 'vote-share']);

function rateOrChange(figure: FigureSpan, before: string): StatType {
  if (figure.unitKind === 'percent_point' || figure.change) return 'change';
  if (/\b(?:by|gained|lost|added|shed)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i.test(before) && !/\bto\s+$/i.test(before)) return 'change';
  return 'rate';
}

// A verb or noun of what a stock gained, right before the figure (its article and hedge between).
// "rose by 5 %", "has increased by a record 659,800": a move's size after "by", its hedge or emphasis between.
const CHANGED_BY =
  /\bby\s+(?:(?:an\s+estimated|about|around|nearly|almost|some|roughly|a\s+record|a\s+further|another|more\s+than|over|just|only|a\s+net)\s+)*$/i;
const STOCK_ADDED_BEFORE =
  /\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|los(?:t|es|ing)|shed(?:s|ding)?|sign(?:ed|s|ing)\s+up|attract(?:ed|s|ing)?|(?:net\s+)?additions?\s+of)\s+(?:(?:a|an|another|a\s+record|a\s+whopping|some|about|around|nearly|almost|over|more\s+than|roughly|just|only|net|an\s+estimated)\s+)*$/i;

function stockAdded(sentence: string, figure: FigureSpan): boolean {
  const clause = clauseOf(sentence, figure.start, figure.end);
  return (
    STOCK_ADDED_BEFORE.test(sentence.slice(Math.max(clause.start, figure.start - 80), figure.start)) ||
    /^\s+(?:net\s+)?new\b/i.test(sentence.slice(figure.end)) ||
    /\s(?:net\s+)?new(?:\s|$)/i.test(sentence.slice(figure.start, figure.end))
  );
}

export function statTypeOf(sentence: string, figure: FigureSpan, measure: Measure | null): StatType {
  const stat = rawStatType(sentence, figure, measure);
  // "Solar additions rose by 20 GW to 346 GW": a move set beside the level it reached stays a move.
  const reached = MOVED_TO.test(sentence.slice(figure.end, figure.end + 60));
  return stat === 'change' && measure?.changeIsLevel && figure.unitKind !== 'percent' && !reached ? 'level' : stat;
}

// "annual rates were registered in", "the countries with the lowest annual rates were", "rates were highest in": a list of rates' values.
const RATES_LISTED = /\brates\s+(?:were|are)\b/i;

function rawStatType(sentence: string, figure: FigureSpan, measure: Measure | null): StatType {
  const clause = clauseOf(sentence, figure.start, figure.end);
  const before = sentence.slice(Math.max(clause.start, figure.start - 80), figure.start);
  const after = sentence.slice(figure.end, Math.min(sentence.length, figure.end + 60));
  const isPercent = figure.unitKind === 'percent' || figure.unitKind === 'percent_point';
  if (isPercent) {
    // ("The lowest annual rates were registered in Belgium (-0.8 %)": the sign of a figure a rate is listed by is the rate's own.)
    const signed = /^\s*\(\s*[+−-]/.test(sentence.slice(figure.start - 3, figure.start + 1)) || /^[+−-]/.test(sentence.slice(figure.start, figure.start + 1));
    if (signed && !(measure?.shape === 'rate' && RATES_LISTED.test(sentence.slice(clause.start, figure.start)))) return 'change';
    // "a 23 % market share", "23 % of the market": where the measure is itself a share, the share is its rate.
    // (So is a measure of one party stated only as a percentage: "a load factor of 96 %" is the load factor, no share of it.)
    if (
      measure &&
      (SHARE_MEASURES.has(measure.id) || (measure.shape !== 'rate' && measure.roles === 'single' && measure.unitKinds.every((k) => k === 'percent')))
    )
      return rateOrChange(figure, before);
    // ("representing 409 % year-on-year growth": a verb of share whose object is a change states the change.)
    if ((SHARE_BEFORE.test(before) && !CHANGE_NOUN_NEXT.test(after)) || SHARE_AFTER.test(after)) return 'share';
    if (figure.change) return 'change';
    // "fell to 4.1 %", "down from 4.2 %": the level moved to or from, not the move.
    const endPoint =
      /\b(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(before) &&
      !/\b(?:amount(?:ed|s|ing)?|c[ao]mes?|coming)\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(before);
    if (CHANGE_BEFORE.test(before) && !endPoint) return 'change';
    // ("raised its key interest rate by 5 percentage points", "85 basis points in interest rate cuts": points a rate moved by.)
    if ((figure.unit === 'percentage_point' || figure.unit === 'bp') && (POINTS_BY.test(before) || POINTS_OF_MOVES.test(after))) return 'change';
    if (CHANGE_AFTER.test(after) || CHANGE_THAN_AFTER.test(after) || RESTATED_THEN_CHANGE.test(after)) return 'change';
    // "delivery growth of 38 %", "a contraction of 0.3 %": a noun of change measured by the figure.
    if (CHANGE_NOUN_OF.test(before)) return 'change';
    // (A rate measured also in money — wages, prices — has levels: "pay growth was 5.4 %" is their change.)
    if (measure?.shape !== 'rate' || measure.unitKinds.includes('money')) {
      // "The calendar-adjusted decline in output was 0.1 %": the clause's subject is a change.
      if (!endPoint && CHANGE_SUBJECT.test(sentence.slice(clause.start, figure.start))) return 'change';
      // "exports growth accelerated to 14.4 %", "growth in imports slowed to 3 %": the pace a change moved to is a change.
      if (endPoint && PACE_MOVED_TO.test(sentence.slice(clause.start, figure.start))) return 'change';
    }
    // "fell 0.9 % in 2023 and 0.5 % in 2024", "rose by $0.10, or 0.3 %": a figure listed after a change states one too.
    const earlier = listedAfter(sentence, figure, listFrom(clause, figure));
    if (earlier && rawStatType(sentence, earlier, measure) === 'change') return 'change';
    // "increased between January and April by 41.3%": a percentage "by" which something moved.
    if (
      /\bby\s+(?:an estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+)?$/i.test(before) &&
      measure?.shape !== 'rate'
    )
      return 'change';
    if (measure?.shape === 'rate') return 'rate';
    // ("the fiscal deficit is expected to be 5.8 per cent": a level of a measure stated as a ratio to a whole by convention.)
    // (Not where the clause speaks of a part or terms of the debt: "the share of government debt held by overseas investors",
    // "a 53.5 % haircut", "an average coupon of 4.5 %".)
    if (
      measure?.barePercentOf &&
      figure.unitKind === 'percent' &&
      !/^\s*(?:of\b|\()/.test(after) &&
      !PART_OR_TERMS_OF_DEBT.test(sentence.slice(clause.start, clause.end))
    )
      return 'rate';
    // "GDP of just 3 %", "a target of around 5 %", "analysts' estimates of 5.3 %": a flow stated as a bare percentage,
    // with no word of share before or after it, is how fast it grew.
    // ("One in five cars sold this year will be electric": a ratio of the whole is a share.)
    if (
      measure?.shape === 'flow' &&
      !/^\s*(?:of\b|\()/.test(after) &&
      !/\bin\s+(?:every\s+)?[\p{L}\d]+$/iu.test(sentence.slice(figure.start, figure.end)) &&
      !/\b(?:share|proportion|portion|accounted|accounts|leading|led|made\s+up|makes\s+up|make\s+up|making\s+up|fraction|chances?|probability|likelihood|odds|risk)\b/i.test(
        sentence.slice(clause.start, clause.end),
      )
    )
      return 'change';
    return 'share';
  }
  // "+346 GW": a signed figure states how far a level moved.
  if (/[+−]\s?$/.test(sentence.slice(Math.max(0, figure.numberStart - 2), figure.numberStart)) || /^[+−]/.test(sentence.slice(figure.start, figure.start + 1)))
    return 'change';
  // "pay rose 10 cents to $35.69": a move verb right before the figure states how far the level moved.
  if (figure.change && MOVED_BY.test(before)) return 'change';
  // "by 1.5 times", "a threefold rise": a multiple of an earlier level.
  const quote = sentence.slice(figure.start, figure.end);
  const multiple =
    /fold$/i.test(quote) ||
    (/times$/i.test(quote) &&
      (/\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i.test(sentence.slice(0, figure.numberStart)) ||
        /^\s+(?:more|higher|larger|bigger|greater|as\s+(?:much|many|large|high|big))\b/i.test(after)));
  if (figure.unitKind === 'count' && multiple) return 'change';
  // "rose by 12 %, or $3 billion, to …", "a 11.9 % or £5.3 million increase": the same move in the measure's own unit.
  const restates = /,?\s+or\s+(?:by\s+)?$/i.test(before) ? listedAfter(sentence, figure, listFrom(clause, figure)) : null;
  if (restates?.unitKind === 'percent' && rawStatType(sentence, restates, measure) === 'change') return 'change';
  if (MOVE_NOUN_AFTER.test(after) && /\b(?:an?|the|or)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) return 'change';
  // "700 million cubic meters above contractual obligations": a difference from a reference, not a level.
  if (
    /^\s*(?:above|below|over|under|short of|in excess of|more than|less than)\s+(?:the\s+|its\s+|their\s+)?(?:contract\w*|plan\w*|target\w*|forecast\w*|expect\w*|estimate\w*|obligation\w*|projection\w*|budget\w*|guidance|quota\w*)/i.test(
      after,
    )
  )
    return 'change';
  if (/\bexceed(?:ed|s)?\b[^,;]{0,100}\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i.test(sentence.slice(clause.start, figure.start)))
    return 'change';
  // "upped its projected 2024 revenue midpoint by $1 billion", "raised its adjusted earnings per share (EPS) midpoint by 30 cents":
  // a verb of moving a figure, its object named in between, then "by": the move, however long the object.
  if (RAISED_BY.test(sentence.slice(clause.start, figure.start))) return 'change';
  if (measure?.shape === 'event' && figure.unitKind === 'count') return 'count';
  // "added 13.1 million subscribers", "signing up a record 13.1 million", "an addition of 13.12 million subscribers":
  // what a stock gained in the period, not where it stood.
  if (measure?.shape === 'stock' && stockAdded(sentence, figure)) return 'change';
  if (CHANGED_BY.test(before) && CHANGE_BEFORE.test(before)) return 'change';
  if (/\b(?:an?\s+)?(?:increase|rise|decrease|drop|decline|fall|jump|gain)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i.test(before))
    return 'change';
  // ("11.9 %, or 5.3 million pounds, more than the club paid out last year": the comparison set off by a comma.)
  if (/^\s*(?:\([^)]*\)\s*)?(?:more|less|larger|smaller|higher|lower|bigger|greater|above|below)\s+than\b/i.test(after)) return 'change';
  // ("10.1 percent below December 2022 levels": a percentage set against the level of another time.)
  if (figure.unitKind === 'percent' && CHANGE_AGAINST_LEVEL_AFTER.test(after)) return 'change';
  // ("about 11 million more cases in 2023 compared to 2022", "2,000 fewer deaths than a year earlier": a difference counted in the noun.)
  const differenceIn = /^\s+(?:[\p{L}-]+\s+){1,2}(?:[^.;]{0,25}?\s)?(?:than|compared\s+(?:to|with))\b/iu;
  if (/^\s+(?:more|fewer|additional)\s/i.test(after) && differenceIn.test(after.replace(/^\s+\S+/, ''))) return 'change';
  if (/\s(?:more|fewer)$/i.test(quote) && differenceIn.test(after)) return 'change';
  if (
    /^\s*(?:\([^)]*\)\s*)?,\s*(?:more|less|higher|lower)\s+than\s+(?:the\s+\p{L}+\s+)?(?:last|a\s+year|the\s+previous|in\s+(?:19|20)\d{2}|(?:[\p{L}()&-]+\s+){0,8}?(?:paid|offered|awarded|gave|spent|earned|received|reported)\b)/iu.test(
      after,
    )
  )
    return 'change';
  // ("130,000 higher than they previously estimated": the comparative read into the quote.)
  if (/\s(?:more|less|larger|smaller|higher|lower|bigger|greater)$/i.test(quote) && /^\s*than\b/i.test(after)) return 'change';
  return 'level';
}

// "the consensus estimate of 155,000", "economists polled by Reuters had expected 170,000": somebody's forecast.
const ESTIMATE_BEFORE =
  /\b(?:consensus|(?:an?|the)\s+estimate\s+of|economists\s+(?:had\s+)?(?:expected|forecast|predicted|polled)|polled\s+by|surveyed\s+by|had\s+(?:expected|estimated|forecast|predicted|projected|anticipated)|were\s+expecting|(?:analysts|economists|experts|forecasters)\s+(?:had\s+)?(?:expected|forecast|estimated?|predicted|projected|expect|predict|project)|(?:analysts|economists|experts|forecasters|markets?)['’]\s*(?:[\p{L}-]+\s+)?(?:estimates?|forecasts?|expectations?|predictions?|projections?)\s+(?:of|for))\b[^.;]{0,60}$/iu;
// "above the Dow Jones estimate of 200,000", "the FactSet consensus for 1.2 %": a named forecaster's expectation
// (case-sensitive: "the first estimate of GDP" is an official figure, not somebody's forecast).
const NAMED_ESTIMATE_BEFORE =
  /\b(?:the|a|an)\s+(?:[A-Z][\w&.-]*\s+){1,3}(?:estimates?|forecasts?|consensus|expectations?)\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+)?$/;
// "may possibly approach 6 %", "might reach 3 %" (lower case: "in May" is a month): a possibility, not an outturn.
const MAY_REACH = /\b(?:may|might)\s+(?:\p{L}+ly\s+)?(?:approach|reach|rise|grow|exceed|hit|top|fall|drop|decline|expand|slow|be)\b/u;
const TARGET =
  /\b(?:target(?:s|ed)?|goal|goals|aims?|aimed|objective|pledged?|ambition|agreed on the need|set out to|(?:must|needs?\s+to|have\s+to|has\s+to|would\s+need\s+to)\s+(?:be\s+)?(?:cut|reduced|lowered|slashed|fall|drop|decline|shrink|rise|grow|increase|raised))\b/i;
const FORECAST =
  /\b(?:forecasts?|forecasted|forecasting|projects?|projected|projecting|projections?|expects?|expected|expecting|expectations?|predicts?|predicted|predicting|guided|guides|guiding|guidance|outlook|anticipates?|anticipated|could|would|will|shall|set to|on track to|likely to|plans? to|planned to|planning to|poised to|should reach|is to reach|are to reach|estimated to reach|is to reach|are to reach|expected to reach)\b/i;

// "The bank now sees headline inflation at 5.4 percent this year, 2.7 percent next year": what a forecaster sees a
// measure at is its forecast, and so is each figure of the list that follows.
const SEES_AT = quickEdges(/\b(?:sees?|saw)\s+(?:[\p{L}-]+\s+){1,5}(?:at|averaging)\s+(?:[^.;]|\.\d){0,100}$/iu);

// "the 169,000 forecast from Dow Jones", "a 2.1 % consensus": the figure names somebody's expectation.
const FORECAST_NOUN_AFTER = quickEdges(/^\s*(?:[\p{L}%]+\s+)?(?:forecasts?|consensus|expectations?|projections?|predictions?)\b/iu);
// "the median 0.5 per cent rise forecast": a change named with its forecast after the figure's quote.
const CHANGE_FORECAST_AFTER =
  /^\s+(?:rise|increase|growth|gain|drop|decline|fall|contraction|expansion)\s+(?:forecasts?|projections?|predictions?|consensus)\b/i;

// "69.27 trillion won expected by LSEG analysts", "$8.71 billion forecast by analysts": the figure somebody expected.
// ("the 0.1pc drop predicted by analysts", "the 0.1% decline anticipated by economists", "the 0.2% fall economists had expected":
// the change somebody expected, named after the figure.)
const EXPECTED_BY_AFTER =
  /^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:drop|decline|fall|decrease|contraction|rise|increase|gain|growth|expansion|jump)\s+)?(?:(?:expected|estimated|forecast|forecasted|predicted|projected|anticipated)\s+by\b|(?:that\s+|which\s+)?(?:economists|analysts|forecasters|markets|investors|traders|the\s+market)\s+(?:had\s+)?(?:expected|forecast|predicted|anticipated|projected)\b)/i;

// "fell short of 2.7 % as predicted by the market", "below the 3 % economists had … ", "beat 1.5 % as forecast": a figure an
// outturn is set against, then said to be what was expected, is the expectation. (Not "rose 2.4 %, as expected": the outturn.)
const SET_AGAINST_AS_EXPECTED_BEFORE =
  /\b(?:short\s+of|below|above|under|over|than|versus|vs\.?|against|compared\s+(?:with|to)|beat(?:ing)?|miss(?:ed|ing)?|exceed(?:ed|ing)?|topp(?:ed|ing)|surpass(?:ed|ing)?)\s+(?:the\s+|an?\s+)?(?:about\s+|around\s+)?$/i;
// ("slightly under 0.6% expected", "versus 3.1% forecast": the figure set against, said to be expected, with no "as".)
const EXPECTED_RIGHT_AFTER = /^\s+(?:expected|forecast|forecasted|predicted|anticipated)\b(?!\s+(?:to|that|by\s+the\s+end)\b)/i;
// (With no comma: "stayed below 6 %, as expected" says the outturn was expected.)
const AS_EXPECTED_AFTER =
  /^\s*as\s+(?:(?:economists|analysts|forecasters|markets?|the\s+market|investors|traders)\s+)?(?:had\s+)?(?:been\s+)?(?:was\s+)?(?:expected|estimated|forecast|forecasted|predicted|projected|anticipated)\b/i;

// "the 2023 deficit of $1.7 trillion", "last year's deficit of …": a dated, definite value is an outturn.
const DATED_VALUE = quickEdges(
  /\b(?:(?:19|20)\d{2}|last\s+year['’]s|the\s+previous\s+year['’]s)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:of|was|were|stood at|totall?ed|came to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/iu,
);

// "the target range for the federal funds rate", "the cash rate target", "its target for the overnight rate": the
// policy rate a central bank sets is named by what it targets in the money market — the rate itself, no goal. (Not
// "the 2 to 3 per cent target range" for inflation.)
const POLICY_RATE_TARGET =
  /\btarget\s+range\b(?=[^.;]{0,60}\b(?:federal|fed)\s+funds\b)|(?<=\b(?:federal|fed)\s+funds\b[^.;]{0,80})\btarget\s+range\b|\b(?:federal|fed)\s+funds\s+(?:rate\s+)?target(?:\s+range)?\b|\b(?:cash|policy|overnight|bank)\s+rate\s+target\b|\btarget\s+for\s+the\s+(?:overnight|policy|cash|(?:federal|fed)\s+funds)\s+rate\b/gi;

// "moving toward its 2 percent target", "met the 2 per cent target", "closer to the bank's two per cent goal", "a target of 2
// million homes": a target named with a figure of its own, as the point an outturn is measured against or a goal stated
// before, makes no later figure a target.
const TARGET_WITH_ITS_FIGURE =
  /\b(?:toward|towards|to|at|above|below|near|under|over|within|hit|met|meet|meets|reach|reached|reaches)\s+(?:its|the|their|our|a)\s+(?:(?:[\p{L}.-]+\s+)?[\p{L}.]+['’]s?\s+)?(?:[\d.,]+|one|two|three|four|five)[\s-]*(?:%|per\s*cent|percent)\s+(?:[\p{L}-]+\s+)?(?:target|goal|objective)\b|\btarget\s+of\s+(?:about\s+|around\s+)?[$€£¥₹]?\d[\d.,]*(?:\s+(?:million|billion|trillion|per\s*cent|percent))?(?:\s+[\p{L}-]+){0,2}\s+(?:by|in|for)\s+(?:19|20)\d{2}\b/giu;

// (Each of its matches ends in "target", "goal" or "objective", ASCII letters that case-insensitive matching folds only among
// themselves: without one of them the words stay as they are.)
const TARGET_NOUN = /target|goal|objective/i;
const withoutTargetsWithFigures = (words: string): string => (TARGET_NOUN.test(words) ? words.replace(TARGET_WITH_ITS_FIGURE, ' ') : words);

// "The total fertility rate, or the number of children a woman is expected to bear during life, posted a new low of 0.72": an
// aside that defines the statistic says nothing of the figure's modality.
const DEFINING_ASIDE =
  /,\s+(?:or|i\.e\.|that\s+is|defined\s+as)\s+(?:the\s+)?(?:average\s+)?(?:number|share|proportion|percentage|rate|ratio|amount|value|sum|count|measure)\s+of\s+[^,;()]{3,120},/gi;

export function modalityOf(sentence: string, figure: FigureSpan): Modality {
  const clause = clauseOf(sentence, figure.start, figure.end);
  // (The phrases are blanked in place, so offsets into the sentence still hold.)
  if (/target/i.test(sentence)) sentence = sentence.replace(POLICY_RATE_TARGET, (m) => ' '.repeat(m.length));
  // (Read from a few words before the clause: "The bank, as widely anticipated, raised …" opens the clause after "as".)
  const from = Math.max(0, clause.start - 12);
  const before = withoutTargetsWithFigures(withoutOutturnComparisons(sentence.slice(from, figure.start)).slice(clause.start - from)).replace(
    DEFINING_ASIDE,
    ' ',
  );
  if (DATED_VALUE.test(sentence.slice(Math.max(0, figure.start - 60), figure.start))) return 'actual';
  if (TARGET.test(before) || namesATarget(sentence.slice(figure.end))) return 'target';
  if (
    FORECAST.test(before) ||
    MAY_REACH.test(before) ||
    SEES_AT.test(before) ||
    ESTIMATE_BEFORE.test(before) ||
    NAMED_ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 80), figure.start)) ||
    FORECAST_NOUN_AFTER.test(sentence.slice(figure.numberStart).replace(/^[\d.,]+/, '')) ||
    CHANGE_FORECAST_AFTER.test(sentence.slice(figure.end, figure.end + 40)) ||
    EXPECTED_BY_AFTER.test(sentence.slice(figure.end, figure.end + 60)) ||
    // (The word that sets it against the outturn may stand inside the figure's quote: "above 2.3 %", "less than 0.8 %".)
    (SET_AGAINST_AS_EXPECTED_BEFORE.test(sentence.slice(Math.max(0, figure.numberStart - 40), figure.numberStart).replace(/[$€£¥₹]\s*$/, '')) &&
      (AS_EXPECTED_AFTER.test(sentence.slice(figure.end, figure.end + 40)) || EXPECTED_RIGHT_AFTER.test(sentence.slice(figure.end, figure.end + 40)))) ||
    EXPECTED_BY_AFTER.test(sentence.slice(figure.numberStart, figure.numberStart + 60).replace(/^[\d.,]+/, ''))
  )
    return 'forecast';
  // (A target named before the figure's own clause, unless that clause says it is a forecast: "… met the 2 %
  // target in May; however, inflation is expected to rise to 2.75 %" is a forecast.)
  // (Not a target named with a figure of its own: "toward its 2 percent target, the central bank lowered the rate to 5 %".)
  const wide = withoutOutturnComparisons(sentence.slice(Math.max(0, clause.start - 120), figure.start));
  if (TARGET.test(withoutTargetsWithFigures(wide))) return 'target';
  return 'actual';
}

// What looks ahead rather than at the reading just out: "expects", "will", "next year".
// (The present tense looks ahead too: "Economists expect the unemployment rate to peak at 7 %", "Analysts predict growth of
// 0.5 % once rates fall".)
const LOOKS_AHEAD =
  /\b(?:will|would|shall|expects?|predicts?|projects?|anticipates?|forecasts\s+(?:that|it|growth|inflation|a|an)|sees?|once|next\s+(?:year|quarter|month|week)|coming\s+(?:year|quarter|months?)|ahead)\b/i;

/**
 * "Economists polled by Reuters expected a reading of 2.7 %", "the consensus estimate of 155,000": what somebody expected
 * the reading just out to be — a forecast of the very period that reading is of, not of a time ahead.
 */
export function expectedOfTheReading(sentence: string, figure: FigureSpan): boolean {
  const expected =
    ESTIMATE_BEFORE.test(sentence.slice(0, figure.start)) ||
    NAMED_ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 80), figure.start)) ||
    EXPECTED_BY_AFTER.test(sentence.slice(figure.end, figure.end + 60));
  return expected && !LOOKS_AHEAD.test(sentence);
}

// "China's military spending was projected at $296 billion, up 6 %" (of a year over when the text was written):
// what the past passive puts a past quantity at is an estimate of it, not a forecast.
const ESTIMATED_AT =
  /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:projected|estimated)\s+(?:at|to\s+have\s+(?:been|reached|totall?ed|risen|grown|fallen))\b/gi;

/** True when the only words that read the figure as a forecast are a past passive estimate ("was projected at"). */
export function estimatedOutturn(sentence: string, figure: FigureSpan): boolean {
  const before = withoutOutturnComparisons(sentence.slice(0, figure.start));
  if (!ESTIMATED_AT.test(before)) return false;
  ESTIMATED_AT.lastIndex = 0;
  const rest = before.replace(ESTIMATED_AT, ' ');
  return (
    !FORECAST.test(rest) &&
    !TARGET.test(rest) &&
    !ESTIMATE_BEFORE.test(rest) &&
    !SEES_AT.test(rest) &&
    !EXPECTED_BY_AFTER.test(sentence.slice(figure.end, figure.end + 60))
  );
}

const FUTURE_TENSE = /\b(?:will|shall|set\s+to)\b/gi;

/**
 * "Champions will receive £2.7 million", "the fund will this year reach £50 million": of an amount fixed in advance
 * (prize money), the future tense tells what was announced, not what somebody expects. True when the tense is all
 * that reads the figure as a forecast.
 */
export function announcedInFutureTense(sentence: string, figure: FigureSpan): boolean {
  const clause = clauseOf(sentence, figure.start, figure.end);
  const before = withoutOutturnComparisons(sentence.slice(clause.start, figure.start));
  if (!FUTURE_TENSE.test(before)) return false;
  const rest = before.replace(FUTURE_TENSE, ' ');
  return !FORECAST.test(rest) && !ESTIMATE_BEFORE.test(rest) && !FORECAST_NOUN_AFTER.test(sentence.slice(figure.numberStart).replace(/^[\d.,]+/, ''));
}

/**
 * "in yuan terms", "price-adjusted", "quarter-on-quarter", "revised down by", "a month": the basis
 * parts the figure's words state, before its period settles them (see basis.ts).
 */
export function basisOf(sentence: string, figure: FigureSpan, statType: StatType = 'change'): BasisReading {
  const reading = readBasis(sentence, figure, statType);
  // "rose by 10 cents, or 0.3 %, to $35.69": a change stated with the level it reached.
  if (statType === 'change' && MOVED_TO.test(sentence.slice(figure.end, figure.end + 60))) {
    reading.parts.push(SEQUENTIAL);
    // ("rose 1.7 % to $2.37 billion from $2.33 billion a year earlier", "… last year", "… in the same period last year": the
    // level it moved from, dated a year back, says the change is on the year before.)
    if (FROM_LEVEL_A_YEAR_BEFORE.test(sentence.slice(figure.end, figure.end + 120))) reading.parts.push('yoy');
  }
  // "added 13.1 million subscribers in the quarter": what a stock gained in a period runs from where it stood when the period began.
  if (statType === 'change' && figure.unitKind === 'count' && stockAdded(sentence, figure)) reading.parts.push(SEQUENTIAL);
  // "Over the past 12 months, earnings rose 3.9 %", "in the 12 months to March": a change over a year, however far the words stand.
  if (
    statType === 'change' &&
    !reading.parts.some((p) => /^(?:qoq|mom|yoy|ref:.+)$/.test(p)) &&
    TWELVE_MONTHS.test(`${sentence.slice(clauseOf(sentence, figure.start, figure.end).start, figure.start)} ${sentence.slice(figure.end, figure.end + 60)}`)
  )
    reading.parts.push('yoy');
  // "$81 billion (or 4 %) smaller than the shortfall in its baseline projections": measured against a forecast, not the last period.
  if (
    /^\s*(?:\([^)]*\)\s*)?(?:more|less|larger|smaller|higher|lower|above|below|bigger|greater)\s+than\b[^.;,]{0,80}\b(?:projection|projected|estimate|estimated|forecast|baseline|expected|expectations|budget(?:ed)?|plan(?:ned)?)/i.test(
      sentence.slice(figure.end),
    )
  ) {
    return { ...reading, parts: [...reading.parts.filter((p) => !p.startsWith('ref:') && !['yoy', 'qoq', 'mom'].includes(p)), 'against-forecast'] };
  }
  return reading;
}

const TWELVE_MONTHS =
  /\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous|preceding)\s+(?:year|12\s+months|twelve\s+months)|the\s+(?:12|twelve)\s+months\s+(?:to|through|ending|ended)|(?:in|over)\s+the\s+year\s+to)\b/i;
// ("to $2.37 billion from $2.33 billion a year earlier": the level reached, then the one it moved from; not "to $150 on Tuesday,
// up from $100 a year ago", a comparison of its own.)
const FROM_LEVEL_A_YEAR_BEFORE =
  /^\s*,?\s*to\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:[$€£¥]|US\$)?\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m)\b)?(?:\s+[\p{L}-]+){0,2}?\s+from\s+(?:an?\s+|the\s+)?(?:[$€£¥]|US\$)?\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m)\b)?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year(?!['’])|(?:in|during|for)\s+the\s+(?:(?:same|corresponding)\s+(?:period|quarter|month)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year|year[-\s]ago\s+(?:period|quarter|month)))\b/iu;
const MOVED_TO = /^\s*,?\s*(?:or\s+[^,;]{1,24},?\s*)?to\s+(?:a\s+record\s+|a\s+|an\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥]?\s?\d/i;

// A comma that separates words, not the thousands of a number ("46,000").
const CLAUSE_PUNCTUATION = /;|[,.](?!\d)/;

/** Facets named next to the measure's words or right after the figure ("gas supplies", "473 GW of solar"). */
function facetsOf(sentence: string, figure: FigureSpan, mentions: SentenceMentions, measureAt: { start: number; end: number } | null): string[] {
  const item = listItemFacet(sentence, figure, mentions);
  if (item) return [item];
  const found = new Set<string>();
  for (const f of mentions.facets) {
    if (f.facet.kind === 'time-denominator') continue;
    if (isPronoun(sentence, f)) continue;
    const nearMeasure =
      measureAt &&
      ((f.end <= measureAt.end + 1 && f.start >= measureAt.start - 40 && !CLAUSE_PUNCTUATION.test(sentence.slice(f.end, measureAt.start))) ||
        (f.facet.kind === 'denominator' && f.start >= measureAt.end && /^\s*$/.test(sentence.slice(measureAt.end, f.start))));
    const afterFigure =
      f.start >= figure.end && /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(sentence.slice(figure.end, f.start));
    // "68,874 other vehicles", "473 GW of new solar": words inside the quote, after the number.
    const inQuote = f.start > figure.numberStart && f.start < figure.end;
    const betweenFigureAndMeasure =
      measureAt && f.start >= figure.end && f.end <= measureAt.start && !CLAUSE_PUNCTUATION.test(sentence.slice(figure.end, f.start));
    const rightAfter = f.start >= figure.end && /^[\s“"‘'(]*$/.test(sentence.slice(figure.end, f.start));
    // "retail (34,000)", "Leisure and hospitality (-150,000)": the facet the bracketed figure is listed under.
    const bracketed = f.end <= figure.start && /^\s*\(\s*$/.test(sentence.slice(f.end, figure.start));
    // "imports of Russian crude oil", "exports of dual-use goods", "emissions from coal", "employment in construction":
    // what the flow carries, comes from or counts, named after its words.
    const complement =
      measureAt &&
      f.start >= measureAt.end &&
      // ("pay growth in the public sector": the measure's change word may stand between.)
      /^\s+(?:(?:growth|increases?|rises?|declines?|falls?|inflation)\s+)?(?:of|from|in)\s+(?:the\s+)?(?:[\p{L}‘’'-]+\s+){0,2}$/u.test(
        sentence.slice(measureAt.end, f.start),
      ) &&
      f.start - measureAt.end < 40;
    if (nearMeasure || afterFigure || betweenFigureAndMeasure || rightAfter || bracketed || complement || inQuote) found.add(f.facet.id);
  }
  // ("sales of fully electric and plug-in hybrid vehicles": a facet joined to one found by "and", "or" or a comma, of its kind, is named
  // with it.)
  for (const f of mentions.facets)
    if (
      !found.has(f.facet.id) &&
      mentions.facets.some(
        (g) =>
          g !== f &&
          found.has(g.facet.id) &&
          g.facet.kind === f.facet.kind &&
          /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/.test(sentence.slice(Math.min(f.end, g.end), Math.max(f.start, g.start))),
      )
    )
      found.add(f.facet.id);
  // "Solar PV represented 73 % … with 345.5 GW new additions": the clause's subject narrows its figures,
  // and names the part when the measure's own words name only the whole ("solar … renewable energy capacity").
  const clause = clauseOf(sentence, figure.start, figure.end);
  const subjectAt = (from: number) =>
    from +
    /^\s*(?:(?:meanwhile|however|still|overall|elsewhere|separately|also|in addition|by contrast|in contrast),?\s+)?(?:(?:in|by|during)\s+[^,]{1,30},\s*)?(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?/iu.exec(
      sentence.slice(from),
    )![0].length;
  // "The company's Model 3 and Model Y …, with 476,777 units": a "with" clause elaborates the sentence's subject.
  const starts = [subjectAt(clause.start), ...(/,\s+with\s$/i.test(sentence.slice(0, clause.start)) ? [subjectAt(0)] : [])];
  const subjectFacet = mentions.facets.find(
    (f) =>
      starts.includes(f.start) &&
      !isPronoun(sentence, f) &&
      f.end <= figure.start &&
      f.facet.kind !== 'denominator' &&
      f.facet.kind !== 'statistic' &&
      f.facet.kind !== 'time-denominator',
  );
  // (A statistic's word, "an average of 21,000 jobs", says how the figure is taken, not what of: the subject still narrows it.)
  const namesWhat = [...found].filter((f) => facetLexicon.get(f)?.kind !== 'statistic' && facetLexicon.get(f)?.kind !== 'time-denominator');
  if (subjectFacet && (namesWhat.length === 0 || namesWhat.some((f) => NARROWER[f]?.includes(subjectFacet.facet.id)))) found.add(subjectFacet.facet.id);
  // A more general facet adds nothing beside a specific one of the same kind named with it ("renewable" + "solar").
  if (found.size > 1) for (const [broad, narrow] of NARROWER_ENTRIES) if (narrow.some((n) => found.has(n))) found.delete(broad);
  if (found.size > 1) for (const id of [...found]) found.delete(facetLexicon.get(id)?.within ?? '');
  // (The parts that together make a whole, named together, are the whole: "fully electric and plug-in hybrid vehicles".)
  for (const whole of MADE_OF) {
    if (!whole.madeOf!.every((part) => found.has(part))) continue;
    for (const part of whole.madeOf!) found.delete(part);
    found.add(whole.id);
    break;
  }
  return [...found].sort();
}

// ", with 36.8 billion tonnes …", " – with about 30 million …": a clause that gives the sentence's figure.
const WITH_FIGURE_BEFORE = /(?:,|\s[–—-])\s+with\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|an\s+estimated)\s+)?$/i;

/**
 * "Carbon emissions from fossil fuels hit a record in 2023, with 36.8 billion tonnes emitted": a "with" clause gives the
 * figure of a measure its sentence named before, in that measure's own word after it ("emitted"). The words that qualify
 * the measure (what it is of, where it comes from) stand with that naming, the one returned. Null elsewhere.
 */
function restatedPhrase<T extends { start: number; end: number; measure: Measure }>(
  sentence: string,
  figure: FigureSpan,
  governing: T,
  mentions: SentenceMentions,
): T | null {
  if (governing.start < figure.end) return null;
  const withAt = WITH_FIGURE_BEFORE.exec(sentence.slice(0, figure.start));
  // (Only where the clause adds nothing but a time: "… emitted from fossil fuels", "… emitted by the country as a whole",
  // "… exported to Europe" qualify the figure in its own words.)
  if (!withAt || !NOTHING_BUT_A_TIME.test(sentence.slice(governing.end))) return null;
  // The naming nearest before the clause: "Smartphone shipments rose 6 %, while PC shipments fell 10 %, with 39 million PCs
  // shipped" restates PC shipments.
  const head = mentions.measures.findLast((m) => m.end <= withAt.index && m.candidates.some((c) => c.id === governing.measure.id));
  return head ? { ...governing, start: head.start, end: head.end } : null;
}

// What may follow the measure's word to the end of a "with" clause: a time at most ("in 2023", "last year").
const NOTHING_BUT_A_TIME =
  /^\s*(?:(?:in|during|over|for|through|by|as\s+of)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|past|same)\s+)?(?:(?:19|20)\d{2}|year|quarter|half|month|week|period|season|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b(?:\s+(?:of\s+)?(?:19|20)\d{2})?|(?:last|this)\s+(?:year|month|quarter|week|season)|alone)?\s*(?:[,.;)—–]|\s[-–—]\s|$)/i;

/** "while others saw theirs drop": "others" is a pronoun, not "other vehicles". */
function isPronoun(sentence: string, f: { start: number; end: number }): boolean {
  return /^others\b/i.test(sentence.slice(f.start, f.end + 1));
}

// Facets made of others, the first that the lexicon lists standing for the parts ("electric-vehicles" before "new-energy-vehicles").
const MADE_OF = [...facetLexicon.values()].filter((f) => f.madeOf);
/** Facets that a more specific one makes redundant; a facet's own parts (`madeOf`) are among them. */
const NARROWER: Record<string, string[]> = {
  renewable: ['solar', 'wind', 'hydro', 'offshore-wind', 'onshore-wind'],
  wind: ['offshore-wind', 'onshore-wind'],
  'new-energy-vehicles': ['electric-vehicles'],
  grain: ['wheat', 'corn', 'soybeans', 'rice', 'barley'],
};
for (const whole of MADE_OF) NARROWER[whole.id] = [...new Set([...(NARROWER[whole.id] ?? []), ...whole.madeOf!])];
const NARROWER_ENTRIES = Object.entries(NARROWER);

const PER_SHARE_AFTER = /^\s+(?:a|per|for\s+each)\s+(?:(?:diluted|basic|ordinary|common|class\s+[ab])\s+)?(?:share|ADS|ADR)\b/i;
// A sum per share, the only figure between the measure and a change after it ("dividends paid of €4.70 per share, up 9%", "net
// income was $2.95 a share, up 10%", not "net income of $2.9 billion, or $2.95 a share, rose 10%"), or the sum a change came
// to ("rose 10% to $2.95 a share").
const PER_SHARE_SUM = String.raw`\d(?:[\d.,]*\d)?\s*(?:\p{L}+\s+)?(?:a|per|for\s+each)\s+(?:(?:diluted|basic|ordinary|common|class\s+[ab])\s+)?(?:share|ADS|ADR)\b`;
const PER_SHARE_LEVEL_BETWEEN = new RegExp(String.raw`^\D*${PER_SHARE_SUM}\D*$`, 'iu');
const PER_SHARE_LEVEL_REACHED = new RegExp(String.raw`^\s+to\s+\S{0,3}${PER_SHARE_SUM}`, 'iu');

const ASSET_FLOWS = new Set(['exports', 'imports', 'deliveries', 'production']);

/**
 * The structured proposition a figure states, read from its sentence and, where the sentence
 * leaves a part open, from the paragraph, the headline and the document around it.
 */
export function readProposition(sentence: string, figure: FigureSpan, mentions: SentenceMentions, context: RoleContext): Proposition | null {
  const ratio = ratioOf(sentence, figure, mentions);
  if (ratio) {
    const { measure, facets: qualified } = qualify(
      sentence,
      ratio.part,
      figure,
      mentions,
      narrowed(ratio.part.measure, mentions, context, sentence.slice(ratio.part.start, ratio.part.end).toLowerCase()),
      facetsOf(sentence, figure, mentions, ratio.part),
    );
    const facets = qualified.filter((f) => f !== ratio.facet);
    // A ratio is a rate; "rose by 0.4 percentage points" moves it.
    const statType = statTypeOf(sentence, figure, { ...measure, shape: 'rate' }) === 'change' ? 'change' : 'rate';
    const proposition: Proposition = {
      measure: measure.id,
      subject: [],
      counterpart: null,
      ...ownTerms(sentence, figure, statType, [...new Set([...facets, ratio.facet])].sort()),
      statType,
      modality: modalityOf(sentence, figure),
    };
    const ratioRoles = findRoles(sentence, figure, ratio.part, measure, mentions, context, statType);
    return { ...proposition, ...ratioRoles, facets: withoutVacuous(proposition.facets, [...ratioRoles.subject, ratioRoles.counterpart ?? '']) };
  }
  const named = governingMeasure(sentence, figure, mentions) ?? paidTo(sentence, figure, mentions) ?? segmentMoved(sentence, figure, mentions);
  const governing = figure.perUnit
    ? unitPrice(sentence, figure, { start: figure.end - figure.perUnit, end: figure.end }, named)
    : figure.unitKind === 'percent'
      ? unitPrice(sentence, figure, unitPriceMovedTo(sentence, figure), named)
      : named;
  if (!governing) return null;
  const general =
    newOfStock(sentence, governing, figure.unitKind) ??
    narrowed(governing.measure, mentions, context, sentence.slice(governing.start, governing.end).toLowerCase());
  // ("Net income was $2.95 a share": a per-share figure of the measure, never its total; "…, up 10%", "rose 10% to $2.95 a
  // share": the change of a per-share level is the per-share figure's.)
  const perShare =
    general.perShare &&
    ((figure.unitKind === 'money' && PER_SHARE_AFTER.test(sentence.slice(figure.end))) ||
      (figure.unitKind === 'percent' &&
        (PER_SHARE_LEVEL_BETWEEN.test(sentence.slice(governing.end, figure.start)) || PER_SHARE_LEVEL_REACHED.test(sentence.slice(figure.end)))))
      ? measures.get(general.perShare)
      : undefined;
  // ("Hermès sales reached €13.4 billion", "sales rose 16 % to €13.4 billion": a firm's sales in money, and their change to
  // a sum, are its revenue, whatever the source calls them; not "sold", nor "car sales", which may count units.)
  const clause = clauseOf(sentence, figure.start, figure.end);
  const inMoney =
    (figure.unitKind === 'money' && !LEVEL_NOT_SALES.test(sentence.slice(governing.end, figure.start))) ||
    (figure.unitKind === 'percent' && SUM_REACHED.test(sentence.slice(figure.end, figure.end + 60)));
  const read = perShare ?? (general.id === 'sales' && inMoney && salesOfAFirm(sentence, governing) ? measures.get('revenue')! : general);
  const phrase = restatedPhrase(sentence, figure, governing, mentions) ?? governing;
  const { measure, facets } = qualify(
    sentence,
    phrase,
    figure,
    mentions,
    read,
    withSentenceFacets(sentence, figure, read, facetsOf(sentence, figure, mentions, phrase), mentions),
  );
  const statType = statTypeOf(sentence, figure, measure);
  const proposition: Proposition = {
    measure: measure.id,
    subject: [],
    counterpart: null,
    ...ownTerms(
      sentence,
      figure,
      statType,
      measure.barePercentOf && statType === 'rate' && figure.unitKind === 'percent' ? [...new Set([...facets, measure.barePercentOf])].sort() : facets,
    ),
    statType,
    modality: modalityOf(sentence, figure),
  };
  // ("Nairobi's population": of a place, a capital is the city, not its country's government.)
  if (measure.ofPlaces) mentions = citiesAsThemselves(sentence, mentions);
  const roles =
    (statType === 'share' && measure.roles === 'single'
      ? shareOfFacet(sentence, figure, clauseOf(sentence, figure.start, figure.end), proposition.facets, mentions)
      : null) ?? findRoles(sentence, figure, governing, measure, mentions, context, statType);
  // "The sector averaged 57,000 a month": a part named only by reference is a part we cannot name.
  // ("The group’s revenue": "the group" read as the company named before, owning the measure, is no part.)
  const part = ANAPHORIC_PART.exec(sentence.slice(clause.start, figure.start));
  const partEnd = part ? clause.start + part[0].length : -1;
  // ("The group said it had delivered 735 aircraft": words read as the company named before are that company, no part of it.)
  // (So are a document's own names: "LVMH said … The group reported profit of €15.2 billion".)
  const company =
    part &&
    mentions.entities.some(
      (e) => e.start < partEnd && e.end > clause.start && (entities.get(e.id)?.kind === 'company' || (e.form === 'name' && !entities.get(e.id))),
    );
  if (part && !company && !mentions.entities.some((e) => e.possessive && e.start < partEnd && e.end >= partEnd))
    return { ...proposition, subject: [], counterpart: null };
  // "…, mostly in family services, which added 17,000 jobs": the relative clause is about the words before
  // "which"; when they name no party and no measure, the figure's party is not one we can name.
  if (/,\s+which\s+$/i.test(sentence.slice(Math.max(0, clause.start - 9), clause.start) + ' ')) {
    const antecedentEnd = sentence.lastIndexOf(',', clause.start);
    // "22.7 billion cubic meters, which is …", "672,000, which is …": a figure before "which" is the series itself.
    const antecedent = sentence.slice(Math.max(0, antecedentEnd - 30), antecedentEnd);
    const named =
      /\d|[%)]\s*$/.test(antecedent) ||
      [...mentions.entities, ...mentions.measures].some((m) => m.end <= antecedentEnd && /^[\s)]*$/.test(sentence.slice(m.end, antecedentEnd)));
    if (!named && !mentions.entities.some((e) => e.start >= clause.start && e.end <= clause.end)) return { ...proposition, subject: [], counterpart: null };
  }
  const asRead = {
    ...proposition,
    ...roles,
    ...revenueOf(sentence, governing, measure, roles),
    ...watchedNotChannel(sentence, measure, roles, mentions, context),
  };
  return throughAsset({ ...asRead, facets: withoutVacuous(asRead.facets, [...asRead.subject, asRead.counterpart ?? '']) }, figure, mentions, context.assets);
}

// What carries a programme rather than being watched: "ABC's Jimmy Kimmel-hosted telecast", "NBC's coverage".
const CARRIED_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:telecast|broadcast|coverage|airing|stream|network|channel)s?\b/iu;

/**
 * "ABC's Jimmy Kimmel-hosted telecast on Sunday night drew 19.5 million total viewers", under a headline about the
 * Oscars: an audience is the audience of what was watched, not of the channel that carried it. The subject becomes the
 * one event or work the headline names, or none.
 */
function watchedNotChannel(
  sentence: string,
  measure: Measure,
  roles: Pick<Proposition, 'subject' | 'counterpart'>,
  mentions: SentenceMentions,
  context: RoleContext,
): Pick<Proposition, 'subject'> | null {
  if (!AUDIENCE_MEASURES.has(measure.id) || roles.subject.length !== 1) return null;
  const channel = mentions.entities.find((e) => subjectOf(e.id) === roles.subject[0] && CARRIED_AFTER.test(sentence.slice(e.end, e.end + 60)));
  if (!channel) return null;
  const watched = context.headline.filter((id) => entities.get(id)?.kind === 'event' || id.startsWith('work-'));
  return { subject: watched.length === 1 ? watched : [] };
}
const AUDIENCE_MEASURES = new Set(['viewers', 'audience-rating']);

// The sum a change of sales reached, right after it: "5 % to $80 million", "13 % to 71.9 trillion won".
const SUM_REACHED = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:(?:year[- ](?:on|over)[- ]year|y\/y|from\s+(?:a\s+year\s+(?:earlier|ago)|\d{4}))\s*,?\s*)?to\s+(?:about\s+|around\s+|nearly\s+|some\s+|a\s+record\s+)?` +
    String.raw`(?:[$€£¥₹]\s?\d|(?:USD|EUR|GBP|JPY|CNY|INR|CHF|SEK|KRW|Rs\.?)\s?\d|\d[\d.,]*\s?(?:(?:million|billion|trillion|bn|m)\s)?(?:[A-Z][a-z]+\s)?(?:euros?|dollars?|pounds?|yen|yuan|rupees?|won|kronor|krona|kroner|(?:Swiss\s+)?francs?|crowns?|reais|rand|lira|ringgit|baht|pesos?|r[ou]bles?|riyals?|dirhams?)\b)`,
  'i',
);
// Between "sales" and a sum, words that make the sum something other than what was sold: "a median of", "price of".
const LEVEL_NOT_SALES = /\b(?:median|average|price|prices)\b/i;
// Sales that are no firm's takings: of costs, taxes and forces, or of holdings sold off.
const NOT_TAKINGS_AFTER =
  /^\s+(?:and\s+marketing|tax|taxes|force|volumes?|of\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:shares?|stakes?|bonds?|assets?|homes?|houses?|propert(?:y|ies)|land|debt|treasuries|securities))\b/iu;
const NOT_TAKINGS_BEFORE = /\b(?:cost\s+of|asset|bond|share|stock|equity|home|house|housing|property|land|debt|insider|treasury|arms|weapons?)\s+$/i;

/** Whether the word "sales" at a mention is what a firm takes in selling its goods, not sales of holdings, homes or taxes. */
function salesOfAFirm(sentence: string, governing: { start: number; end: number }): boolean {
  if (!/^sales$/i.test(sentence.slice(governing.start, governing.end))) return false;
  return (
    !NOT_TAKINGS_AFTER.test(sentence.slice(governing.end, governing.end + 60)) &&
    !NOT_TAKINGS_BEFORE.test(sentence.slice(Math.max(0, governing.start - 20), governing.start))
  );
}

// Who may have a turnover that is trade: places and blocs; anything else has sales.
const TRADING_PLACES = new Set(['country', 'region', 'bloc', 'city']);
// Words that make a turnover something other than sales: of staff, of goods moved, of a market's trading.
const NOT_SALES_TURNOVER =
  /\b(?:staff|employee|employees|labou?r|worker|workers|personnel|freight|cargo|passenger|daily|trading|share|stock|portfolio|inventory)(?:['’]s?)?\s+$/i;

/**
 * "Wimbledon reported turnover of 380.2 million pounds", "the company's turnover rose 5 %": turnover, the word alone, of
 * a company or a body is its revenue; only between places ("turnover between Russia and China") is it trade. Sales in
 * money read as revenue stay sales when a place is whose they are ("the US's arms sales").
 */
function revenueOf(
  sentence: string,
  governing: { start: number; end: number },
  measure: Measure,
  roles: Pick<Proposition, 'subject' | 'counterpart'>,
): Pick<Proposition, 'measure'> | null {
  const ofPlace = roles.subject.some((id) => TRADING_PLACES.has(entities.get(id)?.kind ?? ''));
  if (measure.id === 'revenue' && ofPlace && /^sales$/i.test(sentence.slice(governing.start, governing.end))) return { measure: 'sales' };
  if (measure.id !== 'trade' || roles.counterpart !== null || roles.subject.length === 0 || ofPlace) return null;
  if (!/^turnovers?$/i.test(sentence.slice(governing.start, governing.end))) return null;
  // (Not staff, freight or trading turnover, nor the turnover of an exchange: those are no sales.)
  if (NOT_SALES_TURNOVER.test(sentence.slice(Math.max(0, governing.start - 30), governing.start)) || /\b(?:exchanges?|bourses?|markets?)\b/i.test(sentence))
    return null;
  return { measure: 'revenue' };
}

/** Wholes a figure may be a ratio to, and the facet that names the ratio. */
const RATIO_WHOLES: Record<string, string> = { gdp: 'of-gdp', 'government-spending': 'of-government-spending' };
const RATIO_WORDS = quickEdges(
  /\b(?:as\s+(?:a|the)\s+(?:percentage|share|proportion|ratio|per\s*cent)\s+of|in\s+relation\s+to|relative\s+to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu,
);

/**
 * "Military spending as a percentage of global GDP rose to 2.3 %", "a deficit of 5.6 % of GDP":
 * the figure is a ratio of one measure of a party to another of the same party (its GDP, its
 * government's spending), not a share some part holds. Returns the measure that is divided (the part),
 * the whole's mention, and the facet naming the ratio.
 */
function ratioOf(
  sentence: string,
  figure: FigureSpan,
  mentions: SentenceMentions,
): { part: { measure: Measure; start: number; end: number }; facet: string } | null {
  if (figure.unitKind !== 'percent') return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  for (const whole of mentions.measures) {
    if (whole.start < clause.start || whole.end > clause.end) continue;
    const wholeId = whole.candidates.map((c) => c.id).find((id) => RATIO_WHOLES[id]);
    if (!wholeId) continue;
    const afterFigure =
      whole.start >= figure.end &&
      /^\s*(?:of|to)\s+(?:the\s+)?(?:(?:country|nation|world|its|their|global|world|national|annual|total|the\s+country['’]s|the\s+nation['’]s)\s+)*$/i.test(
        sentence.slice(figure.end, whole.start),
      );
    const before = sentence.slice(clause.start, whole.start);
    const asRatio = RATIO_WORDS.test(before);
    if (!afterFigure && !asRatio) continue;
    // The part: the nearest other measure named before the whole (or before the figure) that takes percentages.
    let part: { measure: Measure; start: number; end: number } | null = null;
    for (const m of mentions.measures) {
      if (m === whole || m.start < clause.start || m.end > figure.start) continue;
      if (m.start < whole.end && whole.start < m.end) continue;
      const measure = m.candidates.find((c) => acceptsUnit(c, 'percent') && !RATIO_WHOLES[c.id]);
      if (measure && (!part || m.start > part.start)) part = { measure, start: m.start, end: m.end };
    }
    if (part) return { part, facet: RATIO_WHOLES[wholeId]! };
  }
  return null;
}

/**
 * The figure's own terms: its basis parts as read (settled later against the period) and its
 * facets with the time unit it is given per ("186,000 a month"). A rate per month over a year is
 * an average whatever the words, so "average" adds nothing beside a time unit.
 */
export function ownTerms(
  sentence: string,
  figure: FigureSpan,
  statType: StatType,
  facets: string[],
  carried: string | null = null,
): { basis: string | null; facets: string[] } {
  const reading = basisOf(sentence, figure, statType);
  // A figure that continues another's proposition keeps its currency and price terms unless it names its own.
  const terms = (parts: string[]) => parts.filter((p) => /^(?:[A-Z]{3}|local-currency|real|nominal)$/.test(p));
  if (carried && terms(reading.parts).length === 0) reading.parts.push(...terms(carried.split('+')));
  const kept = facets.filter((f) => !TIME_FACETS.has(f) && !(reading.per && f === 'average'));
  return { basis: reading.parts.length ? [...reading.parts].sort().join('+') : null, facets: reading.per ? [...kept, reading.per].sort() : kept };
}

const TIME_FACETS = new Set(['per-month', 'per-year', 'per-quarter', 'per-week', 'per-day']);
const LENGTH_WORD: Partial<Record<ReturnType<typeof spanOf>['span'], string>> = { month: 'monthly', quarter: 'quarterly' };
const LENGTH_WORDS = new Set(Object.values(LENGTH_WORD));

/** The proposition once its period is known: comparisons named by date resolved, defaults and vacuous rates dropped. */
export function settleProposition(p: Proposition, period: Pick<Period, 'start' | 'end'> & { label?: string }, unitKind = 'percent'): Proposition {
  const per = p.facets.find((f) => TIME_FACETS.has(f)) ?? null;
  const settled = settleBasis({ parts: p.basis ? p.basis.split('+') : [], per }, period, p.measure, p.statType, reportedOnTheYearBefore(p));
  // ("a monthly trade surplus of 62.1 billion yen in December": of a flow, the word for the period's own length says
  // nothing more; of a rate, "monthly inflation" is another figure than the annual rate, and keeps it.)
  const ownLength = p.facets.some((f) => LENGTH_WORDS.has(f)) && measures.get(p.measure)?.shape === 'flow' ? LENGTH_WORD[spanOf(period).span] : undefined;
  const facets = p.facets.filter((f) => !TIME_FACETS.has(f) && f !== ownLength);
  const out = { ...p, basis: settled.basis, facets: settled.per ? [...facets, settled.per].sort() : facets };
  // "Consumer prices rose 3.2 % in the 12 months to March": the year-on-year change of prices is March's inflation rate.
  const parts = out.basis ? out.basis.split('+') : [];
  if (out.statType === 'change' && unitKind === 'percent' && measures.get(out.measure)?.changeIsRate && parts.includes('yoy')) {
    const rest = parts.filter((x) => x !== 'yoy');
    return { ...out, statType: 'rate', basis: rest.length ? rest.join('+') : null };
  }
  return out;
}

const ANAPHORIC_PART =
  /^\s*(?:(?:and|but|meanwhile|overall|still),?\s+)?(?:the|this|that|each|that same|the same)\s+(?:sector|industry|segment|category|division|branch|subsector|sub-sector|component|group|business|unit|capital|city|town|province|county|municipality|metropolis|district|village|island|state)\b/i;

/** The sentence's mentions with every capital standing for itself, a city (its slug), rather than for its country. */
function citiesAsThemselves(sentence: string, mentions: SentenceMentions): SentenceMentions {
  if (!mentions.entities.some((e) => e.form === 'metonym')) return mentions;
  return { ...mentions, entities: mentions.entities.map((e) => (e.form === 'metonym' ? { ...e, id: slug(sentence.slice(e.start, e.end)) } : e)) };
}

/**
 * A named pipeline or route carries the flow: "supplies via the Power of Siberia" are the pipeline's
 * deliveries, whoever sends them, and the pipeline already says what flows through it.
 */
export function throughAsset(p: Proposition, figure: FigureSpan, mentions: SentenceMentions, assetsAround: string[] = []): Proposition {
  const asset = mentions.entities.find((e) => entities.get(e.id)?.kind === 'asset')?.id ?? (assetsAround.length === 1 ? assetsAround[0] : undefined);
  if (!asset || figure.unitKind === 'money') return p;
  const measure = ASSET_FLOWS.has(p.measure) ? 'deliveries' : p.measure;
  if (measure !== 'deliveries' && measure !== 'transport-capacity') return p;
  return { ...p, measure, subject: [asset], counterpart: null, facets: [] };
}

/** "spending" in a text about military spending is military spending. */
function narrowed(measure: Measure, mentions: SentenceMentions, context: RoleContext, word = ''): Measure {
  const narrower = narrowerMeasures().get(measure.id);
  if (narrower === undefined) return measure;
  const named = new Set([...context.measures, ...mentions.measures.flatMap((m) => m.candidates.map((c) => c.id))]);
  for (const m of narrower) if (named.has(m.id) && (!m.narrowsWords || m.narrowsWords.includes(word))) return m;
  // ("Spain received 85.1 million foreign tourists, who spent 108.7 billion euros": the sentence names who spent.)
  for (const m of narrower)
    if (
      m.narrowsBeside &&
      (!m.narrowsWords || m.narrowsWords.includes(word)) &&
      mentions.measures.some((x) => x.candidates.some((c) => m.narrowsBeside!.includes(c.id)))
    )
      return m;
  // ("1.4 billion international tourists travelled in 2024. … With 95 million arrivals, the Middle East …": a text that has
  // named the narrower measure, and the broader one by no other word than this, means the narrower one throughout; not a
  // measure that narrows only beside its own cue, as tourism revenue beside visitors.)
  const words = context.measureWords;
  if (words)
    for (const m of narrower)
      if (!m.narrowsBeside && m.narrowsWords?.includes(word) && words.has(m.id) && [...(words.get(measure.id) ?? [])].every((w) => m.narrowsWords!.includes(w)))
        return m;
  return measure;
}

/** The measures that narrow each measure, in lexicon order: most measures have none, and the lexicon is read once. */
let narrowerByMeasure: Map<string, Measure[]> | null = null;
function narrowerMeasures(): Map<string, Measure[]> {
  if (narrowerByMeasure === null) {
    narrowerByMeasure = new Map();
    for (const m of measures.values()) if (m.narrows !== undefined) narrowerByMeasure.set(m.narrows, [...(narrowerByMeasure.get(m.narrows) ?? []), m]);
  }
  return narrowerByMeasure;
}

// "Singles champions will each receive", "first-round losers will take home", "Losing finalists will be paid":
// who is paid, then the verb of paying, right before the figure.
const PAID =
  /^(?:\s+(?:of|at|in)\s+(?:the\s+)?(?:\d{4}|this\s+year(?:['’]s)?|next\s+year(?:['’]s)?)(?:\s+(?:edition|tournament|championships?|event))?)?(?:\s+(?:will|would|can|each|also|now|then|both|are\s+to|is\s+to|are\s+set\s+to|is\s+set\s+to))*\s+(?:receive[sd]?|receiving|earn(?:s|ed)?|take\s+home|took\s+home|takes\s+home|get|gets|got|be\s+awarded|were\s+awarded|was\s+awarded|be\s+paid|were\s+paid|was\s+paid|pocket(?:s|ed)?|collect(?:s|ed)?|walk\s+away\s+with|walked\s+away\s+with)(?:\s+(?:each|apiece))?\s+(?:a\s+cheque\s+(?:for|of)\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;

/**
 * A money figure paid to a recipient the facet lexicon knows ("the champions", "first-round losers") states the
 * measure whose figures such recipients take as a sentence facet (prize money), though no word of it stands here.
 */
function paidTo(sentence: string, figure: FigureSpan, mentions: SentenceMentions): { measure: Measure; start: number; end: number } | null {
  if (figure.unitKind !== 'money') return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  const recipient = mentions.facets.filter((f) => f.start >= clause.start && f.end <= figure.start && PAID.test(sentence.slice(f.end, figure.start))).pop();
  if (!recipient) return null;
  for (const measure of measures.values())
    if (measure.sentenceFacetKinds?.includes(recipient.facet.kind) && measure.unitKinds.includes('money'))
      return { measure, start: recipient.start, end: recipient.end };
  return null;
}

// A segment's own verb of movement or level, between it and the figure: "the data center segment surged by 409%", "… to reach $18.4 billion".
const SEGMENT_MOVED =
  /^(?:['’]s)?(?:\s+(?:segment|business|unit|division))?(?:\s+(?:also|again))?\s+(?:surged|soared|jumped|rose|grew|climbed|increased|fell|dropped|declined|slipped|reached|totall?ed|hit)\b(?:[^.;:]|\.(?=\d)){0,80}?(?:by|to|of|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;
const REVENUE_OF_SEGMENTS = 'revenue';

/**
 * "The company's data center segment surged by 409 % year-over-year … to reach $18.4 billion": a business segment that
 * moves or reaches a sum with no measure named is its revenue, the figure a company reports for every segment.
 */
function segmentMoved(sentence: string, figure: FigureSpan, mentions: SentenceMentions): { measure: Measure; start: number; end: number } | null {
  if (figure.unitKind !== 'money' && figure.unitKind !== 'percent') return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  const segment = mentions.facets.filter((f) => f.facet.kind === 'business-segment' && f.start >= clause.start && f.end <= figure.start).pop();
  if (!segment || !SEGMENT_MOVED.test(sentence.slice(segment.end, figure.start))) return null;
  const measure = measures.get(REVENUE_OF_SEGMENTS);
  return measure ? { measure, start: segment.start, end: segment.end } : null;
}

/**
 * "Brent crude rose to $80.50 a barrel", "hogs sold for $55 per cwt", "exports fetched $240 a tonne": a sum per so much
 * of a good is its price where no measure's words govern it or only those of a total of goods do; a measure of its own
 * ("petrol prices …", "a subsidy of 30 cents a bushel") keeps the figure. The denominator stands in for the measure's words.
 */
function unitPrice(
  sentence: string,
  figure: FigureSpan,
  denominator: { start: number; end: number } | null,
  named: { measure: Measure; start: number; end: number } | null,
): { measure: Measure; start: number; end: number } | null {
  if (!denominator || (named && !TOTALS_OF_GOODS.has(named.measure.id))) return named;
  // ("a duty of $300 per tonne on imported steel", "traded at a discount of $15 a barrel", "paid 55 cents a mile", "refining
  // margins … $4 a barrel": a sum per unit that is no price of the good, nor a total of the goods.)
  if (NOT_A_PRICE.test(sentence.slice(clauseOf(sentence, figure.start, figure.end).start, figure.start))) return null;
  const price = measures.get(UNIT_PRICE);
  return price ? { measure: price, ...denominator } : named;
}
const UNIT_PRICE = 'price';
// The totals of goods sold or traded, whose words ("sold for", "exports fetched") stand before a unit price as well.
const TOTALS_OF_GOODS = new Set(['sales', 'revenue', 'exports', 'imports', 'trade', 'shipments', 'deliveries', 'production', 'orders']);
const NOT_A_PRICE = quickEdges(
  /\b(?:tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|tariffs?|subsid(?:y|ies)|premiums?|discounts?|spreads?|margins?|royalt(?:y|ies)|fees?|surcharges?|rebates?|credits?|bonus(?:es)?|wages?|salar(?:y|ies)|commissions?|pa(?:y|ys|id)|earn(?:s|ed)?)\b/i,
);

// "rose 5.3% to $84.12 a barrel", "were up 3.9% at $10,030 per metric ton", "up $4.37, or 5.5%, to $84.26", "settled 1% higher
// at $80.10", "rose 1.1% to settle at", "to a record $2,531": the level a change moved a sum to, up to where its denominator starts.
const TO_A_SUM =
  /^\s*,?\s*(?:or\s+[^,;]{1,24},?\s*)?(?:(?:higher|lower)\s+)?(?:on\s+the\s+day\s+)?(?:to|at)\s+(?:(?:settle|trade|close|end|finish)\s+at\s+)?(?:a\s+(?:record|fresh|new)\s+(?:(?:high|low)\s+of\s+)?)?(?:about\s+|around\s+|nearly\s+|almost\s+|below\s+|above\s+|over\s+|under\s+)?(?:[A-Z]{1,3})?[$€£¥₹]\s?\d[\d.,]*(?<!,)/;

/** Where the denominator of the unit price a change moved to stands, if it moved to one. */
function unitPriceMovedTo(sentence: string, figure: FigureSpan): { start: number; end: number } | null {
  const after = sentence.slice(figure.end);
  const sum = TO_A_SUM.exec(after);
  if (!sum) return null;
  const per = readPerUnit(after.slice(sum[0].length), sentence);
  return per ? { start: figure.end + sum[0].length, end: figure.end + sum[0].length + per.length } : null;
}

/** A proposition is complete when every part the measure needs has been resolved. */
export function isComplete(p: Proposition): boolean {
  const measure = measures.get(p.measure);
  if (!measure) return false;
  if (p.basis?.split('+').includes(UNSTATED_COMPARISON)) return false;
  // (A share held by a kind of thing, "solar's share of the US's new capacity", is complete with the whole's owner.)
  if (p.statType === 'share' && measure.roles !== 'none') return p.subject.length >= 1 || (p.counterpart !== null && p.facets.length > 0);
  switch (measure.roles) {
    case 'pair':
      return p.subject.length === 2;
    case 'directed':
    case 'single':
      return p.subject.length >= 1;
    case 'none':
      return false;
  }
}

export type { EntityMention };
export { isSubjectEntity, subjectOf };
