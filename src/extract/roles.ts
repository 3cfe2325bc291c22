import { entities, slug } from '../lexicon/entities.js';
import { CITED_BY } from './forecaster.js';
import type { Measure } from '../lexicon/measures.js';
import { figureOfClauseOpenedBy, isSubjectEntity, subjectOf, type EntityMention, type SentenceMentions } from './mentions.js';
import { REASON } from './reason-phrase.js';
import { quickEdges } from './word-edges.js';

/** Entities named around the sentence, for parts the sentence leaves open. Ids already stand for their jurisdiction. */
export interface RoleContext {
  /** Entities named in the earlier sentences of the paragraph, most recent last. */
  paragraph: string[];
  /** The first entity of each earlier sentence of the paragraph (its likely subject), most recent last: what "its" and "the country" refer to. */
  subjects: string[];
  /** Entities named in the headline, in order. */
  headline: string[];
  /**
   * The headline's clauses ("Smartphone Shipments Fall, Apple Grabs #1 Spot"): the parties and
   * measures each names. A single party is carried from the headline only where it is the one
   * the headline gives the figure's measure (see headlineParties).
   */
  headlineClauses?: Array<{ ids: string[]; measures: string[] }>;
  /**
   * The headline tells of a ranking ("Apple tops smartphone market", "Xiaomi grabs the top spot"): its party is who leads
   * it, not whom the market's figures are of.
   */
  headlineRanks?: boolean;
  /** The entity the document is mostly about, when one stands out. */
  dominant: string | null;
  /** Measures named in the headline and the earlier sentences of the paragraph. */
  measures: string[];
  /** Measure → the words (lower case) the document has named it by so far, the headline's included. */
  measureWords?: Map<string, Set<string>>;
  /** Named assets (pipelines, routes) of the headline and the paragraph so far. */
  assets: string[];
  /** What the publisher reports on, when it is an agency the gazetteer knows (the ONS → the United Kingdom). */
  publisher: string[];
  /** Measure → the parties the text has given a figure of it so far, whole (no facet). */
  measured: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Roles {
  /** Who is measured: two sorted ids for a symmetric pair, one otherwise, none when unresolved. */
  subject: string[];
  /** The other party of a directed measure (the destination of exports, the origin of imports). */
  counterpart: string | null;
}

// "ASEAN-bound exports", "U.S.-bound shipments": "-bound" right after the place, then the flow's words.
const BOUND_FOR = /^-bound\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const idOf = (m: EntityMention): string | null => {
  const id = subjectOf(m.id);
  return isSubjectEntity(id) ? id : null;
};

function distinct(ids: Array<string | null>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Measures a company holds, which a name opening the sentence owns. */

const PAIR_WORDS =
  /\b(?:the two(?: (?:countries|nations|sides|neighbou?rs|economies|states|powers|partners|governments|leaders))?|both (?:countries|nations|sides)|bilateral|mutual|two-way)\b/i;

/** The nearest entity before the measure's words, if it qualifies them ("China's imports", "Russian gas exports"). */
function ownerBefore(sentence: string, ents: EntityMention[], at: { start: number }): string | null {
  for (let i = ents.length - 1; i >= 0; i--) {
    const e = ents[i]!;
    if (e.end > at.start) continue;
    const gap = sentence.slice(e.end, at.start);
    if (/^(?:['’]s?)?\s*(?:[\p{L}-]+\s+){0,3}$/u.test(gap) && !/\b(?:and|or|to|from|with|than|between|by|in)\b/i.test(gap)) {
      // "The company reported global sales": "global" scopes the measure; its owner is named before it.
      if (idOf(e) === 'world' && !e.possessive && /^\s*$/.test(gap)) {
        const owner = ownerBefore(sentence, ents.slice(0, i), { start: e.start });
        if (owner) return owner;
      }
      return idOf(e);
    }
    return null;
  }
  return null;
}

/** "…, and Xiaomi was third with 145.9 million": the name opening the figure's own clause, after the measure's words. */
function clauseSubject(sentence: string, ents: EntityMention[], figure: { start: number }, measureAt: { end: number }): string | null {
  // (Between the measure's words and the figure, or anywhere before the figure when the words are not before it.)
  const from = measureAt.end < figure.start ? measureAt.end : 0;
  // The last name before the figure that opens a clause whose figures run, unbroken by a semicolon, to this one
  // ("…, Samsung shipped 53 million smartphones with a 16.3 % market share, and Xiaomi …").
  let found: EntityMention | null = null;
  for (const x of ents) {
    if (x.start < from || x.end > figure.start) continue;
    const first = figureOfClauseOpenedBy(sentence, x.start, x.end);
    if (first >= 0 && first <= figure.start && !sentence.slice(first, figure.start).includes(';')) found = x;
  }
  return found ? idOf(found) : null;
}

/**
 * "… for Dubai Airport DXB, which handled 87 million guests": a clause opened by "which" after a name, and measuring
 * before its figure, is that name's (its code written after it included), not the subject of the sentence.
 */
function antecedentOf(sentence: string, ents: EntityMention[], clauseStart: number, figureStart: number, measureAt: { start: number }): string | null {
  const which = /,\s+which\s+$/.exec(sentence.slice(Math.max(0, clauseStart - 12), clauseStart));
  // (Only where the clause's own words name the measure — "…, which delivered 735 jets", "…, which handled 87 million
  // guests" — and report no one else's: "…, which said inflation would slow to 2.7 %".)
  if (!which || clauseStart > figureStart || measureAt.start < clauseStart || REPORTING_VERB.test(sentence.slice(clauseStart, figureStart))) return null;
  const comma = clauseStart - which[0].length;
  const e = ents.findLast((x) => x.end <= comma);
  return e && /^(?:\s+\p{Lu}{2,4})?$/u.test(sentence.slice(e.end, comma)) ? idOf(e) : null;
}

const REPORTING_VERB =
  /^\s*(?:said|says|expects|expected|forecast|forecasts|estimated|estimates|predicted|predicts|reported|reports|projected|projects|sees|saw)\b/i;

/** "526,409 vehicles delivered by BYD": the agent of a passive measure verb. */
function agentAfter(sentence: string, ents: EntityMention[], at: { start: number; end: number }): string | null {
  const e = ents.find((x) => x.start >= at.end && /^\s+by\s+(?:the\s+)?$/i.test(sentence.slice(at.end, x.start)));
  return e ? idOf(e) : null;
}

// ("The trade surplus in Russia's favour"): a balance said to favour one party, which is of two.
const BALANCES = new Set(['trade-surplus', 'trade-deficit']);
const IN_FAVOUR = /\bin\s+(?:the\s+)?[\p{L}.'’ -]{2,40}?['’]s?\s+favou?r\b/iu;

// "shipments to the United States", "exports to the United States and the European Union": the words from a flow's
// mention (which may hold its preposition: "shipments to") to a place it goes to or comes from, a second place joined on.
const TO_PLACE_END = /\b(?:to|into|towards|from)\s+(?:the\s+)?(?:(?:[\p{L}.-]+\s+){1,4}?and\s+(?:the\s+)?)?$/iu;
const TO_PLACE_GAP = /^\s*(?:(?:to|into|towards|from)\s+)?(?:the\s+)?(?:(?:[\p{L}.-]+\s+){1,4}?and\s+(?:the\s+)?)?$/iu;

/** Whether a place is where the flow a measure's words name goes to or comes from, right after those words. */
export function placeOfFlow(sentence: string, flow: { start: number; end: number }, place: { start: number }): boolean {
  return flow.end <= place.start && TO_PLACE_GAP.test(sentence.slice(flow.end, place.start)) && TO_PLACE_END.test(sentence.slice(flow.start, place.start));
}

/**
 * The party the words introduce within [from, to); with `nearBefore`, the last such party before that offset when there
 * is one (a list of parallel clauses names one per figure), else the first.
 */
function introducedBy(sentence: string, ents: EntityMention[], words: RegExp, from: number, to: number, nearBefore?: number): string | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const e of ents) {
    if (e.start < from || e.end > to) continue;
    if (words.test(sentence.slice(Math.max(0, e.start - 16), e.start))) {
      const id = idOf(e);
      if (!id) continue;
      first ??= id;
      if (nearBefore !== undefined && e.end <= nearBefore) last = id;
      if (nearBefore === undefined) return id;
    }
  }
  return last ?? first;
}

/** Outside the measure's own words, a named country or organisation says more than "global" does. */
function specificFirst(ids: string[]): string[] {
  return [...ids.filter((id) => id !== 'world'), ...ids.filter((id) => id === 'world')];
}

/**
 * The parties the headline gives a figure of `measure`: those of the headline clause that names the
 * measure ("Japan's exports fall"); none when the headline names the measure without a party
 * ("Smartphone Shipments Fall, Apple Grabs #1 Spot": Apple grabbed a spot, the shipments are the
 * market's); where it does not name the measure, its one party, but none of two or more known ones
 * ("India, China among biggest emitters" says whose emissions no figure is).
 */
function headlineParties(context: RoleContext, measure: string | null): string[] {
  const clauses = context.headlineClauses;
  if (!clauses || !measure) return context.headline;
  const naming = clauses.filter((c) => c.measures.includes(measure));
  // ("Fossil CO2 emissions at record high in 2023, emissions up in India": a headline that states the measure of no party and
  // then of one gives the one party to none of the figures; the text says which are the whole's.)
  if (naming.length > 1 && naming.some((c) => c.ids.length === 0) && naming.some((c) => c.ids.length > 0)) return [];
  if (naming.length) return distinct(naming.flatMap((c) => c.ids));
  // (A ranking's headline gives no party to a measure it does not name: "Apple tops smartphone market" over "Shipments fell
  // 3.2 % to 1.17 billion units" is the market's fall, not Apple's.)
  if (context.headlineRanks) return [];
  // (Only parties the gazetteer knows count here: a title-case headline makes names of common words.)
  return distinct(context.headline.filter((id) => id !== 'world' && entities.has(id))).length >= 2 ? [] : context.headline;
}

const PLACE_KINDS = new Set(['country', 'region', 'bloc']);

/**
 * "EV sales in the United States and Canada increased by 8.8 %": a place the subject is joined to by "and", of its kind and
 * before the figure, makes the party the two together — a figure of neither alone.
 */
function jointWith(sentence: string, ents: EntityMention[], subject: string, figure: { start: number; end: number }): string[] {
  const kind = entities.get(subject)?.kind;
  if (!kind || !PLACE_KINDS.has(kind)) return [subject];
  // (Not figures given to each in turn: "Japan and Taiwan boosted their spending by 11 percent each", "… $916 billion and $296
  // billion, respectively".)
  if (/\brespectively\b/i.test(sentence) || /^\s*(?:each|apiece)\b/i.test(sentence.slice(figure.end, figure.end + 12))) return [subject];
  const at = ents.find((e) => idOf(e) === subject && e.end <= figure.start && !e.possessive);
  if (!at) return [subject];
  const other = ents.find((e) => {
    if (e === at || e.possessive || e.form === 'demonym' || entities.get(e.id)?.kind !== kind || e.end > figure.start) return false;
    const [a, b] = e.start < at.start ? [e, at] : [at, e];
    return /^\s+(?:and|&)\s+(?:the\s+)?$/i.test(sentence.slice(a.end, b.start)) && !/\bbetween\s+(?:the\s+)?$/i.test(sentence.slice(0, a.start));
  });
  const otherId = other ? idOf(other) : null;
  return otherId && otherId !== subject ? [subject, otherId].sort() : [subject];
}

function fromContext(
  context: RoleContext,
  sentenceIds: string[],
  not: string | null,
  ownSubject: string | null = null,
  measure: string | null = null,
): string | null {
  // A sentence that opens with a subject of its own we cannot place takes no party from around it.
  if (ownSubject) return specificFirst(sentenceIds).find((id) => id !== not) ?? null;
  const pool = [
    ...specificFirst(sentenceIds),
    ...[...context.subjects].reverse(),
    ...[...context.paragraph].reverse(),
    ...headlineParties(context, measure),
    ...(context.dominant ? [context.dominant] : []),
    ...context.publisher,
  ];
  return pool.find((id) => id !== not) ?? null;
}

const WITH_THE_WORLD = quickEdges(
  /\b(?:total|overall|foreign|external)\s+(?:merchandise\s+|goods\s+)?trade\b|\btrade\s+with\s+the\s+(?:rest\s+of\s+the\s+)?world\b/iu,
);

function pairFrom(sentence: string, ents: EntityMention[], clause: { start: number; end: number }, context: RoleContext): string[] {
  for (let i = 0; i + 1 < ents.length; i++) {
    const a = ents[i]!;
    const b = ents[i + 1]!;
    const gap = sentence.slice(a.end, b.start);
    const joined =
      /^\s?[-–—/]\s?$/.test(gap) ||
      (/^\s+(?:and|&)\s+(?:the\s+)?$/i.test(gap) &&
        (/\bbetween\s+(?:the\s+)?$/i.test(sentence.slice(0, a.start)) || (a.start >= clause.start && b.end <= clause.end)));
    if (joined) {
      const pair = distinct([idOf(a), idOf(b)]);
      if (pair.length === 2) return pair.sort();
    }
  }
  const inClause = ents.filter((e) => e.start >= clause.start && e.end <= clause.end);
  const partner = inClause.find((e) => /\bwith\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 10), e.start)));
  if (partner) {
    const b = idOf(partner);
    const a = fromContext(context, distinct(ents.map(idOf)), b);
    if (a && b) return [a, b].sort();
  }
  if (PAIR_WORDS.test(sentence)) {
    // "the two" are most often the pair the piece is about: a party named here and the other one of the headline.
    const here = distinct(ents.filter((e) => e.start < clause.end).map(idOf));
    const other = here.length === 1 ? context.headline.find((id) => id !== here[0]) : undefined;
    if (here.length === 1 && other && context.headline.includes(here[0]!)) return [here[0]!, other].sort();
    const recent = distinct([...here, ...[...context.paragraph].reverse(), ...context.headline]);
    if (recent.length >= 2) return recent.slice(0, 2).sort();
  }
  const clauseIds = distinct(inClause.map(idOf));
  if (clauseIds.length === 2) return clauseIds.sort();
  // ("China's total trade reached $5.9 trillion", "Vietnam's foreign trade": one country's trade with all the others is
  // its trade with the world.)
  if (clauseIds.length === 1) return clauseIds[0] !== 'world' && WITH_THE_WORLD.test(sentence) ? [clauseIds[0]!, 'world'].sort() : clauseIds;
  // A sentence that names neither party continues the paragraph's or the headline's pair.
  const around = distinct([...distinct(ents.map(idOf)), ...[...context.paragraph].reverse(), ...context.headline]);
  return around.length >= 2 ? around.slice(0, 2).sort() : [];
}

