import { crownOf, writesSterling } from '../lexicon/currencies.js';
import { ageGroupOf } from './age-group.js';
import { DecisionDates } from './decision-period.js';
import { signedByDirection } from './direction.js';
import { StatedComparisons } from './stated-comparison.js';
import { UNSTATED_COMPARISON } from './basis.js';
import { revises, revisionStoryOf, withVintage } from './vintage.js';
import { headlineOpeningName } from './name-before-figure.js';
import { forecastNotOfEarlierMonth, forecastPartOfThisYear, forecastYearsAhead } from './forecast-period.js';
import { entities } from '../lexicon/entities.js';
import { capitalisedRuns } from './capitalised.js';
import { facetForms, facets as facetLexicon, measures } from '../lexicon/measures.js';
import { CodePointIndex } from './code-points.js';
import { intervalFor } from './intervals.js';
import { canonicalProposition, metricDefinition } from './metric-key.js';
import { deriveMetric, unitKindOf } from './metric-match.js';
import {
  blocsIn,
  documentNames,
  findEntities,
  findMentions,
  companiesIn,
  leadCompanyIn,
  nameId,
  isNotAName,
  isSubjectEntity,
  resolveBlocAnaphors,
  resolveCompanyAnaphors,
  resolvePlaceAnaphors,
  placesNamedIn,
  respectiveFacet,
  respectiveParty,
  statedForEach,
  respectiveTime,
  timeListedInOrder,
  RESPECTIVELY,
  subjectOf,
  withMeasures,
  writesACurrency,
  writtenInLowerCase,
  type MeasureMention,
  type SentenceMentions,
} from './mentions.js';
import { splitPassages, type PassageSpan } from './passages.js';
import { datePeriod, dividendSetNow, HELD_PAST, leadPeriod, looksAhead, monthsOf, PeriodContext, toldAsHeld, yearOf } from './period-context.js';
import {
  CHANGE_TRAILING,
  findTimeExpressions,
  partsOfPair,
  parsePublicationDate,
  elapsedAfter,
  periodForFigure,
  previousOf,
  publicationEnd,
  publicationPeriod,
  publicationStart,
  runUpTo,
  type PublicationDate,
  type TimeExpression,
  namesAView,
  yearBefore,
  addDays,
  RECORDED,
} from './periods.js';
import {
  CHANGE_AGAINST_LEVEL_AFTER,
  clauseOf,
  impliedChange,
  BARE_CHANGE_NOUN,
  figureSpanOf,
  governingMeasure,
  isComplete,
  namesItsOwnNoun,
  ownTerms,
  readProposition,
  settleProposition,
  statTypeOf,
  modalityOf,
  estimatedOutturn,
  expectedOfTheReading,
  throughAsset,
  announcedInFutureTense,
  type FigureSpan,
} from './proposition.js';
import { findQuantities, type Quantity } from './quantities.js';
import { currencyOfMoneyMeasure } from './elided-currency.js';
import { writesGluedMillions } from './readings.js';
import { partOfWhole } from './qualifiers.js';
import { perPopulationProposition, withoutMeasuresIn } from './per-population.js';
import { perUnitProposition } from './per-unit.js';
import { placeOfPart } from './place-part.js';
import { inPartyList, listItemFacet, listRow } from './list-item.js';
import { citedAsSource, findRoles, placeOfFlow, type RoleContext } from './roles.js';
import { bracketedChangeOf, partLevelOf, shownChangeOf, stockGrowthOf } from './restated-growth.js';
import { countsAFrame, countsANamedNoun, countsItsOwnNoun, measureTooFarBefore } from './own-noun.js';
import { releasePeriod } from './release-period.js';
import { headlineFigure } from './figure-anaphora.js';
import { makeStatement } from './statement.js';
import { eventPeriod, settleOpening, workFigureDated } from './event-period.js';
import { editionPeriod, isEditionOf } from './edition-period.js';
import { documentWorks, OPENING_WEEKEND, settleScopes, subjectWork, workProposition, worksIn } from './works.js';
import { forecasterOf } from './forecaster.js';
import type { ExtractedClaim, MetricDefinition, Period, Proposition, SourceMeta } from './types.js';
import { setAgainstBefore } from './moved-from.js';
import { quickEdges } from './word-edges.js';

export interface Extraction {
  passages: PassageSpan[];
  claims: ExtractedClaim[];
  /** Every metric the claims refer to: rendered from a proposition, or derived from wording (search only). */
  metrics: MetricDefinition[];
}