/** Who the figure is about and, for directed measures, the other party. */
export function findRoles(
  sentence: string,
  figure: { start: number; end: number },
  measureAt: { start: number; end: number },
  measure: Measure,
  mentions: SentenceMentions,
  context: RoleContext,
  statType: string = 'level',
): Roles {
  const ents = mentions.entities;
  const span = { start: Math.min(figure.start, measureAt.start), end: Math.max(figure.end, measureAt.end) };
  const clause = clauseBetween(sentence, span);
  const average = averageOf(sentence, ents, figure);
  if (average !== undefined) return { subject: average ? [average] : [], counterpart: null };
  const possessor = statType === 'share' || measure.roles === 'pair' || measure.roles === 'none' ? null : possessorOf(sentence, ents, figure);
  switch (measure.roles) {
    case 'none':
      return { subject: [], counterpart: null };
    case 'pair':
      if (statType === 'share') return shareRoles(sentence, figure, ents, clause);
      return { subject: pairFrom(sentence, ents, clause, context), counterpart: null };
    case 'directed': {
      if (marketTotal(sentence, ents, measureAt, measure, context)) return { subject: marketOf(context), counterpart: null };
      // ("Apple shipped 234.6 million phones, followed by Samsung, with 226.6 million": a company's entry in a ranking of the
      // companies that own the measure; of a flow between places, an entry may as well be where it goes.)
      const entry = measure.ownedByName ? rankingEntry(sentence, ents, figure, (e) => companyLike(e.id)) : undefined;
      const entryId = entry ? idOf(entry) : null;
      if (entryId) return { subject: [entryId], counterpart: null };
      // "Norway's stake in Equinor", "raised its stake in Nintendo": the holder before the words, what is held after "in".
      const heldIn =
        statType === 'share' ? ents.find((e) => e.start >= measureAt.end && /^\s+in\s+(?:the\s+)?$/i.test(sentence.slice(measureAt.end, e.start))) : undefined;
      const holder =
        heldIn &&
        (ownerBefore(sentence, ents, measureAt) ??
          [...ents]
            .reverse()
            .map((e) => (e.end <= measureAt.start && e.start >= clause.start ? idOf(e) : null))
            .find(Boolean));
      // A stake is in the company itself, not in the country it answers to.
      const held = heldIn && (entities.get(heldIn.id)?.kind === 'company' ? heldIn.id : idOf(heldIn));
      if (held && holder && holder !== held) return { subject: [holder], counterpart: held };
      const inbound = !!measure.inbound;
      // ("according to the Cabinet Office", "due to Boeing": a source or a cause, never the party a flow goes to.)
      const toWords = /(?<!(?:cording|\bdue|\bthanks|\bowing)\s+)\b(?:to|into|for|towards)\s+(?:the\s+)?$/i;
      const fromWords = /\bfrom\s+(?:the\s+)?$/i;
      // "imports of Russian crude": the origin named as an adjective of what is imported.
      const ofOrigin = inbound
        ? ents.find((e) => e.form === 'demonym' && e.start >= measureAt.end && /^\s+of\s+(?:the\s+)?$/i.test(sentence.slice(measureAt.end, e.start)))
        : undefined;
      // "ASEAN-bound exports", "U.S.-bound shipments": the destination written before the flow.
      const bound = inbound
        ? undefined
        : ents.find((e) => e.start >= clause.start && e.end <= measureAt.start && BOUND_FOR.test(sentence.slice(e.end, measureAt.start)));
      // ("In trade with the United States, Japan's surplus stood at ¥9 trillion, with exports rising 11.0 %": the partner the
      // sentence opens on is the other party of each flow it states.)
      const partner =
        ents.find((e) => e.start < figure.start && TRADE_WITH.test(sentence.slice(Math.max(0, e.start - 24), e.start))) ??
        // ("its $2.3 billion acquisition of TV maker Vizio": what the deal is of.)
        (measure.counterpartOf
          ? ents.find((e) => e.start >= measureAt.end && /^\s+of\s+(?:[\p{L}-]+\s+){0,3}?$/iu.test(sentence.slice(measureAt.end, e.start)))
          : undefined);
      // ("Japan's trade deficit … as robust auto shipments to the United States lifted exports": a place after another measure's
      // noun is where that flow goes, not this one's counterpart.)
      const ofAnotherFlow = (e: EntityMention) => mentions.measures.some((m) => m.start !== measureAt.start && placeOfFlow(sentence, m, e));
      // ("exports to France fell 1.7% and those to Italy 1.6%": of several destinations, the one nearest before the figure.)
      const counterpart =
        introducedBy(
          sentence,
          ents.filter((e) => !ofAnotherFlow(e)),
          inbound ? fromWords : toWords,
          clause.start,
          clause.end,
          figure.start,
        ) ??
        (ofOrigin ? idOf(ofOrigin) : null) ??
        (bound ? idOf(bound) : null) ??
        (partner ? idOf(partner) : null);
      const counterpartWords = inbound ? fromWords : toWords;
      const isDestination = (e: EntityMention) => e === bound || e === partner || counterpartWords.test(sentence.slice(Math.max(0, e.start - 16), e.start));
      // (The place a flow is bound for, or the partner traded with, is never its owner: "U.S.-bound shipments" are the shipments
      // of the country the text is about.)
      const owners = bound || partner ? ents.filter((e) => e !== bound && e !== partner) : ents;
      const antecedent = antecedentOf(sentence, owners, clause.start, figure.start, measureAt);
      const subject =
        (antecedent !== counterpart ? antecedent : null) ??
        (possessor !== counterpart ? possessor : null) ??
        clauseSubject(sentence, owners, figure, measureAt) ??
        agentAfter(sentence, owners, measureAt) ??
        ownerBefore(sentence, owners, measureAt) ??
        introducedBy(sentence, owners, inbound ? toWords : fromWords, clause.start, clause.end) ??
        distinct(owners.filter((e) => e.start >= clause.start && e.end <= clause.end && !isDestination(e)).map(idOf)).find((id) => id !== counterpart) ??
        fromContext(
          context,
          // (Another destination of the sentence is no flow's owner: "exports to France fell 1.7% and those to Italy 1.6%".)
          distinct(ents.filter((e) => !isDestination(e) || idOf(e) === counterpart).map(idOf)),
          counterpart,
          mentions.opensWithUnknownName ?? null,
          measure.id,
        );
      if (!subject || subject === counterpart) return statType === 'share' ? shareRoles(sentence, figure, ents, clause) : { subject: [], counterpart };
      // ("The trade surplus in Russia's favour fell 23.8 %", after China's imports from Russia and exports to it: a balance in
      // one party's favour is of two, the other being the one the paragraph has traded with.)
      if (!counterpart && BALANCES.has(measure.id) && IN_FAVOUR.test(sentence.slice(clause.start, clause.end))) {
        const other = distinct([...context.paragraph].reverse()).find((id) => id !== subject && PLACE_KINDS.has(entities.get(id)?.kind ?? ''));
        if (other) return { subject: [subject], counterpart: other };
      }
      // "half of Russia's oil exports went to China": the share belongs to the destination (or origin) out of the flow's owner.
      if (statType === 'share') return counterpart ? { subject: [counterpart], counterpart: subject } : shareRoles(sentence, figure, ents, clause);
      return { subject: [subject], counterpart };
    }
    case 'single': {
      if (statType === 'share') return shareRoles(sentence, figure, ents, clause);
      if (marketTotal(sentence, ents, measureAt, measure, context)) return { subject: marketOf(context), counterpart: null };
      const own = measure.ownedByName ? ownGlobalTotal(sentence, ents, measureAt, mentions, context) : null;
      if (own) return { subject: [own], counterpart: null };
      // ("3.5 million visitors from China": a part of the whole by origin, which a single party cannot say.)
      const origins = measure.partyIsOrigin ? new Set<EntityMention>() : originsOf(sentence, ents);
      const from = ents.filter((e) => e.start >= clause.start && e.end <= clause.end && origins.has(e));
      if (from.length > 0)
        return measure.inbound ? hostAndOrigin(sentence, ents, figure, measureAt, from, possessor, measure, context) : { subject: [], counterpart: null };
      // "rates were lowest in Belgium (minus 0.8 %), Denmark (0.3 %) and Italy (0.6 %)": a bracketed figure is the party listed right before it.
      const listed = ents.find((e) => e.end <= figure.start && LISTED_BRACKET.test(sentence.slice(e.end, figure.start)));
      const listedId = listed && !origins.has(listed) ? idOf(listed) : null;
      if (listedId) return { subject: [listedId], counterpart: null };
      // ("… came second with 87 seats, followed by the MK Party with 58 seats and the EFF with 39 seats": an entry of a
      // ranking, then "with" and its figure.)
      const entry = rankingEntry(sentence, ents, figure, (e) => !origins.has(e));
      const entryId = entry ? idOf(entry) : null;
      if (entryId) return { subject: [entryId], counterpart: null };
      if (possessor) return { subject: [possessor], counterpart: null };
      const subject =
        clauseSubject(sentence, ents, figure, measureAt) ??
        antecedentOf(sentence, ents, clause.start, figure.start, measureAt) ??
        agentAfter(sentence, ents, measureAt) ??
        ownerBefore(sentence, ents, measureAt) ??
        introducedBy(
          sentence,
          ents,
          /\b(?:in|of|for|to|into)\s+(?:the\s+)?$/i,
          measureAt.end,
          Math.min(clause.end, Math.max(measureAt.end, figure.start) + 1),
        ) ??
        specificFirst(
          distinct(
            ents
              .filter(
                (e) =>
                  e.start >= clause.start &&
                  e.end <= figure.start &&
                  !leadsTheWhole(sentence, e, figure) &&
                  !origins.has(e) &&
                  !citedAsSource(sentence, e) &&
                  !inReasonPhrase(sentence, e, figure),
              )
              .map(idOf),
          ),
        )[0] ??
        fromContext(
          context,
          distinct(
            [
              ...ents.filter((e) => e.end <= figure.start),
              ...ents.filter((e) => e.start >= figure.end && !nextInRanking(sentence, e) && !servedPlace(sentence, e)),
            ]
              .filter((e) => !leadsTheWhole(sentence, e, figure) && !origins.has(e) && !citedAsSource(sentence, e) && !inReasonPhrase(sentence, e, figure))
              .map(idOf),
          ),
          null,
          mentions.opensWithUnknownName ?? null,
          measure.id,
        ) ??
        // ("According to Eurostat data, consumer prices increased 2.4 %": the agency cited stands for its jurisdiction last.)
        distinct(ents.filter((e) => entities.get(e.id)?.kind === 'agency' && citedAsSource(sentence, e)).map(idOf))[0] ??
        // "Asus took a 6.8 % market share": an organisation's own measure belongs to the name that opens the sentence.
        (measure.ownedByName && !COMMON_NOUN.test(mentions.opensWithUnknownName ?? '') ? (mentions.opensWithUnknownName ?? null) : null);
      return { subject: subject ? jointWith(sentence, ents, subject, figure) : [], counterpart: null };
    }
  }
}

// ("Samsung's 226.6 million", "Japan's own $0.9 trillion", "Germany's estimated 1.5 %": only words that qualify the figure between.)
const POSSESSED_FIGURE = /^['’]s?\s+(?:(?:own|estimated|reported|record|total|combined|roughly|about|around|nearly|almost|some|over|just|a)\s+)*$/i;

/**
 * "Apple's shipments reached 234.6 million, outpacing Samsung's 226.6 million": a party written in the
 * possessive right before a figure owns that figure, whoever the measure's words were first said of.
 */
function possessorOf(sentence: string, ents: EntityMention[], figure: { start: number }): string | null {
  const e = ents.findLast((x) => x.end <= figure.start);
  if (!e) return null;
  // ("… surpassing Venezuela, with its annual 2023 inflation rate estimated around 193 %": "its" right after the name is the name's.)
  if (WITH_ITS.test(sentence.slice(e.end, figure.start))) return idOf(e);
  return e.possessive && POSSESSED_FIGURE.test(sentence.slice(e.end, figure.start)) ? idOf(e) : null;
}
const WITH_ITS = /^\s*,?\s+with\s+(?:its|their)\s+[^,;.()]{0,80}$/i;

const CITED_BEFORE =
  /\baccording\s+to\s+(?:the\s+)?(?:(?:latest|new|preliminary|official|flash)\s+)?(?:(?:data|figures|estimates|statistics)\s+(?:from|by)\s+(?:the\s+)?)?$/i;
const CITED_AFTER =
  /^(?:['’]s?)?\s+(?:(?:flash|preliminary|official|latest|new)\s+)?(?:data|figures|estimates?|statistics|numbers|report)\b|^\s+(?:said|says|reported|reports|estimated|estimates|announced)\b/i;

/**
 * "according to Eurostat data", "Eurostat data showed", "ONS said": an agency cited as the source of a figure. Eurostat
 * reports on the euro area as well as the European Union: cited, it says where the number comes from, not whom it is of.
 */
export function citedAsSource(sentence: string, e: EntityMention): boolean {
  const kind = entities.get(e.id)?.kind;
  if (kind !== 'agency') {
    // "according to Nielsen's ratings", "69.27 trillion won expected by LSEG analysts": a firm or a name we do not know,
    // cited as the source of a number or as the one who expected it, is not whom the number is of (a firm that
    // "reported" its own figures is, so only these words count).
    if (kind !== undefined && kind !== 'company') return false;
    const before = sentence.slice(Math.max(0, e.start - 60), e.start);
    return CITED_BEFORE.test(before) || FORECASTER_BEFORE.test(before) || RESEARCHER_BEFORE.test(before);
  }
  return CITED_BEFORE.test(sentence.slice(Math.max(0, e.start - 60), e.start)) || CITED_AFTER.test(sentence.slice(e.end, e.end + 40));
}

// "market research firm IDC", "financial data company FactSet", "the University of Exeter": who counts or studies, not who is counted.
const RESEARCHER_BEFORE =
  /\b(?:(?:(?:market|industry)\s+)?research|data|analytics|analyst|consultancy|consulting|polling|tracking|ratings?)\s+(?:firm|company|group|house|agency|provider|outfit|consultancy)\s+(?:the\s+)?$|\b(?:University|Institute|College|School)\s+of\s+(?:the\s+)?$/i;

const FORECASTER_BEFORE = new RegExp(String.raw`\b(?:${CITED_BY}|(?:forecasts?|projections?)\s+(?:by|from|of))\s+(?:the\s+)?$`, 'i');

// Between an entry of a ranking and its figure: its abbreviation in brackets or "Party" at most, then "with".
const WITH_FIGURE_AFTER = /^(?:\s*\([^()]{1,20}\))?(?:\s+[Pp]arty)?(?:,?\s+with|\s+on|,)\s+(?:(?:about|around|nearly|over|more\s+than|some)\s+)?[$€£¥]?$/;
// Before it: where a ranking goes on ("followed by the", ", and the", "while the"), not a verb it is the object of ("beat Samsung with").
const ENTRY_BEFORE = /(?:\bfollowed\s+by|[,;]|\band|\bwhile|\bthen)\s+(?:the\s+)?$/i;
/** "…, followed by the MK Party with 58 seats", "…, and the Canary Islands, with 13.9 million": the ranking's entry the figure is held with. */
function rankingEntry(sentence: string, ents: EntityMention[], figure: { start: number }, admits: (e: EntityMention) => boolean): EntityMention | undefined {
  return ents.find(
    (e) =>
      e.end <= figure.start &&
      WITH_FIGURE_AFTER.test(sentence.slice(e.end, figure.start)) &&
      ENTRY_BEFORE.test(sentence.slice(Math.max(0, e.start - 20), e.start)) &&
      admits(e),
  );
}
const LISTED_BRACKET = /^\s?\(\s*(?:minus\s+|plus\s+|both\s+|each\s+|at\s+|about\s+|around\s+)?$/i;

// ("Tourism revenue reached …": a capitalised common noun opening the sentence, by its ending, owns nothing.)
const COMMON_NOUN = /^[a-z]+(?:ism|tion|sion|ment|ness|ing|ance|ence|ure|ship|hood)$/;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const SOURCE_AFTER = quickEdges(
  /^\s+(?:was|is|were|are|remained|became)\s+(?:once\s+again\s+|again\s+|still\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(?:biggest|largest|top|main|leading|biggest|primary|second|third|fourth|fifth|second-largest|third-largest|second-biggest)\s+(?:[\p{L}-]+\s+)?(?:source|market|origin)\b|^\s+(?:accounted|accounts)\s+for\s+(?:the\s+)?(?:largest|biggest|highest|greatest|most|second-largest|second-highest)\s+(?:number|share|portion|proportion|group)\s+of\s+(?:foreign\s+|international\s+|overseas\s+)?(?:visitors|tourists|arrivals|travell?ers|entrants)\b/iu,
);
// ("Chinese tourists", "United Kingdom visitors": a place, or its people, right before the travellers it names is where they
// come from; a singular noun, "UK visitor numbers", is as often of the place visited.)
const VISITORS_AFTER = /^\s+(?:visitors|tourists|travell?ers|holiday-?makers|vacationers|holidaygoers)\b/i;
const LISTED_AFTER = /^(?:[^.;]|\.\d){0,100}?\b(?:followed\s+by|ahead\s+of|then|and)\s+(?:the\s+)?$/i;

/**
 * "visitors from Malaysia", "Malaysia was the biggest source of visitors with 4.5 million, followed by China with
 * 3.5 million": where the measured things come from is not whose measure it is (a single-party measure has no
 * place for an origin, so the figure is left without a party rather than given the wrong one).
 */
function originsOf(sentence: string, ents: EntityMention[]): Set<EntityMention> {
  // (Only a place is an origin: "data from the IEA" names a source, "deliveries from Gazprom" a supplier.)
  const marked = ents.filter(
    (x) =>
      PLACE_KINDS.has(entities.get(x.id)?.kind ?? '') &&
      (FROM_BEFORE.test(sentence.slice(Math.max(0, x.start - 12), x.start)) ||
        SOURCE_AFTER.test(sentence.slice(x.end, x.end + 80)) ||
        VISITORS_AFTER.test(sentence.slice(x.end, x.end + 24))),
  );
  const origins = new Set(marked);
  for (const e of ents) {
    const first = marked.find((x) => x.end <= e.start);
    if (first && LISTED_AFTER.test(sentence.slice(first.end, e.start))) origins.add(e);
  }
  return origins;
}

// ("In trade with the United States", "the trade deficit with mainland China": the partner of the flows a sentence states.)
const TRADE_WITH = /\b(?:trade|trading|commerce|deficit|surplus|balance|imbalance)\s+with\s+(?:the\s+)?(?:mainland\s+)?$/i;
// ("visitors to Japan", "arrivals from South Korea to Japan": the place right after the flow's words, or after its origin.)
const TO_HOST = /^(?:\s+from\s+(?:the\s+)?[^,;]{1,40}?)?\s+(?:to|into)\s+(?:the\s+)?$/i;

/**
 * "Visitors from South Korea to Japan rose to 8.63 million", "South Korea accounted for the largest number of visitors,
 * with 8.63 million, followed by Taiwan with 5.69 million": a flow that comes in, told by where it comes from, is the
 * host's flow from there. The host is the place the clause names it goes to, the possessor ("Japan's visitors from …"),
 * or else the one party the text has already given the flow's whole figure; the origin is the one nearest before the
 * figure ("followed by Taiwan, at 5.69 million"), else the first.
 */
function hostAndOrigin(
  sentence: string,
  ents: EntityMention[],
  figure: { start: number },
  measureAt: { end: number },
  from: EntityMention[],
  possessor: string | null,
  measure: Measure,
  context: RoleContext,
): Roles {
  const origin = from.findLast((e) => e.end <= figure.start) ?? from[0]!;
  const originId = idOf(origin);
  const named = ents.find((e) => !from.includes(e) && e.start >= measureAt.end && TO_HOST.test(sentence.slice(measureAt.end, e.start)));
  const measured = [...(context.measured.get(measure.id) ?? [])];
  const host = (named ? idOf(named) : null) ?? possessor ?? (measured.length === 1 ? measured[0]! : null);
  return host && originId && host !== originId && originId !== 'world' ? { subject: [host], counterpart: originId } : { subject: [], counterpart: null };
}

const LED_BY = /\b(?:led|driven|dominated|topped|headed|spearheaded|powered)\s+(?:once\s+again\s+|again\s+|mainly\s+|mostly\s+|largely\s+)?by\s+(?:the\s+)?$/i;
const LEADING = /^\s+(?:(?:once\s+)?again\s+)?(?:leading|led|dominating|topping)\b/i;
/** "with the vast majority (of cases) occurring in …", "with most of them in India and Indonesia": where the larger part of the whole is. */
const MOST_IN =
  /\bwith\s+(?:the\s+)?(?:(?:vast|overwhelming|great|large)\s+)?(?:majority|bulk|most|lion['’]s\s+share)\b[^,;()]{0,60}?\b(?:in|among|from)\s+(?:the\s+)?(?:\p{Lu}[^;()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?)?$/iu;
/** "with Africa accounting for the vast majority", "with China making up 60 %": the party named as the larger part of the whole. */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
const MAKES_UP = /^\s+(?:accounting\s+for|making\s+up|representing|contributing)\b/i;

/**
 * "The 473 GW of expansion was led by Asia", "… reached 473 GW, with Asia again leading the way",
 * "597,000 deaths, with the vast majority in Africa", "with Africa accounting for most of them": the
 * party that leads a total or holds most of it is a part of it, not the party the total belongs to.
 */
function leadsTheWhole(sentence: string, e: EntityMention, figure: { end: number }): boolean {
  // ("driven by China, whose capacity rose 63 %": the party a relative clause goes on about owns what it says.)
  if (/^\s*,\s*(?:whose|where|which)\b/i.test(sentence.slice(e.end, e.end + 12))) return false;
  const before = sentence.slice(Math.max(0, e.start - 90), e.start);
  if (LED_BY.test(before.slice(-40)) || LEADING.test(sentence.slice(e.end, e.end + 30))) return true;
  // (Only for the whole stated before: "with BYD accounting for 3 million" is BYD's own figure.)
  return e.start >= figure.end && (MOST_IN.test(before) || (WITH_BEFORE.test(before) && MAKES_UP.test(sentence.slice(e.end, e.end + 30))));
}

/**
 * "The US accounted for 38 % of world military spending": a share belongs to the part (the US),
 * taken out of the whole named after "of" (the world). A share whose part is not an entity we know
 * ("the top five spenders") stays unresolved.
 */
function shareRoles(sentence: string, figure: { start: number; end: number }, ents: EntityMention[], clause: { start: number; end: number }): Roles {
  const inClause = ents.filter((e) => e.start >= clause.start && e.end <= clause.end);
  const part =
    [...inClause].reverse().find((e) => e.end <= figure.start && idOf(e) !== 'world') ??
    inClause.find((e) => e.start >= figure.end && idOf(e) !== 'world' && !/\bof\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 8), e.start)));
  const partId = part ? idOf(part) : null;
  if (!partId) return { subject: [], counterpart: null };
  const whole = inClause.find((e) => e !== part && /\bof\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 8), e.start)));
  return { subject: [partId], counterpart: whole ? idOf(whole) : null };
}

const BOUNDARY =
  /;|\s[—–]\s|,\s+(?:while|whereas|but|although|though|which|meaning that|with\s+(?:most|much|many|some|the\s+(?:bulk|majority|rest|remainder))\b)\s/g;

function clauseBetween(sentence: string, span: { start: number; end: number }): { start: number; end: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(BOUNDARY)) {
    if (m.index + m[0].length <= span.start) from = m.index + m[0].length;
    else if (m.index >= span.end) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}

// "the OECD average of 1.58", "the average for EU countries (3.4 %)", "the national average, 32.1 %": an average the figure is.
const AVERAGE_TO_FIGURE =
  /^\s*(?:(?:for|across|in|among)\s+(?:the\s+)?([^,;.()]{1,40}?)\s*)?(?:(?:of|at|was|is|stood\s+at|came\s+in\s+at|,)\s*|\(\s*)(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;
const AVERAGE_MODIFIERS = quickEdges(/\b(?:the|an?)\s+((?:[\p{L}.'’-]+\s+){0,3}?)$/iu);
const COMPARED_BEFORE =
  /\b(?:above|below|under|over|than|compared\s+(?:with|to)|against|versus|vs\.?|exceed(?:s|ed|ing)?|beat|trail(?:s|ed|ing)?|topp?(?:s|ed|ing)?)\b/i;

/**
 * "significantly below the OECD average of 1.58", "compared with the EU average of 3.4 %", "well above the national
 * average of 32.1 %": a comparison figure, the average of a group. Its party is the group named with it (the world for
 * "the global average"), none for "the national average" of a country's part; undefined when the figure is no such average.
 */
function averageOf(sentence: string, ents: EntityMention[], figure: { start: number }): string | null | undefined {
  const before = sentence.slice(0, figure.start);
  const at = before.search(/\baverage\b(?![\s\S]*\baverage\b)/i);
  if (at < 0 || figure.start - at > 90) return undefined;
  const after = AVERAGE_TO_FIGURE.exec(before.slice(at + 'average'.length));
  if (!after) return undefined;
  const lead = AVERAGE_MODIFIERS.exec(before.slice(Math.max(0, at - 50), at));
  if (!lead) return undefined;
  const leadStart = at - lead[0].length + lead[0].indexOf(lead[1] ?? '');
  const group = ents.find(
    (e) => (e.start >= leadStart && e.end <= at) || (after[1] !== undefined && e.start >= at && e.end <= figure.start && e.start > at + 7),
  );
  if (group) return subjectOf(group.id);
  const words = `${lead[1] ?? ''} ${after[1] ?? ''}`;
  if (/\b(?:global|world|worldwide|international)\b/i.test(words)) return 'world';
  if (/\b(?:national|nationwide|country['’]s|state|provincial|regional)\b/i.test(words)) return null;
  // ("well above the average of 3.4 %": an average of nobody named is still no party's own figure.)
  return COMPARED_BEFORE.test(sentence.slice(Math.max(0, at - lead[0].length - 40), at - lead[0].length)) ? null : undefined;
}

const aroundOf = (context: RoleContext): string[] => [
  ...[...context.subjects].reverse(),
  ...[...context.paragraph].reverse(),
  ...context.headline,
  ...(context.dominant ? [context.dominant] : []),
];

const companyLike = (id: string) => {
  const kind = entities.get(id)?.kind;
  return kind === 'company' || (kind === undefined && id !== 'world');
};

// "total smartphone shipments", "overall industry sales", "market-wide deliveries": the measure said of the whole.
const WHOLE_OF_MEASURE = quickEdges(/\b(?:total|overall|combined|aggregate|industry(?:-wide)?|market(?:-wide)?)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
// ("If we look at the market in total, the smartphone shipments declined 3.2 %", "For the industry as a whole, sales rose 4 %".)
const MARKET_AS_A_WHOLE = quickEdges(
  /\b(?:(?:market|industry|sector)\s+(?:in\s+total|as\s+a\s+whole|overall)|(?:overall|total|whole|entire)\s+(?:[\p{L}-]+\s+)?(?:market|industry|sector)(?!\s+shares?\b))\b/iu,
);

/**
 * "Samsung shipped 225 million phones in 2024. Apple shipped 223 million. … Overall, total smartphone shipments rose by
 * 6.4 %": a company's measure said of the whole, in a sentence that names no party, where the text has given figures of
 * that measure to several companies, is the market's total (or a group's of those brands: "Total group sales fell 12 %"
 * after Jeep's and Peugeot's), no one company's; its party is not taken from around it. (Where one company has such
 * figures, "Total deliveries in 2024 were 1.79 million" and "Total revenue rose 15 %" stay its own, whoever else is named.)
 */
function marketTotal(sentence: string, ents: EntityMention[], measureAt: { start: number }, measure: Measure, context: RoleContext): boolean {
  if (!measure.ownedByName || ents.length > 0) return false;
  if (!WHOLE_OF_MEASURE.test(sentence.slice(Math.max(0, measureAt.start - 40), measureAt.start)) && !MARKET_AS_A_WHOLE.test(sentence.slice(0, measureAt.start)))
    return false;
  const companies = new Set<string>();
  for (const id of [measure.id, ...Object.values(measure.statesAs ?? {})])
    for (const party of context.measured.get(id) ?? []) if (companyLike(party)) companies.add(party);
  return companies.size >= 2;
}

/**
 * Where a market measured as a whole (see marketTotal) is: the world's when neither the headline nor the paragraph so far names
 * a place ("Overall, total smartphone shipments fell 3.2 %" after Apple's and Samsung's, in a story of the global market); no
 * party's otherwise ("China's car market" names its place elsewhere).
 */
function marketOf(context: RoleContext): string[] {
  const places = [...context.headline, ...context.paragraph].some((id) => PLACE_KINDS.has(entities.get(id)?.kind ?? '') && id !== 'world');
  return places ? [] : ['world'];
}

/**
 * "Netflix adds 13.1 million paid subscribers worldwide", "its global operating revenue", "Apple's global sales": "global"
 * or "worldwide" next to a company's own measure scopes the company's total, it does not make the figure the world's.
 * The company is the one the sentence names (or opens with), else, when the sentence points back to it ("its", "the
 * company"), the one named around it. Null when the sentence is about no company ("global sales of electric cars").
 */
function ownGlobalTotal(
  sentence: string,
  ents: EntityMention[],
  measureAt: { start: number; end: number },
  mentions: SentenceMentions,
  context: RoleContext,
): string | null {
  const scope = ents.find((e) => {
    if (e.id !== 'world' || e.possessive) return false;
    const word = sentence.slice(e.start, e.end).toLowerCase();
    if (e.end <= measureAt.start) return /^(?:global|worldwide)$/.test(word) && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(sentence.slice(e.end, measureAt.start));
    return e.start >= measureAt.end && /^(?:worldwide|globally)$/.test(word) && /^\s+$/.test(sentence.slice(measureAt.end, e.start));
  });
  if (!scope) return null;
  const named = ents.find((e) => e !== scope && companyLike(e.id));
  if (named) return named.id;
  if (mentions.opensWithUnknownName && companyLike(mentions.opensWithUnknownName)) return mentions.opensWithUnknownName;
  const around = aroundOf(context);
  // ("Netflix adds …": a company the text has named, opening the sentence with a verb the name finder does not know.)
  const opener = /^[\s"“‘']*(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*)\s+\p{Ll}/u.exec(sentence)?.[1];
  if (opener && around.includes(slug(opener)) && companyLike(slug(opener))) return slug(opener);
  if (!/\b(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(sentence.slice(Math.max(0, scope.start - 30), scope.start))) return null;
  return around.find(companyLike) ?? null;
}

/**
 * "Inflation peaked at 10.6 % in October 2022 following the upheaval wrought by Russia's war on Ukraine", "Following
 * Russia's invasion, prices …": a party named in a phrase of cause or circumstance beside the figure is why it moved, not
 * whose figure it is.
 */
function inReasonPhrase(sentence: string, e: EntityMention, figure: { start: number; end: number }): boolean {
  if (e.start >= figure.end) return REASON.test(sentence.slice(figure.end, e.start));
  const opened = sentence.slice(0, e.start).search(/[^,;:()]*$/);
  return REASON.test(sentence.slice(opened, e.start)) && /[,;]/.test(sentence.slice(e.end, figure.start));
}

/** "… over 214 destinations, with flights to Peru starting this winter": a place flights or routes go to is served, not the party. */
function servedPlace(sentence: string, e: EntityMention): boolean {
  // ("flights to Peru and Turkmenistan": the places listed after the first are served too.)
  return /\b(?:flights|routes|services|connections|links|departures)\s+(?:to|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|,?\s+and|,?\s+or)\s+)*$/iu.test(
    sentence.slice(Math.max(0, e.start - 60), e.start),
  );
}

/**
 * "… the highest death toll (1,293), followed by Taroudant (452)": a party named after the figure behind "followed by" is the
 * next one's; so is one named with its own figure after ", with" ("…, and the Canary Islands, with 13.9 million").
 */
function nextInRanking(sentence: string, e: EntityMention): boolean {
  return (
    /\b(?:followed\s+by|ahead\s+of|then|trailed\s+by|behind)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 16), e.start)) ||
    OWN_FIGURE_AFTER.test(sentence.slice(e.end, e.end + 40))
  );
}
const OWN_FIGURE_AFTER = /^(?:,?\s+with\s+|\s+on\s+|,\s+)(?:(?:about|around|nearly|almost|over|more\s+than|some|just)\s+)?[$€£¥]?\d/;