// Page furniture and exchange-rate footnotes state no claim of the source.
const FOOTNOTE = /^\s*\(?\s*(?:US|U\.S\.)?[$€£¥₽]\s?1\s?=\s?|^\s*\(?\s*1\s+(?:US\s+)?(?:dollar|euro|pound|yuan|rouble|ruble)\s?=/i;
const PARTICIPANTS =
  /\b(?:involving|including|with|comprising|featuring|deploying|mobili[sz]ing)\s+(?:over\s+|about\s+|some\s+|more than\s+|nearly\s+|around\s+|up to\s+)?$/i;

const POINTS_BACK = /^\s*(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+compares|\s+compared)\b/;
// "This marks an increase of 265 %", "That is up 22 %", "This represents …": a sentence opening by pointing back at the statement before it.
const POINTS_BACK_AT_STATEMENT =
  /^[\s"“‘'(]*(?:this|that|it)(?:['’]s\b|\s+(?:is|was|marks?|marked|represents?|represented|means?|meant|amounts?|amounted|equals?|reflects?|reflected)\b)/i;
// "That is down from $15 billion", "This was up from 2.3 %": a sentence pointing back at a statement and the figure it moved from.
const POINTED_FROM =
  /^[\s"“‘'(]*(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:sharply|slightly|well|marginally)\s+)?(?:down|up)\s+from\s+(?:an?\s+|the\s+)?$/i;
const TIME_FACET = /^per-(?:month|year|quarter|week|day)$/;
const SET_AGAINST_BEFORE =
  /\b(?:up|down|rise|increase|decrease|drop|fall|gain|growth)?\s*(?:from|than|compared\s+(?:with|to)|against|versus)\s+(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|season)['’]s\s+|an?\s+|the\s+)?(?:(?:about|around|nearly|some|almost|roughly|a\s+record)\s+)?$/i;
// ("revised down from a 2 million goal": what the forecast is set against is itself a plan.)
const PLANNED_AFTER = /\b(?:goal|target|forecast|guidance|estimate|projection|outlook|plan|expected|expectations|consensus|poll)\b/i;
// ("more than the 0.1% decline anticipated by economists": the figure somebody expected, named right after it.)
const ANTICIPATED_BY_AFTER =
  /^\s*(?:(?:drop|decline|fall|decrease|contraction|rise|increase|gain|growth|expansion|jump)\s+)?(?:anticipated|predicted|projected|forecast(?:ed)?|expected)\s+by\b/i;
const REPORTED_PAST =
  /\b(?:was|were|rose|fell|grew|jumped|climbed|declined|dropped|increased|decreased|reported|posted|totall?ed|reached|hit|came\s+in|generated|earned|recorded|booked|delivered)\b/i;
const isParty = (id: string) => entities.get(id)?.kind === 'party';
// A verb of an outturn in the past tense: "expanded by a modest 5.05 % in 2023", "fell 8.9 % to $327.5 billion in 2023".
const ALL_BUT_OVER_PAST =
  /\b(?:was|were|rose|fell|grew|expanded|contracted|shrank|jumped|climbed|declined|dropped|increased|decreased|totall?ed|reached|hit|came\s+in|recorded|posted|amounted)\b/i;
// The subset facet of "other" and "remaining" ("other exports", "the remaining three spots").
const OTHER_FACET = 'other';
const MOVED_FROM_AFTER = /^\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;

/** The year, quarter or month before a period of one of those lengths ("2022-23" before "2023-24"), or null. */
function stepBefore(p: Period): Period | null {
  const months = monthsOf(p);
  const step = months === 12 ? 'year' : months === 3 ? 'quarter' : months === 1 ? 'month' : null;
  const back = step ? previousOf(p, step) : null;
  if (!back) return null;
  // ("2023-24" a year earlier is "2022-23", not "2022-24".)
  const label =
    months === 12
      ? p.label.replace(
          /\b((?:19|20)\d{2})([-–/])(\d{2})\b/,
          (_m, y: string, sep: string, yy: string) => `${Number(y) - 1}${sep}${String((Number(yy) + 99) % 100).padStart(2, '0')}`,
        )
      : back.label;
  return { ...back, label: label === p.label ? back.label : label, resolution: 'relative' };
}

const LEVEL_THEN_CHANGE = /^\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:up|down)\s+$/i;
const PRESENT_LEVEL = /\b(?:is|are|has|have|stands?|trades?|remains?)\b/i;

/**
 * "The group reported a profit of €4.3 billion (RM22.1 billion), up 28 per cent from 2022": a level the sentence dates only
 * through the change set right after it (past a restatement in brackets) is of the change's time, the year after the one it
 * is measured from. Only a whole year, and only a result reported in the past tense of the year just ended: not "has 270
 * million subscribers, up 16% from 2023", nor "stands at $34 trillion, up 40% from 2019".
 */
function yearOfTheChangeAfter(
  sentence: string,
  quantities: Quantity[],
  i: number,
  expressions: TimeExpression[],
  pub: PublicationDate | null,
  context: Period | null,
): Period | null {
  const q = quantities[i]!;
  if (!pub || unitKindOf(q.unit) === 'percent') return null;
  const next = quantities.slice(i + 1, i + 3).find((o) => LEVEL_THEN_CHANGE.test(sentence.slice(q.end, o.start)));
  if (!next || unitKindOf(next.unit) !== 'percent') return null;
  const clause = sentence.slice(clauseOf(sentence, q.start, q.end).start, q.start);
  if (!REPORTED_PAST.test(clause) || PRESENT_LEVEL.test(clause)) return null;
  const p = periodForFigure(
    sentence,
    next,
    expressions,
    quantities.filter((o) => o !== next),
    pub,
    context,
  );
  if (!p?.start || !p.end || p.resolution === 'publication' || !p.start.endsWith('-01-01') || p.end !== `${p.start.slice(0, 4)}-12-31`) return null;
  return p.end < publicationStart(pub) && Number(p.end.slice(0, 4)) >= pub.year - 1 ? p : null;
}
/**
 * "£5.3 million more than last year", "a 14.9 % jump on last year": whether a figure is set against the year before the one
 * the text was written in — so that, given no time of its own or around it, it is of the year the text was written in, read
 * against the publication date rather than a fallback to it.
 */
function setAgainstLastYear(sentence: string, q: Quantity, expressions: TimeExpression[], pub: PublicationDate): boolean {
  const clauseEnd = clauseOf(sentence, q.start, q.end).end;
  return expressions.some(
    (e) =>
      e.base &&
      e.start >= q.end &&
      e.start <= clauseEnd + 40 &&
      e.period.resolution === 'relative' &&
      e.period.start === `${pub.year - 1}-01-01` &&
      e.period.end === `${pub.year - 1}-12-31` &&
      AGAINST_LAST_YEAR.test(sentence.slice(q.end, e.end)),
  );
}
// The words from a figure (and its restatement in brackets) to the "last year" it is set against: "more than", "on", "compared with".
const AGAINST_LAST_YEAR = /^(?:\s*\([^()]{1,40}\))?[^.;\d()]{0,60}?\b(?:than|on|over|from|compared\s+(?:with|to)|versus|vs\.?)\s+last\s+year\b/i;

// "– up four percent from last year's telecast", ", down 5% on the year": a change stated with no verb.
const CHANGE_WITHOUT_VERB = /^[\s,;:–—-]*(?:(?:an?|the)\s+)?(?:up|down|(?:an?\s+)?(?:increase|rise|drop|decline|fall|gain)\s+of)\s/i;
// What an audience, a crowd or a box office of an event is said with once it is held: "drew 19.5 million viewers", "19.5 million
// viewers tuned in".
const EVENT_PAST = /\b(?:drew|attracted|averaged|tuned\s+in|watched|pulled\s+in|grossed|sold|peaked|scored|earned|brought\s+in|hit)\b/i;
// "9.6 % in FY 2023-24 over the growth rate of 14.2 %": a figure set against the one before it by "over".
const OVER_THE = /^[^.;]{0,40}?\bover\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:of\s+)?$/iu;
const SET_AGAINST = quickEdges(
  /^[^.;]{0,60}?\b(?:following|after|up from|down from|compared (?:with|to)|versus|vs\.?|from|(?:slower|faster|weaker|stronger|sharper|steeper|smaller|bigger|larger)\s+than)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}(?:of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/iu,
);
// A level set against another ("…, against Rs 43.84 lakh crore"), and the change between them shown after it (", showing a
// growth rate of").
const LEVEL_SET_AGAINST = /^[^.;]{0,60}?(?:,\s*|\s)(?:against|as\s+against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?$/i;
const CHANGE_SHOWN =
  /^[^.;]{0,40}?,?\s*(?:showing|representing|marking|reflecting|registering|implying)\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:growth|increase|rise|decline|fall|drop|contraction|expansion|jump|gain)(?:\s+rate)?\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$/iu;
// The comparisons a change is measured by, which a change set against it carries over.
const SAME_WAY = /^(?:yoy|mom|qoq|annualized)$/;
// ("… and 12 % over the same quarter of 2022": a change that names what it is set against keeps its own comparison.)
const STATED_REFERENCE = /^(?:ref:|vs-)/;
const PART_OF = /\b(?:including|includ(?:ed|es)|of which|among them|among which)\b[^;]*$/i;
// ("Healthcare added 46,000 jobs, with 15,000 new jobs in home health care services": ", with" right after a figure's clause.)
const WITH_PART = /\d[^;.]*,\s+with\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i;
// (Not where a ranking goes on, its next entry named before ", with": "…, followed by the Balearic Islands, with 14.4 million".)
const ENTRY_WITH =
  /(?:\bfollowed\s+by|[,;]\s*(?:and\s+)?|\band|\bthen)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4},\s+with\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/u;
const EVENT = /\b(?:involving|comprising|featuring|deploying|mobili[sz]ing)\b(?:[^,;]|(?<=\d),(?=\d)){0,40}$/i;
// A "Label: figure" line of a list or table ("First round: A$120,000"), or a "Label figure" one ("Semi-finalists $662,735").
const ROW_LINE = /^\s*(?:\d{1,3}[.)]\s*|[-•*–]\s*)?[^:.!?]{2,40}:\s*(?:(?:[A-Z]{1,3}\s?)?[$€£¥]\s?)?\d/u;
const BARE_ROW_LINE = /^\s*(?:[-•*–]\s*)?\p{L}[\p{L}’' -]{1,60}\s(?:(?:[A-Z]{1,3}\s?)?[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:million|billion|m|bn|k|%))?\s*$/u;
const isRow = (line: string) => ROW_LINE.test(line) || BARE_ROW_LINE.test(line);
// A line with no sentence's end: a heading.
const HEADING = /^[^.!?]{3,100}$/;
/** A row's own facets, and those of the line above its list of a kind the row does not name ("doubles" for "First round"). */
function withListHeadFacets(own: string[], above: Array<{ id: string; kind: string }>): string[] {
  const kinds = new Set(own.map((id) => facetLexicon.get(id)?.kind).filter(Boolean));
  return [...new Set([...own, ...above.filter((f) => !kinds.has(f.kind)).map((f) => f.id)])].sort();
}
// Words of a list's lead-in or opening saying its bracketed percentages are changes.
const CHANGE_COLUMN = /\b(?:increases?|rises?|hikes?|growth|changes?|gains?|jumps?|declines?|falls?|drops?)\b/i;
const FURNITURE = /^\s*\d+\s*(?:min(?:ute)?s?)\s+read\b|^\s*(?:updated|published|posted)\b.{0,40}\d{1,2}:\d{2}/i;

const NAMES_ONE_PARTY = new Set(['single', 'directed']);

const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Whether a sentence holds a capitalised name past its first word, other than a month or weekday: a party we may not know ("Transsion, Oppo"). */
function namesAnyone(sentence: string): boolean {
  const opening = /^[\s"“‘'([*•–-]*/.exec(sentence)![0].length;
  return capitalisedRuns(sentence).some(
    (m) =>
      m.index > opening &&
      !m[0].split(/\s+/).every((w) => CALENDAR_WORD.test(w)) &&
      // ("rose 2.7 % to Rs 1.13 lakh crore": a currency's letters name no one.)
      !writesACurrency(m[0], sentence.slice(m.index + m[0].length, m.index + m[0].length + 4)),
  );
}

// What may stand before a measure's words opening a sentence: "Its", "The company's", "Net", "Adjusted operating".
// (A sentence adverb or an adjustment may come first: "Overall, …", "After adjustment for calendar effects, the decline in …".)
const OWN_MEASURE_OPENER =
  /^(?:(?:overall|in\s+total|in\s+all|meanwhile|however|still|in\s+addition|additionally|(?:after\s+adjust(?:ment|ing)|adjusted|after\s+accounting)\s+for\s+[^,;.]{1,40}),\s+)?(?:(?:its|their|the\s+(?:company|group|firm|bank|carrier|airline|carmaker|retailer|lender)['’]s|the\s+(?:decline|increase|rise|fall|growth|drop|contraction|expansion)\s+in|net|gross|operating|adjusted|underlying|core|total|annual|quarterly|full-year|half-year|first-half|second-half|pre-tax|after-tax|consolidated|overall|the)\s+)*/i;

/**
 * "Net profit rose 20 % …", "Its revenue grew …": a sentence that opens with a measure's words goes on about the party
 * of the sentence before; one that opens otherwise ("Dealers reported …", "Its smaller rival's revenue …", "Before the
 * pandemic, revenue was …") may speak of someone or some time else.
 */
function opensWithAMeasure(sentence: string, mentions: SentenceMentions): boolean {
  const opening = /^[\s"“‘'([*•–-]*/.exec(sentence)![0].length;
  const lead = OWN_MEASURE_OPENER.exec(sentence.slice(opening))![0];
  const at = opening + lead.length;
  // ("the decline in economic performance amounted to 0.1 %": a change as the subject goes on about what was measured before.)
  if (/\bthe\s+(?:decline|increase|rise|fall|growth|drop|contraction|expansion)\s+in\s+$/i.test(lead)) return true;
  return mentions.measures.some((m) => m.start === at || (m.start === opening && m.end > at));
}

// "growth of 0.9 % in 2024, 1.4 % in 2025 …", "an expansion of 1.2 %": a noun of growth before the figures.
const GROWTH_BEFORE = /\b(?:growth|expansion)\s+(?:of|at|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?\d/i;

/**
 * What a figure with no measure of its own goes on about: the latest proposition stated for a figure of its kind; for a
 * percentage, else the latest ("… 181 GW in 2023. This represents a 20% increase"). A count or a mass after figures of
 * other kinds goes on about none of them ("Xiaomi shipped 145.9 million units. … 36.8 billion tons of carbon dioxide"), unless
 * its sentence opens on the figure before ("The figure was 685,000").
 */
function carriedFrom(
  stated: Array<{ proposition: Proposition; unitKind: string }>,
  unitKind: string,
  pointsBack = false,
): { proposition: Proposition; unitKind: string } | null {
  return stated.findLast((s) => s.unitKind === unitKind) ?? (unitKind === 'percent' || pointsBack ? stated.at(-1) : undefined) ?? null;
}

/** A level of a rate that is itself a change or a ratio (inflation, an interest or unemployment rate), which "growth" is never said of. */
function growsNot(p: Proposition): boolean {
  const m = measures.get(p.measure);
  return p.statType === 'rate' && (m?.changeIsRate === true || /-rate$/.test(p.measure));
}

// "Net migration fell 10 % in 2023. The figure was 685,000": a sentence that opens on the figure or total before it.
const THE_FIGURE =
  /^\s*(?:The|That|This)\s+(?:figure|total|number|tally|sum|amount|level)\s+(?:was|is|stood|came|reached|rose|fell|amounted|totalled|totaled)\b/;

/**
 * "Emissions are projected to increase in India by 8.2 per cent in 2023, and by 4 per cent in China": a place named right
 * after a figure ("… in China") is where that figure was measured, when the party read for it is another place named the same way.
 */
function placedAfter(sentence: string, figure: { end: number }, mentions: SentenceMentions, proposition: Proposition): Proposition | null {
  if (proposition.subject.length !== 1 || proposition.counterpart || measures.get(proposition.measure)?.roles !== 'single') return null;
  const current = proposition.subject[0]!;
  if (!PLACE_KINDS.has(entities.get(current)?.kind ?? '')) return null;
  const gap = /^\s+in\s+(?:the\s+)?/.exec(sentence.slice(figure.end));
  if (!gap) return null;
  // Only against a party placed the same way ("increase in India by …"): "Russia has suffered 300,000 casualties in Ukraine" stays Russia's.
  const placedBefore = mentions.entities.some(
    (e) => subjectOf(e.id) === current && e.end <= figure.end && /\bin\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 8), e.start)),
  );
  if (!placedBefore) return null;
  const place = mentions.entities.find((e) => e.start === figure.end + gap[0].length);
  if (!place || place.possessive) return null;
  const id = subjectOf(place.id);
  return id !== current && isSubjectEntity(id) && PLACE_KINDS.has(entities.get(id)?.kind ?? '') ? { ...proposition, subject: [id] } : null;
}

function entityIds(mentions: SentenceMentions): string[] {
  return [...new Set(mentions.entities.map((e) => subjectOf(e.id)).filter(isSubjectEntity))];
}

function assetIds(mentions: SentenceMentions): string[] {
  return [...new Set(mentions.entities.filter((e) => entities.get(e.id)?.kind === 'asset').map((e) => e.id))];
}

/** The entity a document is mostly about: the only party it names, twice or more, or one named at least three times and half again as often as any other. */
function dominantEntity(all: SentenceMentions[]): string | null {
  const counts = new Map<string, number>();
  for (const m of all)
    for (const e of m.entities) {
      const id = subjectOf(e.id);
      if (isSubjectEntity(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // ("worldwide" in the lead, "Global" in a later paragraph, and no other party: the piece is about the world.)
  if (first && !second && first[1] >= 2) return first[0];
  if (!first || first[1] < 3 || (second && first[1] < second[1] * 1.5)) return null;
  return first[0];
}

/**
 * "In a surprise, the U.S. economy added 256,000 jobs …": where the headline names no party, the one
 * party the opening paragraph names is what the article goes on to measure. None when it names several.
 */
function leadEntity(passages: PassageSpan[], all: SentenceMentions[], headline: SentenceMentions): string | null {
  if (entityIds(headline).length) return null;
  const first = passages[0]?.paragraph;
  const ids = new Set(all.filter((_, i) => passages[i]!.paragraph === first).flatMap((m) => entityIds(m)));
  return ids.size === 1 ? [...ids][0]! : null;
}

// A headline that tells who leads a market or ranking: "tops", "the top spot", "No. 1", "overtakes", "dethrones", "crown".
const RANKING_HEADLINE = quickEdges(
  /\b(?:tops|topping|top\s+(?:spot|position|place|seller|vendor|brand|maker)|No\.\s?1|number\s+one|overt(?:akes|aken|aking|ook)|dethron\w*|crown|first\s+place)\b|#1\b/iu,
);

/** The parties and measures of each clause of a headline ("Smartphone Shipments Fall, Apple Grabs #1 Spot"). */
function headlineClauses(headline: string, mentions: SentenceMentions): Array<{ ids: string[]; measures: string[] }> {
  const cuts = [0, ...[...headline.matchAll(/[,;:|]\s|\s[-–—|]\s/g)].map((m) => m.index + m[0].length), headline.length + 1];
  const clauses: Array<{ ids: string[]; measures: string[] }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const within = (x: { start: number }) => x.start >= from && x.start < to;
    const ids = [
      ...new Set(
        mentions.entities
          .filter(within)
          .map((e) => subjectOf(e.id))
          .filter(isSubjectEntity),
      ),
    ];
    // ("TSMC Q2 Results Rise; Sees Higher Revenues In Q3": a clause opening with its verb goes on about the party of the one before.)
    const elided = !ids.length && i > 0 && ELIDED_SUBJECT.test(headline.slice(from, to));
    clauses.push({ ids: elided ? clauses[i - 1]!.ids : ids, measures: mentions.measures.filter(within).flatMap((m) => m.candidates.map((c) => c.id)) });
  }
  return clauses;
}

const ELIDED_SUBJECT =
  /^\s*(?:sees|expects|forecasts|reports|posts|raises|lifts|cuts|lowers|beats|misses|tops|boosts|targets|plans|says|warns|flags|guides|projects)\b/i;

// "The total represents …", "This is an increase of …", "That figure compares with …": a sentence about the one before it.
const OPENS_BY_POINTING_BACK =
  /^\s*(?:(?:The|That|This|These|Those)(?:\s+(?:(?:19|20)\d{2}\s+)?(?:total|figures?|numbers?|tally|results?|data|increase|rise|drop|decline|fall|growth|gain|jump))?\s+(?:is|was|are|were|represents?|represented|marks?|marked|compares?|compared|brings|brought|takes|took|means?|meant)|(?:That|This|It)\s+(?:beat|exceeded|topped|missed|surpassed|outpaced|matched|followed)|It\s+(?:is|was|marks|marked|represents|represented))\b/;

const PLACE_KINDS = new Set(['country', 'region', 'bloc', 'city']);
// "The smartphone market had a terrible 2023", "Much like the PC industry, …, the global smartphone market slumped": a market
// as a whole as the subject of its clause (after an opening phrase set off by a comma at most).
const MARKET_AS_SUBJECT =
  /(?:^|,\s+)[\s"“]*(?:the\s+)(?:(?:global|worldwide|world|international)\s+)?(?:[\p{L}-]+\s+){1,2}?(?:market|industry)(?=\s+(?:\p{Ll}+\s+)?(?:had|has|was|is|saw|sees|slumped|shrank|grew|fell|rose|declined|contracted|expanded|recovered|suffered|posted|recorded|ended|finished|returned)\b)/iu;
// "Much like the PC industry, …", "Unlike Germany, …", "As with Apple, …": a party the sentence opens by likening to.
const LIKENED_BEFORE =
  /^[\s"“]*(?:(?:much|just|very\s+much)\s+)?(?:like|unlike|as\s+with|similar\s+to|in\s+contrast\s+to|contrary\s+to)\s+(?:the\s+|its\s+)?$/i;

/** Text in, passages and claims out: deterministic, no I/O. */
export function extract(text: string, meta: SourceMeta): Extraction {
  const passages = splitPassages(text);
  const index = new CodePointIndex(text);
  const pub = parsePublicationDate(meta.publishedAt);
  const headline = meta.title ?? '';
  const docNames = documentNames(`${headline}\n${text}`);
  let names = docNames.forms;
  const gluedMillions = writesGluedMillions(`${headline}\n${text}`);
  const sterling = writesSterling(`${headline}\n${text}`);
  const crown = crownOf(`${headline}\n${text}`);
  const headlineMentions = findMentions(headline, names);
  // ("Outlook India: Wimbledon prize money rises": the publisher's own name in its headline says nothing of the story.)
  const publisherAt = meta.publisher ? headline.indexOf(meta.publisher) : -1;
  if (publisherAt >= 0)
    headlineMentions.entities = headlineMentions.entities.filter((e) => e.end <= publisherAt || e.start >= publisherAt + meta.publisher!.length);
  const opening = headlineOpeningName(headline, headlineMentions, isNotAName);
  // ("Holiday sales" over "Heading into the holidays, retailers expect …": a single word the text writes in lower case is a
  // common noun capitalised to open the headline.)
  const headlineName = opening && !(!/\s/.test(opening.name) && writtenInLowerCase(opening.name, text, { plural: true })) ? opening : null;
  // The name the headline opens with names its company in the text as well, however seldom the text repeats it.
  if (headlineName) names = docNames.withHeadlineName(headlineName.name);
  if (headlineName)
    headlineMentions.entities.unshift({
      start: headlineName.start,
      end: headlineName.end,
      id: nameId(headlineName.name),
      form: 'name',
      possessive: false,
      label: headlineName.name,
    });
  const headlinePeriod = findTimeExpressions(headline, pub).find((e) => !e.base && !e.anaphor)?.period ?? null;
  const periods = new PeriodContext(pub, headlinePeriod, leadPeriod(passages, pub, headline));
  const fiscalDocument = /\bfiscal\s+year|\bFY\s?['’]?\d{2}/i.test(text);
  // Titles in quotes: the works (films, shows, products) whose figures the text may give.
  const works = documentWorks(headline, text);
  let previousWork: string | null = null;
  let openingWork: string | null = null;
  const mentionsOf = passages.map((p) => findEntities(p.text, names));
  // A passage's mentions with its measure and facet words, read once for whichever sentence asks first.
  const measuredMentions: Array<SentenceMentions | undefined> = [];
  const withMeasuresOf = (k: number) => (measuredMentions[k] ??= withMeasures(passages[k]!.text, mentionsOf[k]!));
  const headlineMeasures = headlineMentions.measures.flatMap((m) => m.candidates.map((c) => c.id));
  const headlineAssets = assetIds(headlineMentions);
  // An agency publishing its own release speaks of its country ("Eurostat", "Rosstat"); a paper named after a place
  // ("India Today", "The Moscow Times") does not.
  const publisher = meta.publisher
    ? entityIds({
        ...findEntities(meta.publisher),
        entities: findEntities(meta.publisher).entities.filter((e) => !PLACE_KINDS.has(entities.get(e.id)?.kind ?? '')),
      })
    : [];
  // (Scanned only when a figure's measure asks for it: few measures do, and the scan reads the whole text.)
  let documentFacets: Map<string, string> | null = null;
  const documentFacetsNow = () => (documentFacets ??= documentFacetsOf(`${headline}\n${text}`));
  // The words the text writes in lower case: what a capital opening a sentence may only seem to make a name.
  let lowerCase: Set<string> | null = null;
  const lowerCaseWords = () => (lowerCase ??= new Set(text.match(/(?<![\p{L}\p{N}-])\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}])/gu) ?? []));
  // Measure → the parties the text has given whole figures of it so far (see roles.ts marketTotal).
  const measured = new Map<string, Set<string>>();
  const context: RoleContext = {
    paragraph: [],
    subjects: [],
    headline: entityIds(headlineMentions),
    headlineClauses: headlineClauses(headline, headlineMentions),
    headlineRanks: RANKING_HEADLINE.test(headline),
    dominant: dominantEntity(mentionsOf) ?? leadEntity(passages, mentionsOf, headlineMentions),
    measures: [...headlineMeasures],
    measureWords: measureWordsOf(headline, headlineMentions.measures),
    assets: [...headlineAssets],
    publisher,
    measured,
  };

  const claims: ExtractedClaim[] = [];
  const decisions = new DecisionDates(pub);
  const comparisons = new StatedComparisons();
  const revisionStory = revisionStoryOf(headline, text, pub);
  const metrics = new Map<string, MetricDefinition>();
  let paragraph = -1;
  let paragraphStart = 0;
  // Every proposition the paragraph has stated so far, the latest last: a figure of another kind than the last one's
  // ("Apple shipped 234.6 million (20.1 %). Samsung was second with 226.6 million") goes on about the latest of its kind.
  let paragraphStated: Array<{ proposition: Proposition; unitKind: string }> = [];
  const statedSoFar: Array<{ proposition: Proposition; unitKind: string }> = [];
  // Figures nothing around them dates (the publication year stands in) that would be compared if they were dated.
  const undated: UndatedFigure[] = [];
  // Changes of a quarter or month whose words leave their comparison unsaid.
  const unstated: Array<UndatedFigure & { comparable: boolean }> = [];
  // Companies named so far, the most recent last: what "the company" refers to.
  const recentCompanies: string[] = [];
  // The measures named by the last sentence that named any: what a list item below it measures.
  let lastMeasures: string[] = [];
  // The line that named them: the parties it names and its words, which a list below it leaves unsaid.
  let leadIn: { subjects: string[]; text: string } = { subjects: [], text: '' };
  // The figure stated last, and in which paragraph: what a list on the next line goes on about.
  let previousLine: { proposition: Proposition; unitKind: string; paragraph: number } | null = null;
  // The facets named by the line above a list ("Men’s and women’s doubles (per team)"), which its rows leave unsaid.
  let aboveList: Array<{ id: string; kind: string }> = [];
  let companiesOfPrevious: string[] = [];
  // The company the sentence before was about: what "the company" refers to first.
  let leadOfPrevious: string | null = null;
  // The bloc named last: what "the bloc" refers to.
  let recentBloc: string | null = blocsIn(headlineMentions).pop() ?? null;
  let recentCountry: string | null = placesNamedIn(headlineMentions, 'country').pop() ?? null;
  let recentRegion: string | null = placesNamedIn(headlineMentions, 'region').pop() ?? null;

  // The sentence before, in its paragraph: the parties it names and the times it states of its own.
  let sentenceBefore: {
    paragraph: number;
    text: string;
    ids: Set<string>;
    times: Period[];
    figures: Period[];
    /** Whether its figures are of one party and all outturns: what a figure pointing back "from" can be read against. */
    oneOutturnParty: boolean;
  } | null = null;
  // Which lines are rows of a list or table: each line is asked about from the lines beside it.
  const rowLines = passages.map((x) => isRow(x.text));
  // Which sentences state a figure, as they are read.
  const statesFigures: boolean[] = [];
  passages.forEach((passage, p) => {
    const sentence = passage.text;
    // A list item ("- Retail jobs were revised…", "4. India: $83.6 billion") or a line that continues mid-sentence belongs to the paragraph above it.
    // So does a one-sentence line that opens by pointing back at it ("The total represents an 8% increase …"), as pages
    // that put every sentence on a line of its own write.
    const continues =
      p > 0 &&
      (/^\s*(?:[-–•*·]\s|\d{1,3}[.)](?:\s|$)|\p{Ll})/u.test(sentence) || OPENS_BY_POINTING_BACK.test(sentence)) &&
      passages[p - 1]!.paragraph === passage.paragraph - 1;
    if (passage.paragraph !== paragraph && continues) paragraph = passage.paragraph;
    if (passage.paragraph !== paragraph) {
      // Whether this line goes on from a line of one sentence before it, and how: with one of its measures ("… Apple retained the
      // position with 80.5 million shipments" above "Transsion came in fourth place with 28.2 million shipments") or the party's
      // accounts, not saying it is of the whole year ("by annual shipments"). Asked only where that line narrowed or moved the
      // time (see startParagraph).
      const left = paragraph;
      const goesOn = () =>
        p > 0 && passages[p - 1]!.paragraph === left && (p < 2 || passages[p - 2]!.paragraph !== left) && !WHOLE_YEAR_WORDS.test(sentence)
          ? sharedMeasures(withMeasuresOf(p - 1), withMeasuresOf(p), statesFigures[p - 1] === true)
          : null;
      paragraph = passage.paragraph;
      paragraphStart = passage.utf16Start;
      periods.startParagraph(goesOn);
      comparisons.startParagraph();
      paragraphStated = [];
      context.paragraph = [];
      context.subjects = [];
      context.measures = [...headlineMeasures];
      context.assets = [...headlineAssets];
      previousWork = null;
      openingWork = null;
    }
    comparisons.startSentence(sentence);
    const skip = FOOTNOTE.test(sentence) || FURNITURE.test(sentence);
    const read = skip ? [] : findQuantities(sentence, { gluedMillions, sterling, crown });
    // A line that heads a list names the measure its items leave out, figures or not; so may a heading ("Australian
    // Open 2024 prize money") a line or two above it.
    const headsList = /^\s*(?:\d{1,3}[.)]|[-•*])(?:\s|$)/.test(passages[p + 1]?.text ?? '') || rowLines[p + 1] === true || HEADING.test(sentence);
    // A line of a list or table: below a line that ends in a colon, or beside another "Label: figure" row.
    const inList = /:\s*$/.test(passages[p - 1]?.text ?? '') || rowLines[p - 1] === true || rowLines[p + 1] === true;
    const lineBefore = previousLine && passage.paragraph - previousLine.paragraph <= 1 ? previousLine : null;
    const mentions = resolveCompanyAnaphors(
      sentence,
      resolvePlaceAnaphors(
        sentence,
        resolveBlocAnaphors(sentence, read.length || headsList ? withMeasuresOf(p) : mentionsOf[p]!, recentBloc),
        recentCountry,
        recentRegion,
      ),
      recentCompanies,
      companiesOfPrevious,
      leadOfPrevious,
    );
    // ("Sugarcane production decreased to 453.15 million tonnes", in a text that writes "sugarcane" in lower case elsewhere: a
    // common noun capitalised to open the sentence, not a name.)
    if (mentions.opensWithUnknownName && lowerCaseWords().has(mentions.opensWithUnknownName)) mentions.opensWithUnknownName = null;
    const quantities = currencyOfMoneyMeasure(sentence, read, mentions);
    statesFigures[p] = quantities.length > 0;
    recentBloc = blocsIn(mentions).pop() ?? recentBloc;
    recentCountry = placesNamedIn(mentions, 'country').pop() ?? recentCountry;
    recentRegion = placesNamedIn(mentions, 'region').pop() ?? recentRegion;
    companiesOfPrevious = companiesIn(mentions);
    leadOfPrevious = leadCompanyIn(sentence, mentions);
    for (const c of companiesOfPrevious) {
      const at = recentCompanies.indexOf(c);
      if (at >= 0) recentCompanies.splice(at, 1);
      recentCompanies.push(c);
    }
    // ("The ruling Mahayuti won by a landslide in the 2024 assembly election. … The BJP leads with 132 seats": an election the
    // sentence tells as held stays held for the sentences that take their time from it.)
    // (Only where it names one: "won 303 seats in the 2019 election and faces voters again in the 2024 election" holds neither.)
    const timesNamed = findTimeExpressions(sentence, pub);
    const held = timesNamed.filter((e) => e.period.eventYear).length === 1 && toldAsHeld(sentence);
    const expressions = periods.resolve(
      timesNamed.map((e) => (held && e.period.eventYear ? { ...e, period: { ...e.period, eventHeld: true } } : e)),
      sentence,
    );
    const before = sentenceBefore?.paragraph === passage.paragraph ? sentenceBefore : null;
    sentenceBefore = {
      paragraph: passage.paragraph,
      text: sentence,
      ids: new Set([...mentions.entities.map((e) => subjectOf(e.id)), ...(mentions.opensWithUnknownName ? [mentions.opensWithUnknownName] : [])]),
      times: expressions.filter((e) => !e.base && !e.anaphor).map((e) => e.period),
      figures: [],
      oneOutturnParty: false,
    };
    const worksHere = worksIn(sentence, works);
    const first = claims.length;
    const figureKinds = quantities.map((o) => ({ start: o.start, end: o.end, kind: unitKindOf(o.unit) }));
    const inSentence: Array<{ proposition: Proposition | null; unitKind: string; participants: boolean; readBasis?: string | null; row?: boolean }> = [];
    const datedInSentence: Period[] = [];
    const statedInSentence: Array<Period | null> = [];
    const releasedAs: Array<[Period, Period]> = [];
    // ("the 303 and 282 seats it had won in 2019 and 2014, respectively", "grew 5.2 and 4.8 percent in 2023 and 2024": the
    // times a list of figures may pair with, with or without "respectively".)
    const namedTimes =
      quantities.length > 1 ? expressions.filter((e) => !e.base && !e.anaphor && e.period.start).flatMap((e) => partsOfPair(sentence, e) ?? [e]) : [];
    const respectively = RESPECTIVELY.test(sentence);
    const respectiveTimes = quantities.map((_, i) =>
      namedTimes.length < 2
        ? null
        : respectively
          ? respectiveTime(sentence, figureKinds, i, namedTimes)
          : timeListedInOrder(sentence, figureKinds, i, namedTimes),
    );
    quantities.forEach((q: Quantity, i) => {
      const unitKind = unitKindOf(q.unit);
      const others = quantities.filter((o) => o !== q);
      // ("the 303 and 282 seats it had won in 2019 and 2014, respectively": a respective list of times dates its figures in turn.)
      const stated =
        respectiveTimes[i]?.period ??
        periodForFigure(sentence, q, expressions, others, pub, periods.current()) ??
        yearOfTheChangeAfter(sentence, quantities, i, expressions, pub, periods.current());
      let foundInText = stated ?? periods.fallback(sentence);
      if (!stated && pub && foundInText.resolution === 'publication' && setAgainstLastYear(sentence, q, expressions, pub))
        foundInText = { ...publicationPeriod(pub), resolution: 'relative' };
      // ("annual production up to 1.37 million, up 47% from a year ago": a change set right after a figure is dated like it.)
      const apposed = i > 0 && q.unit === 'percent' && /^,\s+(?:up|down)\s+$/i.test(sentence.slice(quantities[i - 1]!.end, q.start));
      // ("Rs 47.24 lakh crore in Q4 of 2023-24, against Rs 43.84 lakh crore in Q4 of 2022-23, showing a growth rate of 7.8 per
      // cent": a change stated after a level and the level it is set against is the change between them, of the first one's time.)
      const between =
        i > 1 &&
        q.unit === 'percent' &&
        statedInSentence[i - 2] != null &&
        statedInSentence[i - 1] === stated &&
        unitKindOf(quantities[i - 2]!.unit) === unitKindOf(quantities[i - 1]!.unit) &&
        unitKindOf(quantities[i - 1]!.unit) !== 'percent' &&
        LEVEL_SET_AGAINST.test(sentence.slice(quantities[i - 2]!.end, quantities[i - 1]!.start)) &&
        CHANGE_SHOWN.test(sentence.slice(quantities[i - 1]!.end, q.start));
      let found =
        apposed && (statedInSentence[i - 1] === stated || (stated === null && statedInSentence[i - 1] !== null))
          ? datedInSentence[i - 1]!
          : between
            ? datedInSentence[i - 2]!
            : wholeYearIfAnnual(sentence, q, foundInText, others);
      // ("pulses production declined to 24.24 million tonnes from 26.05 million tonnes", in a story about 2023-24: the level
      // moved from, when the sentence gives neither level a time of its own, is of the year, quarter or month before the one
      // the level moved to is dated by.)
      const movedTo = i > 0 ? quantities[i - 1]! : null;
      const toFound = movedTo ? datedInSentence[i - 1] : undefined;
      if (
        movedTo &&
        toFound &&
        stated === null &&
        statedInSentence[i - 1] === null &&
        unitKindOf(movedTo.unit) === unitKind &&
        MOVED_FROM_AFTER.test(sentence.slice(movedTo.end, q.start)) &&
        /\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i.test(sentence.slice(Math.max(0, movedTo.start - 16), movedTo.start)) &&
        found.start === toFound.start &&
        found.end === toFound.end &&
        found.resolution !== 'publication'
      ) {
        const back = stepBefore(found);
        if (back) found = back;
      }
      // ("Tesla reported net income of $7.1 billion for 2024. That is down from $15 billion.": the figure pointed back from is of
      // the year before the statement's, when that is a whole year and no view was revised; else its time is not known.)
      let pointedFromUnknown = false;
      let pointedFromYear = false;
      if (i === 0 && stated === null && before && POINTED_FROM.test(sentence.slice(0, q.start))) {
        const times = new Set(before.figures.map((t) => `${t.start}..${t.end}`));
        const year = times.size === 1 && before.oneOutturnParty && !namesAView(before.text, sentence.slice(q.end)) ? yearBefore(before.figures[0]!) : null;
        if (year) {
          found = year;
          pointedFromYear = true;
        } else pointedFromUnknown = true;
      }
      // ("The ECB expects inflation to average 2.1 % in 2025, down from 2.2 %": set against a view, the earlier figure may be the
      // earlier view of that year or last year's outturn; which one the words do not say.)
      const fromAView =
        i > 0 &&
        inSentence[i - 1]!.proposition !== null &&
        inSentence[i - 1]!.proposition!.modality !== 'actual' &&
        setAgainstBefore(sentence, q, [quantities[i - 1]!]) !== null;
      statedInSentence.push(stated);
      datedInSentence.push(found);
      const span = figureSpanOf(q, unitKind);
      const restates = q.restates !== undefined ? first + q.restates : null;
      // ("3 doctors for every 10,000 inhabitants": the population a rate is per measures nothing.)
      const own = q.per ? withoutMeasuresIn(mentions, q.end - q.per.length + q.per.nounLength, q.end) : mentions;
      let proposition = restates !== null ? claims[restates]!.proposition : readProposition(sentence, span, own, context);
      const previousFigure = i > 0 ? { end: quantities[i - 1]!.end, unitKind: inSentence[i - 1]!.unitKind, proposition: inSentence[i - 1]!.proposition } : null;
      if (restates === null)
        proposition =
          stockGrowthOf(sentence, span, previousFigure) ??
          partLevelOf(sentence, span, previousFigure) ??
          shownChangeOf(sentence, span, previousFigure, proposition) ??
          bracketedChangeOf(sentence, span, previousFigure) ??
          proposition;
      // "3.02 million vehicles, including 1.4 million plug-in hybrids": a part of the figure before, not a restatement of it.
      // ("Aircraft movements, including landings and take-offs, totalled 328,000, compared to 382,000": an aside before the
      // sentence's first figure lists parts of its measure, not of the figure set against the first.)
      // "delivered 461,538 of them": a subset of things counted before, which no facet of ours may name.
      const subsetOfEarlier = /^\s+of\s+(?:them|those|these)\b/i.test(sentence.slice(q.end));
      // (", with 9 of them in 2024 alone" narrows the same things by time, read below.)
      // (Not one of another time or a forecast: "…, with 143,000 in November", "…, with $9bn a year earlier", "…, with some 2
      // million expected in 2025".)
      const ownTimeOrForecast = () => {
        const clauseEnd = clauseOf(sentence, q.start, q.end).end;
        return (
          expressions.some((e) => e.end > q.end && e.start < clauseEnd) ||
          /^\s*(?:[\p{L}-]+\s+){0,2}?(?:expected|forecast|projected|estimated|seen|planned|predicted)\b/iu.test(sentence.slice(q.end, clauseEnd))
        );
      };
      const partOfEarlier =
        (PART_OF.test(sentence.slice(0, q.start)) ||
          (!subsetOfEarlier &&
            WITH_PART.test(sentence.slice(0, q.start)) &&
            !ENTRY_WITH.test(sentence.slice(Math.max(0, q.start - 90), q.start)) &&
            !ownTimeOrForecast())) &&
        !(i > 0 && !PART_OF.test(sentence.slice(quantities[0]!.end, q.start)) && SET_AGAINST_BEFORE.test(sentence.slice(quantities[i - 1]!.end, q.start)));
      // ("added 227,000 jobs …, which was weighed down by the effects of two hurricanes": a count of its own noun in a clause
      // about something else goes on about nothing stated before it.)
      const ownNounElsewhere = () => i > 0 && countsItsOwnNoun(sentence, span) && measureTooFarBefore(sentence.slice(quantities[i - 1]!.end, q.start));
      if (!proposition && !partOfEarlier && !ownNounElsewhere() && !namesItsOwnNoun(sentence, span, mentions) && !countsAFrame(sentence, span)) {
        // ("This contraction follows a modest expansion of 0.4 percent": a noun of change names no measure of its own.)
        const namesMeasure = mentions.measures.some((m) => !BARE_CHANGE_NOUN.test(sentence.slice(m.start, m.end))) || countsANamedNoun(sentence, span);
        // ("… eased to 3.1 %.¶ The lowest rates were in Belgium (minus 0.8 %), Denmark (0.3 %)": a list goes on about the line that introduces it.)
        // ("… core inflation of 2.8 %. The projections foresee growth of 0.9 %": growth is said of what grows, never of a rate.)
        const growthOf = GROWTH_BEFORE.test(sentence.slice(0, q.end));
        const carried = namesMeasure
          ? null
          : (carriedFrom(
              // ("… handled 67.7 million passengers in 2024 - that's 99.1 per cent of the passenger movements recorded in 2019. The
              // 2024 figures represent a 14.8 per cent year-on-year increase": a change in per cent is of a level, not of a share.)
              paragraphStated.filter(
                (s) => !(growthOf && growsNot(s.proposition)) && !(q.change && unitKind === 'percent' && s.proposition.statType === 'share'),
              ),
              unitKind,
              THE_FIGURE.test(sentence),
            ) ??
            (lineBefore && inPartyList(sentence, span, mentions) ? lineBefore : null) ??
            headlineFigure(sentence.slice(0, q.start), statedSoFar, headlineMeasures, unitKind));
        const inherited = inherit(sentence, span, inSentence, carried, mentions, context);
        proposition = inherited && throughAsset(inherited, span, mentions, context.assets);
        // ("… in healthcare (+46,000), government (+33,000), and social assistance (+23,000)": a list item is its own part;
        // so is a row: "First round: £60,000 (+9%), second round: £93,000 (+9%)".)
        const item = proposition ? listItemFacet(sentence, span, mentions) : null;
        const row = proposition && !item ? listRow(sentence, q.start, mentions, inList) : null;
        if (proposition && item) proposition = { ...proposition, facets: [item] };
        else if (proposition && row)
          proposition = row.party ? { ...proposition, subject: [row.party] } : { ...proposition, facets: withListHeadFacets(row.facets, aboveList) };
      }
      // "retail stores added 43,000 jobs in December, following a loss of 29,000 jobs in November": a figure set
      // against an earlier one of its sentence is the same series at another time, and keeps its parts.
      const against = i > 0 ? inSentence[i - 1]!.proposition : null;
      if (
        proposition &&
        against &&
        restates === null &&
        proposition.facets.length === 0 &&
        against.facets.length > 0 &&
        against.measure === proposition.measure &&
        inSentence[i - 1]!.unitKind === unitKind &&
        (proposition.subject.length === 0 || proposition.subject.join() === against.subject.join()) &&
        SET_AGAINST.test(sentence.slice(quantities[i - 1]!.end, q.start)) &&
        !mentions.facets.some((f) => f.start >= quantities[i - 1]!.end && f.end <= q.start) &&
        !mentions.entities.some((e) => e.start >= quantities[i - 1]!.end && e.end <= q.start)
      ) {
        // ("an average monthly gain of 186,000 compared to a total increase of three million": a total is no rate per month.)
        const total = /\btotal\b/i.test(sentence.slice(quantities[i - 1]!.end, q.start));
        proposition = {
          ...proposition,
          subject: against.subject,
          counterpart: against.counterpart,
          facets: total ? against.facets.filter((f) => !TIME_FACET.test(f)) : against.facets,
        };
      }
      // ("Chile produced 5.25 million tonnes of copper in 2023, up about 3 percent": a change trailing a level of its
      // sentence is that level's change, and is of what the level is of, said after the level's figure or before it.)
      else if (
        proposition &&
        against &&
        restates === null &&
        proposition.statType === 'change' &&
        against.statType === 'level' &&
        proposition.facets.length === 0 &&
        against.facets.length > 0 &&
        against.measure === proposition.measure &&
        (proposition.subject.length === 0 || proposition.subject.join() === against.subject.join()) &&
        CHANGE_TRAILING.test(sentence.slice(quantities[i - 1]!.end, q.start)) &&
        mentions.facets.every((f) => f.start < quantities[i - 1]!.end || f.end > q.start || against.facets.includes(f.facet.id)) &&
        !mentions.entities.some((e) => e.start >= quantities[i - 1]!.end && e.end <= q.start && !against.subject.includes(e.id))
      )
        proposition = { ...proposition, subject: against.subject, counterpart: against.counterpart, facets: against.facets };
      // ("the population increased by 659,800 (2.5 per cent)": a percentage in brackets right after a change is that change as a
      // percentage, of the same thing — not a share.)
      if (
        proposition &&
        against?.statType === 'change' &&
        unitKind === 'percent' &&
        proposition.statType !== 'change' &&
        against.measure === proposition.measure &&
        /^\s*\(\s*$/.test(sentence.slice(quantities[i - 1]!.end, q.start)) &&
        /^\s*\)/.test(sentence.slice(q.end))
      )
        proposition = { ...proposition, statType: 'change', subject: against.subject, counterpart: against.counterpart, facets: against.facets };
      // ("Nominal GDP grew 9.6 % in FY 2023-24 over the growth rate of 14.2 % in FY 2022-23", "… $5 billion in dollar terms,
      // up from 3 %": a figure set against an earlier one of its measure is in the same terms, nominal or real, and currency.)
      if (
        proposition &&
        against &&
        restates === null &&
        against.measure === proposition.measure &&
        inSentence[i - 1]!.unitKind === unitKind &&
        (SET_AGAINST.test(sentence.slice(quantities[i - 1]!.end, q.start)) || OVER_THE.test(sentence.slice(quantities[i - 1]!.end, q.start)))
      ) {
        const terms = (basis: string | null) => (basis ? basis.split('+') : []).filter((x) => x === 'nominal' || x === 'real' || /^[A-Z]{3}$/.test(x));
        const theirs = terms(against.basis);
        if (theirs.length && !terms(proposition.basis).length)
          proposition = { ...proposition, basis: [...(proposition.basis ? proposition.basis.split('+') : []), ...theirs].sort().join('+') };
      }
      // "… adding 33,000 jobs. That's below the 2024 average of 37,000 a month": a sentence that opens by pointing
      // back at the figure before it goes on about the same series.
      const paragraphLast = paragraphStated.at(-1);
      const previous = paragraphLast?.proposition;
      if (
        proposition &&
        previous &&
        restates === null &&
        i === 0 &&
        POINTS_BACK.test(sentence) &&
        proposition.facets.filter((f) => !TIME_FACET.test(f)).length === 0 &&
        previous.facets.length > 0 &&
        previous.measure === proposition.measure &&
        paragraphLast!.unitKind === unitKind &&
        !mentions.facets.some((f) => f.end <= q.start && !TIME_FACET.test(f.facet.id)) &&
        !mentions.entities.length
      )
        proposition = {
          ...proposition,
          subject: previous.subject,
          counterpart: previous.counterpart,
          facets: [...new Set([...proposition.facets, ...previous.facets.filter((f) => !TIME_FACET.test(f))])].sort(),
        };
      // "4. India: $83.6 billion", "First round: £60,000": a row of a list takes the measure named last above it, and
      // the party of that line unless its label names one.
      const rowBefore = i > 0 && inSentence[i - 1]!.row ? inSentence[i - 1]!.proposition : null;
      const rowHere = mentions.measures.length || rowBefore ? null : listRow(sentence, q.start, mentions, inList);
      // ("Quarterfinals: A$600,000" names no organisation that was paid.)
      const namedByLabel = rowHere && !rowHere.party && proposition?.subject.length === 1 && rowHere.facets.includes(proposition.subject[0]!);
      const row = !proposition || namedByLabel ? rowHere : null;
      const listed = row
        ? [...lastMeasures]
            .reverse()
            .map((id) => measures.get(id)!)
            .find((m) => m.unitKinds.includes(unitKind) && m.roles === 'single')
        : undefined;
      if (row && listed) {
        proposition = {
          measure: listed.id,
          subject: row.party ? [row.party] : leadIn.subjects.slice(0, 1),
          counterpart: null,
          facets: withListHeadFacets(row.facets, aboveList),
          statType: statTypeOf(sentence, span, listed),
          basis: null,
          modality: modalityOf(sentence, span),
        };
      }
      // "First round: £60,000 (+9%)": the bracketed percentage beside a row's figure is that row's change, when it is
      // signed or the list says its brackets hold changes ("percentage increase from last year in brackets").
      if (
        rowBefore &&
        restates === null &&
        unitKind === 'percent' &&
        measures.get(rowBefore.measure)?.unitKinds.includes('percent') &&
        /^\s*\(\s*[+−-]?\s*$/.test(sentence.slice(quantities[i - 1]!.end, q.start)) &&
        /^\s*\)/.test(sentence.slice(q.end)) &&
        (/[+−-]\s*$/.test(sentence.slice(0, q.start)) || CHANGE_COLUMN.test(leadIn.text) || CHANGE_COLUMN.test(sentence.slice(0, q.start)))
      )
        proposition = { ...rowBefore, statType: 'change' };
      // ("26 drills, 11 of them in 2024" narrows by time and keeps the measure; "built 476,777 … delivered 461,538 of them" does not.)
      const statedBefore = inSentence.filter((e) => e.proposition);
      if (proposition && subsetOfEarlier && (!statedBefore.length || statedBefore.some((e) => e.proposition!.measure !== proposition!.measure)))
        proposition = null;
      // "‘Barbie’ opened to $155 million": a work the text names is the party of a measure of works.
      const ofWork =
        restates === null && worksHere.length + Number(previousWork !== null) > 0
          ? workProposition(
              sentence,
              span,
              others.map((o) => ({ start: o.start, end: o.end, unitKind: unitKindOf(o.unit) })),
              proposition,
              mentions,
              worksHere,
              { previous: previousWork, opening: openingWork, timed: stated !== null },
            )
          : null;
      if (ofWork) proposition = ofWork;
      if (ofWork?.facets.includes(OPENING_WEEKEND)) openingWork = ofWork.subject[0] ?? null;
      // ("Republicans in Congress proposed $1.5 trillion in spending cuts", "The NDA signed by the staff covered 1,200 documents":
      // a party named beside a figure of any measure but its seats and votes is not whose figure it is.)
      if (proposition && !measures.get(proposition.measure)?.ofParties && proposition.subject.some(isParty))
        proposition = { ...proposition, subject: proposition.subject.filter((id) => !isParty(id)) };
      if (proposition) proposition = canonicalProposition(proposition, unitKind);
      if (proposition?.modality === 'forecast' && measures.get(proposition.measure)?.setInAdvance && announcedInFutureTense(sentence, span))
        proposition = { ...proposition, modality: 'actual' };
      if (proposition) proposition = withDocumentFacets(proposition, documentFacetsNow, unitKind);
      if (proposition) proposition = placeOfPart(sentence, q, proposition, mentions);
      // ("… dropped by 5% among adults 18-49": the figure is of that age group.)
      const ages = proposition && ageGroupOf(sentence, clauseOf(sentence, q.start, q.end), q);
      if (proposition && ages && !proposition.facets.includes(ages)) proposition = { ...proposition, facets: [...proposition.facets, ages].sort() };
      // "95 % of the deaths occurred in the African Region": a region's share of a whole nobody is named for is its share of the world's.
      if (
        proposition?.statType === 'share' &&
        !proposition.counterpart &&
        proposition.subject.length === 1 &&
        proposition.subject[0] !== 'world' &&
        entities.get(proposition.subject[0]!)?.kind === 'region'
      )
        proposition = { ...proposition, counterpart: 'world' };
      // A part named like the whole it belongs to ("2.8 million vehicles, including 0.5 million") states no proposition of its own.
      // (A change of the whole is no part of it: "…, which includes its H100 cards, posted sales of $18.4 billion, representing 409 % growth".)
      if (
        proposition &&
        partOfEarlier &&
        inSentence.some((e) => e.proposition && e.proposition.statType === proposition!.statType && sameParts(e.proposition, proposition!))
      )
        proposition = null;
      // ("India and China, where emissions rose by 8.2 percent and 4 percent, respectively": the list names the parties the clause leaves out.)
      const respective =
        proposition &&
        (proposition.subject.length === 1 || (proposition.subject.length === 0 && NAMES_ONE_PARTY.has(measures.get(proposition.measure)?.roles ?? '')))
          ? respectiveParty(sentence, figureKinds, i, mentions)
          : null;
      // ("The remaining three companies are Transsion, Oppo and Xiaomi, with 145.9, 103.1 and 94.9 million handsets, respectively":
      // "remaining" sets the listed parties apart from those named before; each figure is all of its party's.)
      if (proposition && respective) proposition = { ...proposition, subject: [respective], facets: proposition.facets.filter((f) => f !== OTHER_FACET) };
      else if (proposition) proposition = placedAfter(sentence, q, mentions, proposition) ?? proposition;
      // ("Reform UK, Plaid Cymru and the Green Party each secured four seats": no one party's figure.)
      if (proposition && !respective && proposition.subject.length === 1 && statedForEach(sentence, q, mentions)) proposition = { ...proposition, subject: [] };
      if (proposition?.facets.some((f) => facetLexicon.get(f)?.kind === ONE_OF_KIND)) proposition = withOwnRate(sentence, span, mentions, proposition);
      // ("… on the main refinancing operations, the marginal lending facility and the deposit facility will fall to 4.25
      // percent, 4.5 percent and 3.75 percent respectively": a list of facets pairs with the figures in the same way.)
      // (Not where a list of parties pairs with the figures: "In Germany and France, which rely on wind and solar power,
      // electricity prices rose 12% and 8% respectively".)
      const respectiveOne = proposition && !respective ? respectiveFacet(sentence, figureKinds, i, mentions) : null;
      if (proposition && respectiveOne)
        proposition = {
          ...proposition,
          facets: [...proposition.facets.filter((f) => facetLexicon.get(f)?.kind !== respectiveOne.kind), respectiveOne.id].sort(),
        };
      // A plan or forecast is not a figure of the past period the lead reports.
      // (Not what somebody expected the reading the lead reports to be: "Economists polled by Reuters expected a reading of 2.7 %".)
      if (foundInText === periods.lead && proposition && proposition.modality !== 'actual' && !expectedOfTheReading(sentence, span))
        found = publicationPeriod(pub);
      else if (proposition?.modality === 'forecast')
        found = forecastYearsAhead(forecastPartOfThisYear(forecastNotOfEarlierMonth(found, stated !== null, sentence), pub, sentence), pub, sentence, q.end);
      // ("The BJP won the 2019 election with 303 seats. Polls show the BJP leads with 320 seats": a poll or projection taking
      // its time from an election its context names is not that election's result, nor dated by the document's statement of it.)
      const pollOfAnElection = stated === null && found.eventYear === true && looksAhead(sentence);
      if (pollOfAnElection) found = publicationPeriod(pub);
      // (Only people and things take part: "ended 2024 with 52 GW of capacity" states a level, not who joined in.)
      const participants =
        (unitKind === 'count' && PARTICIPANTS.test(sentence.slice(0, q.start))) ||
        (i > 0 && inSentence[i - 1]!.participants && /^\s+and\s+$/.test(sentence.slice(quantities[i - 1]!.end, q.start)));
      // The participants of an event its sentence does not date belong to that event, not to the month before it: only the year is known.
      if (participants && !stated && EVENT.test(sentence.slice(0, q.start)) && found.resolution !== 'publication' && found.start) found = yearOf(found);
      found = quarterOfYear(found, sentence.slice(clauseOf(sentence, q.start, q.end).start, q.start));
      let period = elapsedAfter(
        runUpTo(datePeriod(found, accountsOf(proposition, unitKind, fiscalDocument), fiscalDocument, participants, pub), q, sentence),
        q,
        sentence,
      );
      period = eventPeriod(sentence, q, proposition, pub, period, stated) ?? period;
      if (!stated && period.resolution !== 'explicit') period = dividendSetNow(sentence, proposition, pub) ?? period;
      if (ofWork && proposition) proposition = settleOpening(proposition, period);
      // ("The statistics for 2023 have just been released", in November 2023: the paragraph says which twelve months they cover.)
      const released = pub && period.end && period.end > publicationEnd(pub) ? releasePeriod(sentence, period, passages, p, pub) : null;
      if (released) {
        releasedAs.push([period, released]);
        period = datedInSentence[datedInSentence.length - 1] = released;
      }
      period =
        decisions.periodOf(sentence, q, proposition, expressions, period) ??
        decisions.levelBeforeOf(sentence, q, others, proposition, expressions, period) ??
        period;
      // (The year read before it is what the headline's year is set against below.)
      const yearRead = period;
      period = editionPeriod(period, proposition) ?? period;
      // "an annual growth of 2.4 % in November after a 2.9 % gain in October": a change set against the one before it
      // in its sentence, naming no comparison of its own, is measured the same way.
      const previousRead = i > 0 ? inSentence[i - 1]! : null;
      if (
        proposition &&
        restates === null &&
        previousRead?.readBasis &&
        proposition.statType === 'change' &&
        previousRead.proposition?.measure === proposition.measure &&
        previousRead.unitKind === unitKind &&
        !(proposition.basis ?? '').split('+').some((b) => SAME_WAY.test(b) || STATED_REFERENCE.test(b)) &&
        SET_AGAINST.test(sentence.slice(quantities[i - 1]!.end, q.start))
      ) {
        const same = previousRead.readBasis.split('+').filter((b) => SAME_WAY.test(b));
        if (same.length) proposition = { ...proposition, basis: [...new Set([...(proposition.basis?.split('+') ?? []), ...same])].sort().join('+') };
      }
      const readBasis = proposition?.basis ?? null;
      if (proposition && restates === null)
        proposition = comparisons.settle(settleProposition(proposition, period, unitKind), period, sentence.slice(0, q.start), q.unit);
      if (proposition && restates === null && revisionStory && revises(revisionStory, period))
        proposition = withVintage(
          proposition,
          sentence.slice(q.end, quantities[i + 1]?.start ?? sentence.length),
          sentence.slice(i > 0 ? quantities[i - 1]!.end : 0, q.start),
        );
      if (proposition && q.per) proposition = perPopulationProposition(proposition, q.per);
      if (proposition && q.perUnit) proposition = perUnitProposition(proposition, q.perUnit);
      // ("is expected to rise to 114 million tons in 2024, up from 110.55 million a year ago": the level a forecast is set
      // against, of a time over when the text was written, is an outturn.)
      if (
        proposition?.modality === 'forecast' &&
        stated &&
        pub &&
        period.end &&
        period.end < publicationStart(pub) &&
        SET_AGAINST_BEFORE.test(sentence.slice(0, q.start)) &&
        !PLANNED_AFTER.test(sentence.slice(q.start, q.end + 30)) &&
        !ANTICIPATED_BY_AFTER.test(sentence.slice(q.end, q.end + 60))
      )
        proposition = { ...proposition, modality: 'actual' };
      // ("China's military spending was projected at $296 billion" of 2023, written in April 2024: an estimate of an outturn.)
      if (proposition?.modality === 'forecast' && pub && period.end && period.end < publicationStart(pub) && estimatedOutturn(sentence, span))
        proposition = { ...proposition, modality: 'actual' };
      // (The figure's own clause, up to the next comma: "… may draw 20 million viewers, the most since 2020, when 23.6 million
      // tuned in" is no event held. Read only where an event is the party.)
      const figureClause = () => {
        const at = clauseOf(sentence, q.start, q.end);
        const commaAfter = sentence.slice(q.end, at.end).search(/[,;]/);
        return sentence.slice(at.start, commaAfter < 0 ? at.end : q.end + commaAfter);
      };
      // "The deficit totals $1.6 trillion in fiscal year 2024", written in February 2024: a period not over when the text was written is a projection.
      // (Not a fiscal year whose months no convention tells (dated as the calendar year) reported in the past tense: "for fiscal 2024, revenue rose
      // 126 % to $60.9 billion", written in February 2024 by a company whose year ended in January.)
      if (
        proposition &&
        proposition.modality === 'actual' &&
        pub &&
        period.end &&
        // (A text dated only by its year does not say the year was over; a figure for that whole year, in it, is a projection too.)
        (period.end > publicationEnd(pub) || (pub.month === null && period.start === `${pub.year}-01-01` && period.end === `${pub.year}-12-31`)) &&
        // ("1.2 % growth in the current fiscal year", in January: a fiscal year named by where it stands is as good as named.)
        (period.resolution === 'explicit' || found.fiscalOffset !== undefined) &&
        // ("won 412 seats in the 2024 general election", in July 2024: an event of the year, reported in the past tense, is held.)
        !(
          period.eventYear &&
          pub.year >= Number(period.start?.slice(0, 4)) &&
          // (A figure of a poll or a projection taking its time from a held election is no result: "The BJP leads with 320 seats, pollsters say".)
          ((period.eventHeld && !looksAhead(sentence)) || REPORTED_PAST.test(sentence) || HELD_PAST.test(sentence))
        ) &&
        // ("The 96th Academy Awards was a commercial success with 19.5 million viewers", under "Oscars 2024", in March 2024: a
        // figure of an event the text names, dated by the year it was held in and told in the past tense, is of the event held.)
        !(
          proposition.subject.some((id) => entities.get(id)?.kind === 'event') &&
          pub.year === Number(period.start?.slice(0, 4)) &&
          ((clause) => {
            // ("the Oscars drew 19.5 million viewers – up four percent from last year's telecast": a change with no verb of its
            // own, set after a figure, is told in that figure's clause.)
            const told = i > 0 && CHANGE_WITHOUT_VERB.test(clause) ? sentence.slice(0, q.end) : clause;
            return REPORTED_PAST.test(told) || EVENT_PAST.test(told);
          })(figureClause())
        ) &&
        !measures.get(proposition.measure)?.setInAdvance &&
        !(/^fiscal\b/i.test(period.label) && period.start?.endsWith('-01-01') && REPORTED_PAST.test(sentence)) &&
        // ("Vietnam's economy expanded by a modest 5.05 % in 2023", on 29 December 2023: a period all but over, told in the
        // past tense, is the statistics office's first estimate of the outturn, not a projection.)
        !(pub.day !== null && period.end <= addDays(publicationEnd(pub), 7) && ALL_BUT_OVER_PAST.test(figureClause()) && !looksAhead(sentence))
      ) {
        proposition = { ...proposition, modality: 'forecast' };
      }
      const forecaster = proposition?.modality === 'forecast' ? forecasterOf(sentence, q.start) : null;
      if (proposition && forecaster) proposition = { ...proposition, basis: [...(proposition.basis?.split('+') ?? []), `by-${forecaster}`].sort().join('+') };
      // ("Consumer prices in Poland rose 4.6 % … Economists polled by Reuters had expected 4.7 %": who ran the poll forecast
      // the figure, it is not what was measured; the paragraph's party of the measure is.)
      if (proposition && forecaster && proposition.subject.length === 1 && proposition.subject[0] === forecaster) {
        // (Only a party the paragraph gave the measure alone: "the U.S. added 199,000 jobs, while Canada added 25,000" leaves open whose.)
        const measured = proposition.measure;
        const earlier = paragraphStated.filter(
          (s) => s.proposition.measure === measured && s.proposition.subject.length > 0 && !s.proposition.subject.includes(forecaster),
        );
        const parties = new Set(earlier.map((s) => `${s.proposition.subject.join('+')}>${s.proposition.counterpart ?? ''}`));
        if (parties.size === 1) proposition = { ...proposition, subject: earlier[0]!.proposition.subject, counterpart: earlier[0]!.proposition.counterpart };
      }
      // ("The airport handled 67.7 million passengers in 2024. This was 99.1% of the passenger movements recorded in 2019",
      // "… at 95% of pre-pandemic levels": a level given as a share of an earlier level of the same measure is the party's
      // level set against that one, whoever the sentence names.)
      // (Where the words made the earlier time a facet already — "87% of pre-pandemic visitor numbers" — it says as much.)
      const earlierLevel =
        proposition && proposition.statType === 'share' && unitKind === 'percent' && !proposition.facets.includes('pre-pandemic')
          ? shareOfEarlierLevel(sentence, q.end, period)
          : null;
      if (proposition && earlierLevel) {
        const measured = proposition.measure;
        const level = [...paragraphStated, ...inSentence.filter((s) => s.proposition).map((s) => ({ proposition: s.proposition!, unitKind: s.unitKind }))]
          .reverse()
          .find((s) => s.proposition.measure === measured && s.proposition.statType === 'level' && s.proposition.subject.length > 0);
        const own = proposition.subject.length ? proposition : level?.proposition;
        if (own)
          proposition = {
            ...proposition,
            subject: own.subject,
            counterpart: own.counterpart,
            facets: [...new Set([...proposition.facets, ...(own === proposition ? [] : own.facets)])].sort(),
            basis: [...(proposition.basis?.split('+') ?? []), earlierLevel].sort().join('+'),
          };
      }
      // ("far behind the required rate of 2.1 per woman", "the 2.1 births per woman needed to keep the population stable": a
      // level the party's figure is held against names what would be needed, not what was measured.)
      if (proposition && isABenchmark(sentence, q))
        proposition = { ...proposition, subject: [], counterpart: null, facets: [...proposition.facets, 'benchmark-level'] };
      inSentence.push({ proposition, unitKind, participants, readBasis, row: !!(row && listed) });
      if (proposition) statedSoFar.push({ proposition, unitKind });
      const metric = proposition
        ? metricDefinition(proposition, unitKind)
        : deriveMetric(
            { sentence, paragraph: text.slice(paragraphStart, passage.utf16End), start: q.start, end: q.end, numberStart: q.numberStart, unit: q.unit },
            q.noun,
          );
      metrics.set(metric.key, metric);
      // "300 GW of the 473 GW": the second figure is the whole the first is part of, not the party's own figure.
      const whole =
        i > 0 &&
        unitKindOf(quantities[i - 1]!.unit) === unitKind &&
        /^\s+of\s+(?:the\s+|a\s+)?(?:total\s+of\s+)?$/i.test(sentence.slice(quantities[i - 1]!.end, q.start));
      // A figure whose sentence names neither its party nor its time rests on two guesses from the text
      // around it; unless the headline dates it the same way, it could be of another time ("… deliveries
      // in 2023" above; "In 2022, …" before; "The new numbers represent growth of 38 %"): kept, not compared.
      // (A work named here, or by "the film" right after it, is named by the sentence.)
      const sentenceIds = new Set([...mentions.entities.map((e) => subjectOf(e.id)), ...worksHere.map((w) => w.id), ...(ofWork ? ofWork.subject : [])]);
      // ("core inflation decelerated to 3.6 percent from 4.2 percent": the level moved from is the moved-to level's series a
      // step earlier; when the moved-to level is compared, so is it.)
      const movedToClaim = i > 0 && claims.length === first + i ? claims[first + i - 1]! : null;
      const fromACompared =
        movedToClaim !== null &&
        movedToClaim.comparable &&
        movedToClaim.proposition !== null &&
        proposition !== null &&
        unitKindOf(movedToClaim.unit) === unitKind &&
        MOVED_FROM_AFTER.test(sentence.slice(quantities[i - 1]!.end, q.start)) &&
        sameParts(movedToClaim.proposition, proposition) &&
        movedToClaim.proposition.statType === proposition.statType;
      const allCarried =
        !fromACompared &&
        expressions.length === 0 &&
        proposition !== null &&
        proposition.subject.length > 0 &&
        !proposition.subject.some((id) => sentenceIds.has(id)) &&
        (headlinePeriod === null || headlinePeriod.start !== yearRead.start || headlinePeriod.end !== yearRead.end) &&
        // (Unless both guesses are the document's own: the party it is about and the time its lead reports — "Core
        // inflation slowed to 3.6 %" in a release on the euro area's November — for a measure with no part named, in a
        // sentence that names no party at all.)
        !(
          mentions.entities.length === 0 &&
          proposition.facets.length === 0 &&
          headlineMeasures.includes(proposition.measure) &&
          periods.lead !== null &&
          periods.lead.start === yearRead.start &&
          periods.lead.end === yearRead.end &&
          proposition.subject.every((id) => id === context.dominant || context.headline.includes(id)) &&
          !namesAnyone(sentence)
        ) &&
        // (Nor where the sentence names only where an inflow of the document's party comes from, at the time its lead
        // reports: "South Korea accounted for the largest number of visitors, with 8.63 million" in a story on Japan's visitors;
        // a change may go on comparing with what the sentence before compared with.)
        !(
          proposition.counterpart !== null &&
          proposition.statType === 'level' &&
          measures.get(proposition.measure)?.inbound &&
          mentions.entities.length > 0 &&
          mentions.entities.every((e) => subjectOf(e.id) === proposition!.counterpart) &&
          proposition.facets.length === 0 &&
          periods.lead !== null &&
          periods.lead.start === yearRead.start &&
          periods.lead.end === yearRead.end &&
          proposition.subject.every((id) => id === context.dominant || context.headline.includes(id))
        ) &&
        // (Unless the sentence right before, in its paragraph, names both: "Zalando's operating profit rose to €350 million in
        // 2024. Net profit rose 20 % to €251 million, while revenue grew 4.2 % to €10.6 billion.")
        !(
          before !== null &&
          !namesAnyone(sentence) &&
          proposition.subject.every((id) => before.ids.has(id)) &&
          // (Every time it states: "… 10.6 billion euros in 2024 and is expected to reach 11.2 billion in 2025" leaves open which.)
          ((opensWithAMeasure(sentence, mentions) &&
            before.times.length > 0 &&
            before.times.every((t) => t.start === yearRead.start && t.end === yearRead.end)) ||
            // ("Nvidia reported fourth-quarter revenue of $22.1 billion for fiscal year 2024 (ending January 31, 2024). This marks
            // an increase of 265 %": a sentence pointing back at the one before goes on about its figures, when they are all of
            // the time read, however many ways that sentence names it.)
            // (Only an outturn: "That was below the $11.65 billion analysts had expected" sets an estimate against it.)
            (POINTS_BACK_AT_STATEMENT.test(sentence) &&
              proposition.modality === 'actual' &&
              before.figures.length > 0 &&
              before.figures.every((t) => t.start === yearRead.start && t.end === yearRead.end)) ||
            // ("… $7.1 billion for 2024. That is down from $15 billion": the year before that statement's, read above.)
            (pointedFromYear && proposition.modality === 'actual'))
        );
      const standsAlone = !allCarried && restates === null && !whole;
      const comparableIfDated = proposition !== null && standsAlone && isComplete(proposition);
      const datedToCompare =
        proposition !== null &&
        workFigureDated(proposition, period) &&
        (period.resolution === 'explicit' || period.resolution === 'relative') &&
        period.start !== null;
      const comparable = comparableIfDated && datedToCompare && !pointedFromUnknown && !fromAView;
      // (A change whose comparison its words leave unsaid would be compared once the document states it: see statedByTheDocument.)
      if (proposition?.basis?.split('+').includes(UNSTATED_COMPARISON))
        unstated.push({ claim: claims.length, noun: q.noun, comparable: standsAlone && isComplete({ ...proposition, basis: null }) && datedToCompare });
      if (
        comparableIfDated &&
        period.resolution === 'publication' &&
        !pollOfAnElection &&
        expressions.length === 0 &&
        !inSentence.slice(0, -1).some((e) => e.proposition && sameParts(e.proposition, proposition!))
      )
        undated.push({ claim: claims.length, noun: q.noun });
      const change =
        q.change ??
        (proposition &&
        (proposition.statType === 'change' ||
          measures.get(proposition.measure)?.changeIsLevel ||
          // ("food prices 10.1 percent below December 2022 levels": a change on a year before, stated as the rate it is.)
          (proposition.statType === 'rate' &&
            measures.get(proposition.measure)?.changeIsRate &&
            CHANGE_AGAINST_LEVEL_AFTER.test(sentence.slice(q.end, q.end + 60))))
          ? impliedChange(sentence, span)
          : null);
      const signed = signedByDirection(q.value, intervalFor(q.value, q.unit, q.qualifier, q.halfStep, q.range), change, q.unit, proposition);
      claims.push({
        passageOrdinal: passage.ordinal,
        quote: {
          exact: sentence.slice(q.start, q.end),
          start: index.toCodePoint(passage.utf16Start + q.start),
          end: index.toCodePoint(passage.utf16Start + q.end),
        },
        value: signed.value,
        unit: q.unit,
        qualifier: q.qualifier,
        interval: signed.interval,
        period: stripWorkingFields(period),
        metric: metric.key,
        statement: makeStatement(metric.label, signed.value, q.unit, q.qualifier, period, q.noun),
        proposition,
        comparable,
        restates,
        change,
      });
    });
    sentenceBefore.figures = claims.slice(first).flatMap((c) => (c.proposition && c.period ? [c.period] : []));
    sentenceBefore.oneOutturnParty =
      claims.slice(first).every((c) => !c.proposition || c.proposition.modality === 'actual') &&
      new Set(claims.slice(first).flatMap((c) => (c.proposition ? [c.proposition.subject.join('+')] : []))).size === 1;
    for (const c of claims.slice(first)) {
      const p = c.proposition;
      // (A facet the whole document is of, "smartphones" in a story about that market, makes no part of the measure.)
      if (!p || p.subject.length !== 1 || p.facets.some((f) => documentFacetsNow().get(facetLexicon.get(f)?.kind ?? '') !== f)) continue;
      const parties = measured.get(p.measure) ?? new Set<string>();
      parties.add(p.subject[0]!);
      measured.set(p.measure, parties);
    }
    // (A release re-dated above dates what follows in its paragraph too.)
    const [release, covered] = releasedAs[releasedAs.length - 1] ?? [null, null];
    periods.record(
      sentence,
      release && covered
        ? expressions.map((e) => (e.period.start === release.start && e.period.end === release.end ? { ...e, period: covered } : e))
        : expressions,
      datedInSentence,
      claims.slice(first).flatMap((c) => (c.period ? [c.period] : [])),
    );
    const lastStated = [...inSentence].reverse().find((s) => s.proposition);
    for (const s of inSentence) if (s.proposition) paragraphStated.push({ proposition: s.proposition, unitKind: s.unitKind });
    // Parties a sentence names that it is not about, nor are the sentences after it: ("Much like the PC industry, which has
    // just had its worst year, the smartphone market had a terrible 2023") what it opens by likening its subject to;
    const likenedOrDestination = (e: SentenceMentions['entities'][number]): boolean =>
      LIKENED_BEFORE.test(sentence.slice(0, e.start)) ||
      // ("Exports to the United States and the European Union (EU) have increased for three years") where a flow goes.
      mentions.measures.some((m) => m.candidates.some((c) => c.roles === 'directed') && placeOfFlow(sentence, m, e));
    // (With the short name it gives in brackets: "the European Union (EU)".)
    const aside = mentions.entities.filter(
      (e, k) =>
        likenedOrDestination(e) ||
        (k > 0 &&
          mentions.entities[k - 1]!.id === e.id &&
          /^\s*\(\s*$/.test(sentence.slice(mentions.entities[k - 1]!.end, e.start)) &&
          likenedOrDestination(mentions.entities[k - 1]!)),
    );
    const named = entityIds({ ...mentions, entities: mentions.entities.filter((e) => !aside.includes(e)) });
    context.paragraph.push(...named);
    // ("According to IDC, Apple's shipments …": a firm cited as the source is not what the sentence is about.)
    // (Nor is a party the sentence's figures only go to or come from: "ASEAN-bound exports increased 4.5 %" are still South Korea's.)
    const ownersHere = new Set(claims.slice(first).flatMap((c) => c.proposition?.subject ?? []));
    const onlyCounterpart = new Set(
      claims.slice(first).flatMap((c) => (c.proposition?.counterpart && !ownersHere.has(c.proposition.counterpart) ? [c.proposition.counterpart] : [])),
    );
    const lead = mentions.entities.find(
      (e) =>
        !aside.includes(e) &&
        isSubjectEntity(subjectOf(e.id)) &&
        !onlyCounterpart.has(subjectOf(e.id)) &&
        (entities.get(e.id)?.kind === 'agency' || !citedAsSource(sentence, e)),
    );
    // ("… the smartphone market had a terrible 2023. A 3.2 % decline to 1.17 billion units shipped …": a sentence about a
    // market as a whole, named before any party, is about the world's; the figures after it that name no party are its.)
    const market = MARKET_AS_SUBJECT.exec(sentence);
    const marketFirst = market !== null && !mentions.entities.some((e) => !aside.includes(e) && e.start < market.index + market[0].length);
    if (marketFirst && !mentions.entities.some((e) => PLACE_KINDS.has(entities.get(e.id)?.kind ?? '') && !aside.includes(e))) context.subjects.push('world');
    else if (lead) context.subjects.push(subjectOf(lead.id));
    context.measures.push(...mentions.measures.flatMap((m) => m.candidates.map((c) => c.id)));
    if (mentions.measures.length) measureWordsOf(sentence, mentions.measures, context.measureWords);
    if (mentions.measures.length) {
      lastMeasures = mentions.measures.flatMap((m) => m.candidates.map((c) => c.id));
      // (Only parties the gazetteer holds, else the headline's or the one the document is about: a heading in capitals spells no name.)
      const known = [...named, ...context.headline, ...(context.dominant ? [context.dominant] : [])].filter((id) => entities.has(id));
      leadIn = { subjects: known.slice(0, 1), text: sentence };
    }
    if (lastStated?.proposition) previousLine = { proposition: lastStated.proposition, unitKind: lastStated.unitKind, paragraph: passage.paragraph };
    if (!rowLines[p]) aboveList = mentions.facets.map((f) => ({ id: f.facet.id, kind: f.facet.kind }));
    for (const a of assetIds(mentions)) if (!context.assets.includes(a)) context.assets.push(a);
    previousWork = subjectWork(worksHere) ?? previousWork;
  });
  datedByTheDocument(claims, undated, metrics);
  statedByTheDocument(claims, unstated, metrics);
  settleWorkScopes(claims, metrics);
  datedByTheBody(claims, passages);
  return { passages, claims, metrics: [...metrics.values()] };
}

/**
 * "Walmart's net sales were up 5.7 % … in its fourth quarter", "a 23 % jump in e-commerce sales in the fourth quarter", in a
 * text that names the fiscal year: a company's sales in money, or in per cent there, are its accounts, of its fiscal quarters
 * as its revenue is. Units sold ("Toyota sold 11.2 million vehicles in 2023"), and their growth in a text that names no fiscal
 * year ("Apple's fourth-quarter sales in China were down 11 percent", in a story on the year's smartphone shipments), are
 * counted by the calendar.
 */
function accountsOf(p: Proposition | null, unitKind: string, fiscalDocument: boolean): Proposition | null {
  return p?.measure === 'sales' && (unitKind === 'money' || (unitKind === 'percent' && fiscalDocument)) ? { ...p, measure: 'revenue' } : p;
}

const BENCHMARK_BEFORE =
  /\b(?:the\s+)?(?:required|replacement|needed|necessary|sustainable)\s+(?:fertility\s+)?(?:rate|level|threshold|figure)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?$|\breplacement\s+level\s+(?:of\s+)?$/i;
const BENCHMARK_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,4}?(?:needed|required|necessary)\s+(?:to|for)\s+(?:keep|maintain|sustain|replace|stabili[sz]e|hold)\b|^\s*(?:[\p{L}-]+\s+){0,3}?(?:replacement\s+(?:level|rate))\b/iu;

/** A level a figure is held against that says what would be needed: the replacement rate of a population, a required rate. */
function isABenchmark(sentence: string, q: { start: number; end: number }): boolean {
  return BENCHMARK_BEFORE.test(sentence.slice(Math.max(0, q.start - 50), q.start)) || BENCHMARK_AFTER.test(sentence.slice(q.end, q.end + 70));
}

// "of the passenger movements recorded in 2019", "of 2019 levels", "of its pre-pandemic level", "of the level seen before the pandemic".
const OF_EARLIER_LEVEL = new RegExp(
  String.raw`^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}-]+\s+){0,3}?${RECORDED}in\s+((?:19|20)\d{2})\b|` +
    String.raw`((?:19|20)\d{2})(?:['’]s)?\s+(?:levels?|figures?|totals?|volumes?|traffic)\b|(pre-?(?:pandemic|covid(?:-19)?|crisis))\s+(?:levels?|figures?|totals?|volumes?|traffic)\b|(?:levels?|figures?|totals?|volumes?|traffic)\s+(?:seen\s+|recorded\s+)?(?:in\s+((?:19|20)\d{2})|(before\s+the\s+(?:pandemic|covid)))\b)`,
  'iu',
);

/**
 * The earlier level a share is of, as a basis part ("vs-2019", "vs-pre-pandemic"), when the words after the figure name a
 * level of an earlier time; null otherwise, and for a year that is the figure's own.
 */
function shareOfEarlierLevel(sentence: string, end: number, period: Period): string | null {
  const m = OF_EARLIER_LEVEL.exec(sentence.slice(end, end + 90));
  if (!m) return null;
  const year = m[1] ?? m[2] ?? m[4];
  if (year) return period.start && Number(year) < Number(period.start.slice(0, 4)) ? `vs-${year}` : null;
  return 'vs-pre-pandemic';
}

/** A kind of facet a figure has one of at most: a policy rate is one rate. */
const ONE_OF_KIND = 'policy-rate';

/**
 * "The ECB cut its deposit rate to 3.75% and its main refinancing rate to 4.25%", "The RBI's reverse repo rate stood at
 * 3.35%, the repo rate at 4%": of the policy rates a sentence names, a figure's is the one its own measure words name.
 */
function withOwnRate(sentence: string, figure: FigureSpan, mentions: SentenceMentions, p: Proposition): Proposition {
  const measureAt = governingMeasure(sentence, figure, mentions);
  const own = measureAt
    ? mentions.facets.filter((f) => f.facet.kind === ONE_OF_KIND && f.start < measureAt.end && f.end > measureAt.start).map((f) => f.facet.id)
    : [];
  return { ...p, facets: [...new Set([...p.facets.filter((f) => facetLexicon.get(f)?.kind !== ONE_OF_KIND), ...own.slice(-1)])].sort() };
}

/** Box-office figures of a work take the market the document gives them (see settleScopes); without one they are not compared. */
function settleWorkScopes(claims: ExtractedClaim[], metrics: Map<string, MetricDefinition>): void {
  const settled = settleScopes(claims);
  settled.forEach((s, i) => {
    const c = claims[i]!;
    if (s === c || !s.proposition) return;
    const definition = metricDefinition(s.proposition, unitKindOf(c.unit));
    metrics.set(definition.key, definition);
    c.proposition = s.proposition;
    c.metric = definition.key;
    c.statement = makeStatement(definition.label, c.value, c.unit, c.qualifier, c.period, null);
  });
  for (const c of claims) {
    const p = c.proposition;
    if (p?.measure === 'box-office' && p.subject[0]?.startsWith('work-') && !p.facets.some((f) => /^(?:domestic|international|worldwide|in-.+)$/.test(f)))
      c.comparable = false;
  }
}

interface UndatedFigure {
  claim: number;
  noun: string | null;
}

const isWholeYear = (p: Period | null): boolean => !!p?.start && !!p.end && monthsOf(p) === 12;

/**
 * A figure nothing near it dates ("Net income fell 25 % to $121 billion", in a text published the year after) is
 * of the year the same text gives every other statement of its proposition ("… $121 billion in 2023"): dated so,
 * it can meet the other sources. Only where that year is the one the text gives them all, and only whole years,
 * the span the publication year stood in for, so nothing else about the figure changes — unless the figure restates,
 * value for value, a dated statement of the same proposition, whose time it then takes.
 */
function datedByTheDocument(claims: ExtractedClaim[], undated: UndatedFigure[], metrics: Map<string, MetricDefinition>): void {
  for (const { claim, noun } of undated) {
    const c = claims[claim]!;
    const p = c.proposition!;
    const dated = claims.filter(
      (o) =>
        o !== c &&
        o.proposition &&
        sameParts(o.proposition, p) &&
        o.proposition.modality === p.modality &&
        (o.period?.resolution === 'explicit' || o.period?.resolution === 'relative'),
    );
    const years = new Set(dated.map((o) => `${o.period!.start}..${o.period!.end}`));
    // ("a $155 million domestic opening" after "'Barbie' opened to $155 million over the weekend": the same figure of the
    // same proposition, restated, is of the time its dated statement gives, whatever span that is.)
    const restated = dated.filter((o) => o.value === c.value && o.unit === c.unit && o.metric === c.metric);
    const restatedAt = new Set(restated.map((o) => `${o.period!.start}..${o.period!.end}`));
    // (A year named of a recurring event was read as its edition: that stands for the year too.)
    const from =
      years.size === 1 && (isWholeYear(dated[0]!.period) || isEditionOf(dated[0]!.period, p)) ? dated[0]! : restatedAt.size === 1 ? restated[0]! : null;
    if (!from) continue;
    c.period = { ...from.period! };
    c.comparable = true;
    const label = metrics.get(c.metric ?? '')?.label;
    if (label) c.statement = makeStatement(label, c.value, c.unit, c.qualifier, c.period, noun);
  }
}

/**
 * "Japanese economy shrinks by 2%" above "The Japanese economy contracted at an annual rate of 2% in the first quarter":
 * a change whose comparison its words leave unsaid restates, value for value, a statement of the same proposition and
 * period elsewhere in the document, and takes its comparison, when all such statements give the one comparison.
 */
function statedByTheDocument(claims: ExtractedClaim[], unstated: Array<UndatedFigure & { comparable: boolean }>, metrics: Map<string, MetricDefinition>): void {
  const comparisonOf = (p: Proposition) => (p.basis?.split('+') ?? []).filter((b) => SAME_WAY.test(b));
  const otherTerms = (p: Proposition) => (p.basis?.split('+') ?? []).filter((b) => b !== UNSTATED_COMPARISON && !SAME_WAY.test(b)).join('+');
  for (const { claim, noun, comparable } of unstated) {
    const c = claims[claim]!;
    const p = c.proposition;
    if (!p?.basis?.split('+').includes(UNSTATED_COMPARISON) || !c.period) continue;
    const same = claims.filter(
      (o) =>
        o !== c &&
        o.proposition &&
        sameParts(o.proposition, p) &&
        o.proposition.statType === p.statType &&
        o.proposition.modality === p.modality &&
        o.period?.start === c.period!.start &&
        o.period?.end === c.period!.end &&
        o.value === c.value &&
        o.unit === c.unit &&
        otherTerms(o.proposition) === otherTerms(p) &&
        comparisonOf(o.proposition).length > 0,
    );
    const stated = new Set(same.map((o) => comparisonOf(o.proposition!).join('+')));
    if (stated.size !== 1) continue;
    const [comparison] = stated;
    const proposition = {
      ...p,
      basis: p.basis
        .split('+')
        .flatMap((b) => (b === UNSTATED_COMPARISON ? comparison!.split('+') : [b]))
        .sort()
        .join('+'),
    };
    const definition = metricDefinition(proposition, unitKindOf(c.unit));
    metrics.set(definition.key, definition);
    c.proposition = proposition;
    c.metric = definition.key;
    c.comparable = comparable;
    c.statement = makeStatement(definition.label, c.value, c.unit, c.qualifier, c.period, noun);
  }
}

function sameParts(a: Proposition, b: Proposition): boolean {
  return a.measure === b.measure && a.subject.join() === b.subject.join() && a.counterpart === b.counterpart && a.facets.join() === b.facets.join();
}

/**
 * A headline is loose about time ("906,000 last year"); when the body restates the same figure of
 * the same proposition with an explicit period ("in the year to June 2023"), that period dates both,
 * and the body's statement is the one compared: the source said it once, not twice.
 */
function datedByTheBody(claims: ExtractedClaim[], passages: PassageSpan[]): void {
  for (const c of claims) {
    if (passages[c.passageOrdinal]?.paragraph !== 0 || c.period?.resolution === 'explicit') continue;
    const body = claims.find(
      (o) =>
        o !== c &&
        o.metric === c.metric &&
        o.value === c.value &&
        o.unit === c.unit &&
        o.period?.resolution === 'explicit' &&
        passages[o.passageOrdinal]!.paragraph > 0,
    );
    if (body?.period) {
      c.period = { ...body.period };
      c.comparable = false;
    }
  }
}

/**
 * A figure with no measure of its own in its clause takes the proposition of the figure it is set
 * against: one stated earlier in the sentence ("$244.8 billion, compared with $240.1 billion in 2023"),
 * or, in a sentence that names no measure at all, the last one of the paragraph ("That is a 32 % increase
 * from the 2023 total of 22.7 bcm"). Its own wording still decides stat type and modality.
 */
function inherit(
  sentence: string,
  figure: FigureSpan,
  earlier: Array<{ proposition: Proposition | null; unitKind: string }>,
  paragraphLast: { proposition: Proposition; unitKind: string } | null,
  mentions: SentenceMentions,
  context: RoleContext,
): Proposition | null {
  const fits = (p: Proposition | null | undefined) => !!p && !!measures.get(p.measure)?.unitKinds.includes(figure.unitKind);
  // (A figure of the kind stated before goes on about that one first: "226.6 million (19.4%)" after "234.6 million (20.1% market share)".)
  const sameKind = (e: { proposition: Proposition | null; unitKind: string } | null) => !!e && e.unitKind === figure.unitKind && fits(e.proposition);
  const source =
    [...earlier].reverse().find(sameKind)?.proposition ??
    (sameKind(paragraphLast) ? paragraphLast!.proposition : null) ??
    [...earlier].reverse().find((e) => fits(e.proposition))?.proposition ??
    (fits(paragraphLast?.proposition) ? paragraphLast!.proposition : null);
  if (!source) return null;
  const measure = measures.get(source.measure)!;
  const statType = statTypeOf(sentence, figure, measure);
  // "Russia spent $109 billion": a party named in this sentence replaces the one the measure was first stated for.
  const named = mentions.entities.length
    ? findRoles(
        sentence,
        figure,
        { start: figure.start, end: figure.start },
        measure,
        mentions,
        { ...context, paragraph: [], subjects: [], headline: [], dominant: null },
        statType,
      )
    : null;
  const roles = named && named.subject.length >= source.subject.length ? named : { subject: source.subject, counterpart: source.counterpart };
  const terms = ownTerms(sentence, figure, statType, source.facets, source.basis);
  // ("Of these, 36.8 billion tonnes would be from fossil fuels": a part of the whole, never the whole.)
  const part = partOfWhole(sentence, figure, mentions, source.measure);
  if (part) terms.facets = [...new Set([...terms.facets, part])].sort();
  return { ...source, ...roles, ...terms, statType, modality: modalityOf(sentence, figure) };
}

// ("the yearly increase", "annual growth rate": a change over twelve months, stated for the period at hand; "on an
// annual basis" says how a quarter's change is stated, not that the figure is the year's.)
const ANNUAL = quickEdges(
  /\b(?<!\b(?:on|at)\s+an?\s+)(?:annual|annually|full[- ]year|for the (?:whole|entire|full) year|yearly|for the year)\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:rates?|increases?|growth|pace|changes?|declines?|rises?|gains?|drops?|falls?|inflation)\b)/iu,
);

/** "In the last quarter … with an annual delivery figure of 1,808,581": the figure's own clause says it covers the year. */
function wholeYearIfAnnual(sentence: string, q: Quantity, period: Period, others: Quantity[]): Period {
  if (!period.start || !period.end || period.resolution === 'publication' || period.start.slice(0, 4) !== period.end.slice(0, 4)) return period;
  if (period.start.endsWith('-01-01') && period.end.endsWith('-12-31')) return period;
  const clause = clauseOf(sentence, q.start, q.end);
  // (Only the stretch of the clause that is this figure's: "0.3 % in the final quarter and 0.3 % over the full year".)
  const from = Math.max(clause.start, ...others.filter((o) => o.end <= q.start).map((o) => o.end));
  // ("439,701 vehicles, bringing annual production up to 1.37 million": a word before the next figure is that figure's.)
  const to = others.some((o) => o.start >= q.end && o.start < clause.end) ? q.end : clause.end;
  if (!ANNUAL.test(sentence.slice(from, to))) return period;
  const y = period.start.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: y, resolution: period.resolution };
}

const QUARTER_ADJECTIVE = /\b(first|second|third|fourth|final)-quarter\b/gi;

/**
 * "fourth-quarter revenue of $22.1 billion for fiscal year 2024": a quarter named as the measure's modifier is that
 * quarter of the year the sentence names, not the whole year.
 */
function quarterOfYear(found: Period, before: string): Period {
  const named = [...before.matchAll(QUARTER_ADJECTIVE)];
  if (named.length !== 1 || !found.start || !found.end || found.resolution === 'publication') return found;
  const q = ['first', 'second', 'third', 'fourth', 'final'].indexOf(named[0]![1]!.toLowerCase()) + 1;
  const n = Math.min(q, 4);
  if (found.fiscal) {
    if (found.fiscal.months !== 12) return found;
    return { ...found, label: `Q${n} FY${found.fiscal.year}`, fiscal: { year: found.fiscal.year, months: 3, from: n * 3 - 2 } };
  }
  if (!(found.start.endsWith('-01-01') && found.end.endsWith('-12-31') && found.start.slice(0, 4) === found.end.slice(0, 4))) return found;
  const y = found.start.slice(0, 4);
  const end = ['03-31', '06-30', '09-30', '12-31'][n - 1]!;
  const start = ['01-01', '04-01', '07-01', '10-01'][n - 1]!;
  return { ...found, start: `${y}-${start}`, end: `${y}-${end}`, label: `Q${n} ${y}` };
}

const WHOLE_YEAR_WORDS = /\b(?:annual|annually|yearly|full[- ]year|for the (?:whole|entire|full) year|(?:the|a) year as a whole)\b/i;

/**
 * What two sentences share: a measure of a party's accounts each, the first stating a figure of them (profit above, revenue
 * and costs below: 'accounts'), or one measure ('measure'), or neither.
 */
function sharedMeasures(a: SentenceMentions, b: SentenceMentions, aStatesFigures: boolean): 'measure' | 'accounts' | null {
  const accounts = (m: SentenceMentions['measures'][number]) => m.candidates.some((c) => measures.get(c.id)?.fiscal);
  if (aStatesFigures && a.measures.some(accounts) && b.measures.some(accounts)) return 'accounts';
  const ids = new Set(a.measures.flatMap((m) => m.candidates.map((c) => c.id)));
  return b.measures.some((m) => m.candidates.some((c) => ids.has(c.id))) ? 'measure' : null;
}

/** Facet kind → the one facet of that kind a document names, for each kind it names only one of. */
function documentFacetsOf(text: string): Map<string, string> {
  const byKind = new Map<string, Set<string>>();
  for (const m of facetForms.find(text)) {
    const ids = byKind.get(m.value.kind) ?? new Set<string>();
    ids.add(m.value.id);
    byKind.set(m.value.kind, ids);
  }
  return new Map([...byKind].filter(([, ids]) => ids.size === 1).map(([kind, ids]) => [kind, [...ids][0]!]));
}

/** Measure → the words (lower case) that name it in `text`, added to `into`. */
function measureWordsOf(text: string, mentions: readonly MeasureMention[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const m of mentions)
    for (const c of m.candidates) {
      const words = into.get(c.id) ?? new Set<string>();
      words.add(text.slice(m.start, m.end).toLowerCase());
      into.set(c.id, words);
    }
  return into;
}

/**
 * "263 million cases" in a story about malaria and nothing else are malaria cases (measures.json `documentFacetKinds`);
 * "production was 358,000 tonnes" in one about copper, copper production. (A commodity is weighed or measured, never
 * counted: "Toyota produced 9 million vehicles" in a story that names steel is no steel.)
 */
function withDocumentFacets(p: Proposition, documentFacets: () => ReadonlyMap<string, string>, unitKind: string): Proposition {
  const kinds = (measures.get(p.measure)?.documentFacetKinds ?? []).filter((kind) => kind !== 'commodity' || unitKind !== 'count');
  const missing = kinds.filter((kind) => !p.facets.some((f) => facetLexicon.get(f)?.kind === kind));
  if (!missing.length) return p;
  const named = documentFacets();
  const added = missing.map((kind) => named.get(kind)).filter((f): f is string => f !== undefined);
  return added.length ? { ...p, facets: [...new Set([...p.facets, ...added])].sort() } : p;
}

function stripWorkingFields(period: Period): Period {
  const {
    fiscal: _fiscal,
    yearUnstated: _yearUnstated,
    fiscalNamed: _fiscalNamed,
    closesYear: _closesYear,
    fiscalOffset: _fiscalOffset,
    eventYear: _eventYear,
    eventHeld: _eventHeld,
    ...rest
  } = period;
  return rest;
}

export type { PassageSpan } from './passages.js';
export type * from './types.js';
