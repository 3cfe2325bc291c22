import { CURRENCIES } from '../lexicon/currencies.js';
import { entities, entityForms, slug, type MentionForm } from '../lexicon/entities.js';
import { facetForms, measureForms, measureObjectForms, type Facet, type Measure } from '../lexicon/measures.js';
import { qualifierOfForm } from '../lexicon/qualifiers.js';
import { SurfaceForms } from '../lexicon/surface-forms.js';
import { bodyNamesOf, isBodyName } from './bodies.js';
import { capitalisedRuns } from './capitalised.js';
import { PERIOD_WORD, verbFigureMeasure, withoutPeriodWords } from './name-before-figure.js';
import { quickEdges } from './word-edges.js';

/** Where lexicon entries are named in one sentence; offsets are UTF-16 indices into it. */
export interface EntityMention {
  start: number;
  end: number;
  id: string;
  form: MentionForm;
  /** "China's", "Russia’s": the entity owns what follows. */
  possessive: boolean;
  /** Set for a name the gazetteer does not hold: its words, as written. */
  label?: string;
}

export interface MeasureMention {
  start: number;
  end: number;
  candidates: Measure[];
}

export interface FacetMention {
  start: number;
  end: number;
  facet: Facet;
}

export interface SentenceMentions {
  entities: EntityMention[];
  measures: MeasureMention[];
  facets: FacetMention[];
  /** "Asus held 6.8 % of the market": the sentence opens with a name we do not know, its own subject (its id). */
  opensWithUnknownName?: string | null;
}

// Words that spell an entity name but, in these positions, are not about it ("the Asian Development Bank" is no region's figure).
const NOT_AN_ENTITY_AFTER = /^\s+(?:Development Bank|Infrastructure Investment Bank|Football|Games|Cup|Monetary Fund)\b/;

const EPITHET_AFTER = quickEdges(
  /^['’]s?\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(?:largest|biggest|busiest|top|leading|number\s+(?:one|two|three|four|five|\d+)|no\.\s?\d+|greatest|highest|lowest|smallest|richest|poorest|fastest-growing|most\s+populous)\s+(?:[\p{L}-]+\s+){0,2}?(?:and\s+(?:[\p{L}-]+\s+){0,2}?)?(?:economy|economies|spenders?|exporters?|importers?|producers?|consumers?|emitters?|manufacturers?|makers?|automakers?|carmakers?|compan(?:y|ies)|firms?|buyers?|suppliers?|sellers?|powers?|nations?|countr(?:y|ies)|lenders?|creditors?|investors?|players?|hubs?|airports?|airlines?|carriers?|ports?|banks?|brands?|retailers?|operators?|shippers?|groups?|miners?|insurers?|refiners?|chipmakers?|conglomerates?)\b/iu,
);

const SET_ASIDE_BEFORE =
  /\b(?:excluding|except(?:\s+for)?|outside(?:\s+of)?|apart\s+from|other\s+than|aside\s+from|not\s+counting|leaving\s+out)\s+(?:the\s+)?$/i;
const DATELINE_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
// (A comma, a bracketed agency or a space before the dash: "China–Russia trade" opens with no dateline.)
const DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?(?:(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?(?:,\\s*${DATELINE_MONTH})?\\s*\\([^()]{1,40}\\)\\s*|(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?,\\s*${DATELINE_MONTH}\\s*|,\\s*\\p{Lu}[\\p{L}.'’-]{1,30}|\\s)(?:—|–|--)`,
  'u',
);
const CURRENCY_AFTER =
  /^\s+(?:won|yuan|renminbi|lira|liras|rupees?|rupiah|rand|reals?|pesos?|yen|roubles?|rubles?|dollars?|pounds?|francs?|krona|kronor|krone|kroner|dinars?|dirhams?|riyals?|rials?|shekels?|baht|ringgit|naira|shillings?|zloty|forint|koruna|lei|leu|lev|hryvnias?|tenge|taka|dong|pesos?|sol|soles|guaranis?|cedis?|kwacha|birr|som|manat|lari|dram|tugriks?)\b/;
// After a country's name rather than its adjective ("U.S. dollars", "Hong Kong dollars", "Singapore dollars"), only the
// currency nouns that are not also verbs: "Korea won the vote", "Russia pounds the city" name a party.
const CURRENCY_AFTER_NAME = /^\s+(?:dollars?|yuan|renminbi|yen|rupees?|rupiah|roubles?|rubles?|pesos?|francs?|reals?|ringgit|baht|dirhams?|riyals?)\b/;
const DESCRIBES_AFTER = /^-(?:based|born|headquartered|listed|registered)\b/;

// ("the January-March 2024 quarter": a range of months.)
const MONTH_WORD = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const NOT_A_PARTY_WORD = new RegExp(
  String.raw`^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:FY|CY)\d{2,4}|(?:Q[1-4]|H[12])(?:FY)?\d{2,4}|EUR|USD|GBP|JPY|CNY|RMB|CHF|INR|KRW|AUD|CAD|BRL|RUB|MXN|HKD|SGD|SEK|NOK|DKK|ZAR|TRY|COVID|COVID-19|Covid|Covid-19|Group|Company|(?:${MONTH_WORD})[-–/](?:${MONTH_WORD}))$`,
  'u',
);
const INSTITUTION_HEAD =
  /^(?:Ministry|Department|Office|Bureau|Agency|Commission|Institute|Council|Organi[sz]ation|Administration|Authority|Board|Service|University|College|School|Bank|Committee)$/;

/**
 * A capitalised word that opens sentences or heads tables rather than naming anyone ("The", "Record", "GDP"), or a
 * statistic's or a span's modifier capitalised to open a headline ("Yearly inflation in the eurozone reaches 2.4 %").
 */
export const isNotAName = (word: string): boolean => NOT_A_NAME.has(word) || STATISTIC_MODIFIERS.test(word) || TIME_MODIFIER.test(word);

const NOT_A_NAME = new Set(
  (
    'The A An In On At For By With As It Its This That These Those However But And Or Meanwhile While Despite According Similarly Also ' +
    'Last Next Since After Before During From To Of If When Where What Which Who Whom Whose Why How Although Though Because So Yet Still Such Some Many ' +
    'Most More All Both Each Every One Two Three He She They We I You Our Their His Her My Your There Here Then Now Today Yesterday ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October ' +
    'November December CEO President Minister Prime Deputy Chairman Chief Mr Mrs Ms Dr Sir Director Secretary Governor Chancellor ' +
    'GW MW KW TW GWh TWh MWh kWh PV EV EVs GDP CPI CO2 YE YoY AI IT TV PM AM GMT UTC DC AC FY Q1 Q2 Q3 Q4 H1 H2 bcm mcm Ltd Inc Corp ' +
    'Record Total Overall Annual Global Latest Official Combined Net Data Figures Statistics Report Reports News Breaking Updated Model ' +
    'Between Through Throughout Until Till Across Over Under Among Amid Amidst Within Against Without Unlike Toward Towards Around Via Per'
  ).split(' '),
);

export const RESPECTIVELY = /\brespectively\b/i;
// "with", or a verb that gives each party of a list its figure ("Xiaomi, OPPO and Transsion with 145.9, 103.1 and 94.9 million",
// "Samsung and Apple shipped 223.4 and 225.9 million").
const GIVES_EACH = String.raw`(?:with|(?:(?:have|has|had)\s+)?(?:shipped|sold|delivered|won|took|secured|received|earned|posted|reported|recorded|produced|exported|imported|added|gained|lost|(?:grew|rose|fell|increased|decreased|jumped|dropped)(?:\s+by)?))`;
// A list of figures after it, which a list of names before it pairs with in order.
const WITH_FIGURE_LIST = new RegExp(
  String.raw`\b${GIVES_EACH}\s+(?:(?:about|around|nearly|some|roughly)\s+)?[$€£¥]?\d[\d.,]*(?!\d|[.,]\d)[^\d]{0,12}?(?:,\s+(?:and\s+)?|\s+and\s+)[$€£¥]?\d`,
  'i',
);
// What names someone by a role or holds a name as its object: "analyst Dan Ives", "the owner of Vueling", "by Reuters".
const NAMED_BY_TITLE =
  /\b(?:analysts?|economists?|strategists?|chief|executive|officer|director|minister|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|owner|parent|of|by|for|at|from|to|with|than)\s+$/i;
const EXPECTATION_VERB = /^\s+(?:expected|estimated|forecast|forecasted|projected|predicted|anticipated|targeted|planned|hoped|wanted)\b/i;

// Where a ranking goes on before its next entry ("followed by the", ", and the", "then"), and the entry's figure after it.
const RANKING_GOES_ON = /(?:\bfollowed\s+by|[,;]\s*(?:and\s+)?|\band|\bthen)\s+(?:the\s+)?$/i;
const WITH_ITS_FIGURE = /^(?:,?\s+with|\s+on)\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|just)\s+)?[$€£¥]?\d/;
const LIST_GOES_ON = /(?:\bfollowed\s+by|;)\s+(?:the\s+)?$/i;
const COMMA_ITS_FIGURE = /^,\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|just)\s+)?[$€£¥]?\d/;

/** Whether a name stands in a list of names joined by commas and "and" ("Transsion, Oppo, and Xiaomi"). */
function inNameList(sentence: string, start: number, end: number): boolean {
  return (
    /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}/u.test(sentence.slice(end, end + 16)) ||
    /\p{Lu}[\p{L}\p{N}.&-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u.test(sentence.slice(Math.max(0, start - 40), start))
  );
}

/**
 * Names the gazetteer does not hold ("Tesla", "BYD"), where they stand as the owner or actor of a
 * measure: right before its words ("Tesla’s deliveries"), or as the subject of its verb ("BYD
 * delivered"). Elsewhere a capitalised word is too often a heading or a sentence's first word.
 */
function unknownNames(sentence: string, known: EntityMention[], measureStarts: Set<number>): EntityMention[] {
  const out: EntityMention[] = [];
  const respective = RESPECTIVELY.test(sentence) || WITH_FIGURE_LIST.test(sentence);
  for (const m of capitalisedRuns(sentence)) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_A_NAME.has(words[0]!)) words.shift();
    // ("Tata Motors Q3 profit falls": the period a company's figures cover is no part of its name.)
    while (words.length > 1 && (NOT_A_NAME.has(words[words.length - 1]!) || PERIOD_WORD.test(words[words.length - 1]!))) words.pop();
    while (words.length && NOT_A_NAME.has(words[words.length - 1]!)) words.pop();
    if (!words.length || isBodyName(words.join(' ')) || (words.length === 1 && TIME_MODIFIER.test(words[0]!))) continue;
    // ("in the Feb. 1-20 period", "for FY2010", "EUR 20.3 billion", "According to the Ministry of Trade", "the COVID vaccine":
    // a month or fiscal period, a currency code, the head word of an institution's name cut at "of", or a disease.)
    // ("the Bank's ideal target", "the Committee's 2% objective": the head word alone points back at an institution named in
    // full, whose figures it does not own under a name of its own.)
    if (
      words.length === 1 &&
      (NOT_A_PARTY_WORD.test(words[0]!) ||
        (INSTITUTION_HEAD.test(words[0]!) &&
          (/^\s+of\s/.test(sentence.slice(m.index + m[0].length)) ||
            /\bthe\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index)) ||
            // ("The Bank expects CPI inflation …": "The" opening the sentence is part of the run.)
            /^The\s/.test(m[0]))))
    )
      continue;
    // "the Shenzhen-based company": an adjective made of a name describes, it does not name.
    if (/-(?:based|born|made|led|run|owned|listed|registered|headquartered)$/.test(words[words.length - 1]!)) continue;
    // ("The CoreLogic Home Price Index showed …", "the Tankan Survey": a statistic or publication that reports, not a party.)
    if (words.length > 1 && PUBLICATION_HEAD.test(words[words.length - 1]!)) continue;
    const name = words.join(' ');
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    // A gazetteer name left out on purpose ("Europe's largest economy", "the Sweden-based institute") is not a new name either.
    if (entityForms.find(name).length) continue;
    // ("GAAP earnings per share": a qualifier the lexicon knows, in capitals, names no party.)
    if (qualifierOfForm(name) !== undefined) continue;
    // ("RevPAR climbed 5%": a measure's own name, written as its trade writes it, names no party.)
    if (measureForms.find(name).some((f) => f.start === 0 && f.end === name.length)) continue;
    // ("Record Data Center revenue": a business segment's name, capitalised by its company, is a facet, not a party; so is a
    // disease's name and nothing more: "Malaria's stalled progress". Companies are called Wind, Nickel or Power.)
    if (facetForms.find(sentence.slice(m.index, m.index + m[0].length)).some((f) => f.value.kind === 'business-segment')) continue;
    if (facetForms.find(name).some((f) => f.start === 0 && f.end === name.length && f.value.kind === 'disease')) continue;
    // ("Qatar's LNG exports", "EV sales": a facet written as its acronym names no party; "3 MT", "13.6 Bcf/d": nor does a short
    // word right after a number, which is what the number counts.)
    if (/^\p{Lu}[\p{Lu}\d]+$/u.test(name) && facetForms.find(name).some((f) => f.start === 0 && f.end === name.length)) continue;
    if (name.length <= 4 && /\d\s?$/.test(sentence.slice(Math.max(0, start - 2), start))) continue;
    const rest = sentence.slice(end);
    if (EPITHET_AFTER.test(rest.slice(0, 80))) continue;
    // ("NT$66.77 billion", "S$1.2 billion", "R$5 billion", "Rs 5,451 crore": the letters of a dollar sign, or a currency's
    // letters before a number, name a currency, not a party.)
    if (rest[0] === '$' || writesACurrency(name, rest)) continue;
    const possessive = /^['’]s?\b/.test(rest);
    // "Tesla delivered", "Tesla's annual deliveries": the measure's words follow the name after up to two lower-case words.
    // A capital opening the sentence marks no name ("Healthcare added 46,000 jobs"): there only the possessive counts.
    let beforeMeasure = false;
    const opensSentence = /^[\s"“‘'([*•–-]*$/.test(sentence.slice(0, start));
    // ('As the AP sums it up: "Employers added just 114,000 jobs': a plural common noun opening a quotation or what a colon
    // introduces is no name either, as it is none opening the sentence. Other capitals there keep their reading: "Key result:
    // Ocado revenue rose 12%".)
    if (!opensSentence && pluralLike(name) && /(?::\s*["“‘]?|\s["“‘])\s*$/.test(sentence.slice(Math.max(0, start - 4), start))) continue;
    // Opening the sentence, a name counts only as the direct subject of a measure verb ("Lenovo shipped", not "Road deaths"), and
    // only when it is no facet ("Healthcare added") and no plural common noun ("Officials reported").
    const lead = opensSentence
      ? ((/^\s+(?:\p{Ll}+ed|sold|built|spent)\b/u.test(rest) && measureStarts.has(end + /^\s+/.exec(rest)![0].length)) ||
          verbFigureMeasure(sentence, end, measureStarts)) &&
        !facetForms.find(name).length &&
        !pluralLike(name)
        ? /^\s+/.exec(rest)
        : null
      : /^(?:['’]s?)?\s+/.exec(rest);
    if (lead && opensSentence && verbFigureMeasure(sentence, end, measureStarts)) beforeMeasure = true;
    if (lead) {
      let at = end + lead[0].length;
      for (let words = 0; words <= 2 && !beforeMeasure; words++) {
        if (measureStarts.has(at)) beforeMeasure = true;
        const next = /^[\p{Ll}-]+\s+/u.exec(sentence.slice(at));
        if (!next) break;
        at += next[0].length;
      }
    }
    // ("… while the Congress party won 99 seats", "The BJP won 240 seats": in mid-sentence too, a name is the subject of a verb
    // whose object is a figure of a measure.)
    // (Not a person or holder named by a title or a preposition: "Wedbush analyst Dan Ives expected 450,000 deliveries", "the
    // owner of Vueling carried 10 million passengers"; nor an expectation: "… expected 450,000".)
    if (!beforeMeasure && !possessive && !opensSentence && !NAMED_BY_TITLE.test(sentence.slice(Math.max(0, start - 40), start))) {
      const kind = /^\s+(?:party|alliance|coalition|bloc)\b/.exec(rest)?.[0].length ?? 0;
      if (!EXPECTATION_VERB.test(sentence.slice(end + kind)) && verbFigureMeasure(sentence, end + kind, measureStarts)) beforeMeasure = true;
    }
    // "Transsion came in fifth place with 94.9 million units", "Oppo, which took the fourth spot with 103.1 million": a ranking's
    // entry, named where it opens the sentence or before "which", is the party of the figure its place is held with.
    if (!possessive && (opensSentence || /^,\s*which\s/.test(rest)) && RANKED_WITH_FIGURE.test(rest)) beforeMeasure = true;
    // ("…, followed by the Balearic Islands, with 14.4 million, and the Canary Islands, with 13.9 million": an entry of a ranking
    // that goes on, named before "with" and its figure.)
    // ("…; the Canary Islands, 16.4 million; Andalucia, 14.3 million, and Madrid on 9.2 million": after a semicolon or "followed
    // by", a comma alone may stand for the "with".)
    // (The figure after the name first: most names have none, and the words before are read back from their end.)
    if (!possessive && WITH_ITS_FIGURE.test(rest) && RANKING_GOES_ON.test(sentence.slice(Math.max(0, start - 24), start))) beforeMeasure = true;
    if (!possessive && COMMA_ITS_FIGURE.test(rest) && LIST_GOES_ON.test(sentence.slice(Math.max(0, start - 24), start))) beforeMeasure = true;
    const agent = /\bby\s+$/.test(sentence.slice(Math.max(0, start - 4), start));
    // ("Transsion, Oppo, and Xiaomi, with 145.9, 103.1, and 94.9 million handsets, respectively": the names a respective list pairs with its figures.)
    const listed = respective && inNameList(sentence, start, end);
    if (!possessive && !beforeMeasure && !agent && !listed && figureOfClauseOpenedBy(sentence, start, end) < 0) continue;
    out.push({ start, end, id: nameId(name), form: 'name', possessive, label: name });
  }
  return out;
}

const CURRENCY_LETTERS = new Set(CURRENCIES.flatMap((c) => c.prefixes).filter((p) => /^\p{Lu}[\p{L}.]*$/u.test(p)));

/** "Rs 5,451 crore", "Rs. 40,986 crore", "KRW 9.84 trillion": a currency's letters right before a number. */
export function writesACurrency(name: string, rest: string): boolean {
  return /^\.?\s?\d/.test(rest) && (CURRENCY_LETTERS.has(name) || CURRENCY_LETTERS.has(`${name}.`));
}

/**
 * The names a document keeps using that the gazetteer does not hold ("Tesla", "BYD"): capitalised
 * words met at least twice in mid-sentence, where capitals mark a name rather than a sentence start.
 */
type NameForms = SurfaceForms<{ id: string; form: MentionForm }>;

/** The names a document's text gives (its headline on the first line), and the same with the name its headline opens with. */
export interface DocumentNames {
  forms: NameForms;
  /** The forms with the name the headline opens with, unless the text already counts it or writes it as part of a longer name. */
  withHeadlineName(name: string): NameForms;
}

export function documentNames(text: string): DocumentNames {
  const counts = new Map<string, { n: number; withDot: boolean }>();
  const openers = new Map<string, number>();
  // The word that opens the lead, if it opens it alone.
  let leadOpener: string | null = null;
  const headlineEnd = text.indexOf('\n');
  const headline = headlineEnd > 0 ? text.slice(0, headlineEnd) : '';
  // (A text that opens with its own headline, in any case, says it once: its words count once.)
  const repeated =
    headline &&
    text.slice(headlineEnd + 1, headlineEnd + 1 + headline.length).toLowerCase() === headline.toLowerCase() &&
    /^(?:\n|$)/.test(text.slice(headlineEnd + 1 + headline.length));
  const repeatedUntil = repeated ? headlineEnd + 1 + headline.length : -1;
  // Where the lead opens: the first word below the headline (and its repeat).
  const leadAt = Math.max(headlineEnd, repeatedUntil) + 1 + (/^\s*/.exec(text.slice(Math.max(headlineEnd, repeatedUntil) + 1))?.[0].length ?? 0);
  // ("Housing starts rose …", "Rental prices rose …": a word that opens a measure's or a facet's words names no one.)
  const opensAPhrase = (at: number) => measureForms.find(text.slice(at, at + 40), true).length > 0 || facetForms.find(text.slice(at, at + 40), true).length > 0;
  for (const m of capitalisedRuns(text)) {
    if (m.index > headlineEnd && m.index < repeatedUntil) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // (A line opens with a capital whatever it holds, as a sentence does: a single word there is read as a sentence's first
    // — "Retail sales rose …" after the headline "Retail sales climb". The one that opens the lead counts towards a name the
    // text also writes with a capital mid-sentence and never in lower case — "Inditex said …" after the headline "Zara owner
    // Inditex posts …" — a story's subject more often than a person quoted lower down ("Cook told analysts …"). A run of
    // capitalised words opening a line below the headline is a name still: "Shiv Sena – 7" as a row of a table.)
    const lineStart = m.index === 0 || /\n\s*$/.test(before);
    if (lineStart ? m.index === 0 || !/\s/.test(withoutPeriodWords(m[0])) : !/[\p{Ll}\p{N},;]\s+$/u.test(before)) {
      if ((m.index === 0 || /(?:^|\n|[.!?]["”’)]?\s+)$/.test(before)) && !opensAPhrase(m.index)) {
        // ("Infosys Q2 results beat estimates": the period the figures cover is no part of the name.)
        const opener = withoutPeriodWords(m[0]);
        openers.set(opener, (openers.get(opener) ?? 0) + 1);
        if (m.index === leadAt) leadOpener = opener;
      }
      continue;
    }
    // ("… Wipro Q2 results": the period the figures cover is no part of the name.)
    const name = withoutPeriodWords(m[0]);
    const words = name.split(/\s+/);
    // ("the University of …", "the Ministry of …": the head of an institution's name, cut at "of", names no party.)
    if (words.some((w) => NOT_A_NAME.has(w)) || (words.length === 1 && (NOT_A_PARTY_WORD.test(words[0]!) || INSTITUTION_HEAD.test(words[0]!)))) continue;
    // ("NT$66.77 billion", "Rs 1.13 lakh crore": the letters of a currency.)
    if (text[m.index + m[0].length] === '$' || writesACurrency(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const seen = counts.get(name);
    const withDot = text[m.index + m[0].length] === '.';
    counts.set(name, { n: (seen?.n ?? 0) + 1, withDot: (seen?.withDot ?? false) || withDot });
  }
  const body = bodyNamesOf(text);
  const names: Array<[string, { id: string; form: MentionForm }]> = [];
  for (const [name, { n: inside, withDot }] of counts) {
    const n = inside + (name === leadOpener && !writtenInLowerCase(name, text) ? 1 : 0);
    // (A decision body stands for its institution or for nothing; a measure's own name is no party: "Bank Rate".)
    if (n < 2 || isBodyName(name) || measureForms.find(name).some((m) => m.start === 0 && m.end === name.length)) continue;
    // "U.S." ends in a dot the name pattern leaves out: a known form with it is no new name.
    if (entityForms.find(name).length || (withDot && entityForms.find(`${name}.`).length)) continue;
    names.push([name, { id: nameId(name), form: 'name' }]);
  }
  // "Netflix gains 13.1 million subscribers" as the headline, "Netflix adds …", "Netflix now has …" opening sentences: a
  // single word the headline names and two sentences open with, never written in lower case, is a name as well.
  for (const [name, n] of openers) {
    const inside = counts.get(name)?.n ?? 0;
    if (n < 2 || inside >= 2 || /\s/.test(name) || !headline.split(/[^\p{L}\p{N}&-]+/u).includes(name) || !openerIsName(name, text)) continue;
    names.push([name, { id: nameId(name), form: 'name' }]);
  }
  return {
    forms: new SurfaceForms([...body, ...names], { perDocument: true }),
    withHeadlineName(name) {
      // ("Acme beer sales fall" as the headline, "Brewing giant Acme has reported …" once in the text: the name the headline opens with.)
      // (Not when the text writes it as the start of a longer name: "Acme" of "Acme Line"; "Acme Q3 profit" is Acme's.)
      if ((counts.get(name)?.n ?? 0) >= 2 || new RegExp(`${escapeRegExp(name)}\\s+(?!${LEGAL_WORD}|${PERIOD_WORDS}\\b)\\p{Lu}`, 'u').test(text))
        return this.forms;
      return new SurfaceForms([...body, [name, { id: nameId(name), form: 'name' }], ...names], { perDocument: true });
    },
  };
}

const PERIOD_WORDS = PERIOD_WORD.source.replace(/^\^|\$$/g, '');
const LEGAL_WORD = String.raw`(?:Group|Inc|Corp|Corporation|Ltd|Limited|plc|Plc|PLC|Holdings|NV|N\.V|SA|S\.A|AG|SE|ASA|AB)\b`;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function openerIsName(name: string, text: string): boolean {
  if (NOT_A_NAME.has(name) || NOT_A_PARTY_WORD.test(name) || INSTITUTION_HEAD.test(name) || isBodyName(name) || pluralLike(name) || /ly$/.test(name))
    return false;
  if (STATISTIC_MODIFIERS.test(name) || TIME_MODIFIER.test(name) || qualifierOfForm(name) !== undefined) return false;
  if (measureForms.find(name).length || facetForms.find(name).length || entityForms.find(name).length) return false;
  // (A common word opening sentences is met in lower case elsewhere: "Revenue …", "… the revenue".)
  return !writtenInLowerCase(name, text);
}

/** Whether a text writes a word in lower case ("… the revenue"), or with `plural` as its plural in -s too ("the holidays"). */
export function writtenInLowerCase(word: string, text: string, { plural = false } = {}): boolean {
  const lower = escapeRegExp(word.toLowerCase());
  return (plural ? new RegExp(`(?<![\\p{L}\\p{N}-])${lower}s?(?![\\p{L}\\p{N}])`, 'u') : new RegExp(`\\b${lower}\\b`)).test(text);
}

const ORDINAL_PLACE = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|No\.\s?\d{1,2}|\d{1,2}(?:st|nd|rd|th))`;
/** After a name: its place in a ranking ("came in fifth place", "took the fourth spot", "ranked third") and then "with" its figure. */
const RANKED_WITH_FIGURE = new RegExp(
  String.raw`^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*which\s+)?(?:(?:managed|went|continued|moved|climbed|rose|dropped|fell|slipped)\s+(?:to\s+)?)?` +
    '(?:c[ao]mes?|rank(?:ed|s)?|place[ds]?|finish(?:ed|es)?|t(?:ake|akes|ook)|h(?:old|olds|eld)|claim(?:ed|s)?|secure[ds]?|grab(?:bed|s)?|was|is|remain(?:ed|s)?|stay(?:ed|s)?)' +
    String.raw`\s+(?:(?:in|at|into)\s+)?(?:the\s+)?(?:${ORDINAL_PLACE}(?:\s+(?:place|position|spot|rank))?|${ORDINAL_PLACE}-place)` +
    String.raw`(?:\s+(?:place|position|spot|rank))?\s*,?\s+with\s+(?:(?:about|around|nearly|almost|over|more\s+than|just\s+over|just\s+under|some)\s+)?[$€£¥]?\d`,
  'iu',
);

// ", and", "; while", ", whereas": where a clause of its own begins.
const CLAUSE_OPENS_BEFORE = /(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\s(?:and|while|whereas)\s+)(?:the\s+)?$/i;
// "… was in third place with 145.9 million", "… 103.1 million", "…’s by 4.7 %": a verb and a few words, or none, then the clause's figure.
// (Its abbreviation in brackets and an apposition may stand between: "the Trinamool Congress (TMC), another key member of the
// alliance, won 29 seats".)
const FIGURE_OF_CLAUSE_AFTER =
  /^(['’]s?)?(?:\s*\(\p{Lu}[^()]{0,18}\))?(?:,\s+(?:an?|the|another|its)\s+[^,;.]{1,60},)?\s+(?:((?:was|were|is|are|had|has|took|came|held|ranked|shipped|sold|delivered|posted|reported|recorded|grew|rose|fell|saw|added|lost|earned|made|got|won|gains|wins|loses|takes|gets|scores|secures|holds|posts|reports|ships|sells|adds|\p{Ll}+ed)\b(?:\s+[\p{Ll}-]+){0,5}?)\s+)?(?:(?:by|at|to|of)\s+)?([$€£¥]\s?)?\d/u;

/**
 * "Samsung took second place with 226.6 million, and Xiaomi was third with 145.9 million", "…, while Xiaomi
 * shipped 145.9 million and Oppo 103.1 million": a capitalised word opening a clause of its own, followed by
 * its verb and the clause's figure (or by the figure alone), is that clause's subject, not a word of the clause
 * before. Returns where that figure's number is written (its currency sign included), or -1.
 */
export function figureOfClauseOpenedBy(sentence: string, start: number, end: number): number {
  const opener = CLAUSE_OPENS_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  if (start === 0 || !opener) return -1;
  const m = FIGURE_OF_CLAUSE_AFTER.exec(sentence.slice(end, end + 90));
  if (!m) return -1;
  // (A figure right after the name, its verb left out, only after "and" or "while", or after the name's possessive ("…, Xiaomi’s by
  // 4.7 %"): "Tesla Shatters Records, Surpassing 1.8 Million" has none.)
  if (!m[1] && !m[2] && !/\b(?:and|while|whereas)\s+(?:the\s+)?$/i.test(opener[0])) return -1;
  return end + m[0].length - 1 - (m[3]?.length ?? 0);
}

/** Entities, measures and facets named in a sentence. */
export function findMentions(sentence: string, names?: SurfaceForms<{ id: string; form: MentionForm }>): SentenceMentions {
  return withMeasures(sentence, findEntities(sentence, names));
}

/**
 * The entities alone: what a sentence with no figure contributes is context (who the paragraph is
 * about); measure and facet words only matter next to a figure, where withMeasures adds them.
 */
export function findEntities(sentence: string, names?: SurfaceForms<{ id: string; form: MentionForm }>): SentenceMentions {
  const entityMentions: EntityMention[] = [];
  const known = entityForms.find(sentence);
  for (const m of names?.find(sentence) ?? []) {
    // A document's own name gives way to a longer gazetteer name around it ("Power" inside "Power of Siberia").
    if (known.some((k) => k.start <= m.start && k.end >= m.end && k.end - k.start > m.end - m.start)) continue;
    entityMentions.push({
      start: m.start,
      end: m.end,
      id: m.value.id,
      form: 'name',
      possessive: /^['’]s?\b/.test(sentence.slice(m.end, m.end + 2)),
      label: m.text,
    });
  }
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  for (const m of known) {
    if (entityMentions.some((e) => e.start < m.end && m.start < e.end)) continue;
    // "Tokyo, May 8 (Jiji Press)—", "BERLIN, April 8 (Xinhua) —", "OTTAWA —": where a story was filed, not whom it is about.
    if (m.end <= dateline) continue;
    // "Excluding Iraq, production from the 12 members …", "Outside Nepal, 61 people were killed in India": a party set
    // aside is not the one a figure is of.
    if (SET_ASIDE_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start))) continue;
    if (NOT_AN_ENTITY_AFTER.test(sentence.slice(m.end))) continue;
    // ("Fed up with prices", "Fed by a weaker lira": the verb opening a sentence, not the Federal Reserve.)
    if (sentence.slice(m.start, m.end) === 'Fed' && /^[\s-]+(?:up|by)\b/i.test(sentence.slice(m.end))) continue;
    // "Europe's largest economy", "the world's second-largest military spender": an epithet of another party.
    if (EPITHET_AFTER.test(sentence.slice(m.end, m.end + 80))) continue;
    // "the Sweden-based institute": where someone sits, not whom a figure is about.
    if (DESCRIBES_AFTER.test(sentence.slice(m.end, m.end + 16))) continue;
    // "2.8 trillion Korean won", "in Chinese yuan terms", "the Turkish lira": a currency's adjective names the money, not a party.
    if (m.value.form === 'demonym' && CURRENCY_AFTER.test(sentence.slice(m.end, m.end + 24))) continue;
    if (m.value.form !== 'demonym' && CURRENCY_AFTER_NAME.test(sentence.slice(m.end, m.end + 24))) continue;
    // "US$9.24 billion", "HK$4.7 billion", "A$3 billion": a country's letters glued to its dollar sign.
    if (sentence[m.end] === '$') continue;
    // A combining form only counts when glued to another name by a hyphen ("Sino-Russian").
    if (m.value.form === 'prefix' && !/^[-–]\p{Lu}/u.test(sentence.slice(m.end, m.end + 2))) continue;
    // "American Airlines Group Inc.", "British Airways": a demonym or country opening a company's own name is part of it.
    const company = m.value.form !== 'name' || entities.get(m.value.id)?.kind === 'country' ? COMPANY_NAME_AFTER.exec(sentence.slice(m.end)) : null;
    if (company && !/^['’]s?\b/.test(sentence.slice(m.end, m.end + 2))) {
      const name = sentence.slice(m.start, m.end + company[0].length).replace(/\.$/, '');
      if (!entityMentions.some((e) => e.start < m.start + name.length && m.start < e.end))
        entityMentions.push({
          start: m.start,
          end: m.start + name.length,
          id: nameId(name),
          form: 'name',
          possessive: /^['’]s?\b/.test(sentence.slice(m.start + name.length, m.start + name.length + 2)),
          label: name,
        });
      continue;
    }
    const possessive = /^['’]s?\b/.test(sentence.slice(m.end, m.end + 2));
    entityMentions.push({ start: m.start, end: m.end, id: m.value.id, form: m.value.form, possessive });
  }
  const sorted = entityMentions.sort((a, b) => a.start - b.start);
  // "Singapore's Changi Airport", "Taiwan's TSMC": a place in the possessive right before a named airport or company is
  // where that one is, not a party beside it.
  const isPlace = (e: EntityMention) => HOLDING_PLACE_KINDS.has(entities.get(e.id)?.kind ?? '');
  // So is a place describing a named company with its trade ("Chinese automaker BYD", "South Korean tech giant Samsung",
  // "Russia's gas giant Gazprom"): the company is the party.
  const held = (e: EntityMention, next: EntityMention | undefined) =>
    !!next &&
    isPlace(e) &&
    !isPlace(next) &&
    ((e.possessive && entities.has(next.id) && /^['’]s?\s+$/.test(sentence.slice(e.end, next.start))) ||
      (next.form === 'name' && (entities.get(next.id)?.kind ?? 'company') === 'company' && TRADE_BETWEEN.test(sentence.slice(e.end, next.start))));
  return { entities: sorted.filter((e, i) => !held(e, sorted[i + 1])), measures: [], facets: [] };
}

const HOLDING_PLACE_KINDS = new Set(['country', 'region', 'city']);
// A single company's trade: "automaker", "tech giant", "state oil company".
const TRADE_NOUN = String.raw`(?:company|firm|giant|\p{Ll}*maker|manufacturer|producer|corporation|conglomerate|brand|retailer|airline|carrier|operator|shipper|insurer|lender|miner|brewer|supplier|multinational|start-?up|developer|platform|outfit|major|champion)`;
// Between a place and a company's name: a few words ending in a noun of trade.
const TRADE_BETWEEN = new RegExp(String.raw`^(?:['’]s?)?(?:\s+[\p{L}-]+){0,3}?\s+${TRADE_NOUN}\s+$`, 'u');

// The capitalised words that end a company's name: "… Airlines Group Inc.", "… Airways", "… Petroleum Corp".
const COMPANY_NAME_AFTER =
  /^(?:\s+\p{Lu}[\p{L}&-]*){0,3}?\s+(?:Airlines|Airways|Air\s+Lines|Group|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Holdings|Motors|Petroleum|Railways?|Bancorp|Telecom)\b(?:\s+(?:Group|Inc\.?|Corp\.?|Ltd\.?|plc|PLC|Holdings))*/u;

const PUBLICATION_HEAD = /^(?:Index|Indices|Survey|Report|Outlook|Monitor|Tracker|Barometer|Review|Bulletin|Census)$/;

// ("American Airlines Group Inc." is the American Airlines other texts name; "Amazon.com, Inc." the Amazon they name.)
const LEGAL_SUFFIXES = /(?:,?\s+(?:Group|Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|plc|Plc|PLC|Holdings|SE|AG|SA|S\.A\.?|NV|N\.V\.?|ASA|AB|GmbH))+$/u;
// ("Amazon.com", "Booking.com": a company named by its web address is the company.)
const WEB_DOMAIN = /(?<=\p{L})\.(?:com|net|org)$/u;

/**
 * The id of a name the gazetteer does not hold: its words without a legal form or a web domain, so that one company
 * written "Widgets Inc.", "Widgets, Inc." and "Widgets" is one party.
 */
export function nameId(name: string): string {
  return slug(name.replace(LEGAL_SUFFIXES, '').replace(WEB_DOMAIN, ''));
}

// "according to the 2023 Global Carbon Budget report": capitalised measure words that name a publication.
const PUBLICATION_AFTER = /^\s+(?:report|project|survey|tracker|database|dataset|yearbook)\b/i;

/**
 * "deposit rate", "refinancing rate": a central bank's policy rate where the sentence names a central bank or its policy;
 * otherwise as likely what banks pay savers or charge borrowers ("Chinese lenders cut the one-year deposit rate to 1.45%").
 */
const COMMERCIAL_TOO = /^(?:deposit|refinancing)\s+rates?$/i;
const CENTRAL_BANK =
  /\b(?:central\s+bank|ECB|European\s+Central\s+Bank|Governing\s+Council|monetary\s+policy|policymakers|rate[- ]setters|Bank\s+of\s+\p{Lu}\p{L}+|Reserve\s+Bank|National\s+Bank|Riksbank|Norges\s+Bank|Federal\s+Reserve|the\s+Fed|RBI|PBOC|People['’]s\s+Bank|key\s+(?:interest\s+)?rates?|policy\s+rates?)\b/u;

// The nouns that end or open the name of a public body or an organisation ("the Immigration Services Agency", "the Ministry of
// Trade, Industry and Energy", "the Japan National Tourism Organization").
const BODY_NOUN = String.raw`(?:Agency|Ministry|Bureau|Office|Administration|Department|Services|Service|Commission|Council|Authority|Institute|Association|Organi[sz]ation|Board|Fund|Committee|Centre|Center|Survey|Federation|Chamber)`;
const BODY_AFTER = new RegExp(String.raw`^(?:(?:\s+|\s*,\s*|\s+(?:and|&|of|for)\s+)\p{Lu}[\p{L}.&-]*){0,4}\s+${BODY_NOUN}\b`, 'u');
const BODY_BEFORE = new RegExp(String.raw`\b${BODY_NOUN}\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+(?:and|&)\s+|\s+))*$`, 'u');

/** A measure's word written with a capital inside the name of a body ("the Immigration Services Agency said"): part of the name. */
function namesABody(sentence: string, m: { start: number; end: number; text: string }): boolean {
  if (!/^\p{Lu}/u.test(m.text) || /^[\s"“‘'([*•–-]*$/.test(sentence.slice(0, m.start))) return false;
  return BODY_AFTER.test(sentence.slice(m.end, m.end + 80)) || BODY_BEFORE.test(sentence.slice(Math.max(0, m.start - 80), m.start));
}

/** A measure form written with capitals inside the title of a report or project, not the measure itself. */
function namesAPublication(sentence: string, m: { start: number; end: number; text: string }): boolean {
  return /^\p{Lu}/u.test(m.text) && m.start > 0 && /\p{Lu}/u.test(m.text.split(/\s+/).pop()!) && PUBLICATION_AFTER.test(sentence.slice(m.end));
}

// After a place: the noun of an airport it describes ("hub", "airport"), a word between at most.
const AIRPORT_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:hub|airport|gateway)\b/u;
// Between a company's name and the country it is based in: "Volkswagen AG of Germany", "Samsung Electronics Co. of South Korea".
const BASED_OF = /^(?:\s+(?:AG|SE|SA|NV|AB|ASA|Inc\.?|Corp\.?|Co\.?|Ltd\.?|plc|PLC|Group|Holdings))?,?\s+of\s+(?:the\s+)?$/;

const PLACE_NAME_KINDS = new Set(['country', 'region', 'bloc']);

/** "300 people watched as the warehouse burned", "40% of people watched less television": people who watched, no audience. */
function watchedNoScreen(sentence: string, m: { end: number; text: string }): boolean {
  return /^people\s+watched$/i.test(m.text) && /^\s+(?:as|less|more|in\s+(?:horror|disbelief|awe))\b/i.test(sentence.slice(m.end, m.end + 24));
}

// A figure right after a verb, as its object: "shipping 234.6 million units", "selling a record 1.8 million", "exporting about $5bn".
const FIGURE_AS_OBJECT =
  /^\s+(?:(?:a|an)\s+(?:record|total\s+of|further|additional|estimated)\s+|(?:about|around|nearly|almost|over|more\s+than|some|roughly|just\s+(?:over|under)|at\s+least|up\s+to)\s+)*(?:(?:US|A|C|HK|NZ|S)?[$€£¥₹]\s?)?\d/i;

/** Adds a sentence's measure and facet words, and the unknown names that own them, to its entities. */
export function withMeasures(sentence: string, found: SentenceMentions): SentenceMentions {
  const banks = !CENTRAL_BANK.test(sentence);
  const measureMentions = measureForms
    .find(sentence)
    // ("trade-in offers", "a trade-off": a measure's word joined to a particle is another word.)
    .filter(
      (m) =>
        !namesAPublication(sentence, m) &&
        !namesABody(sentence, m) &&
        !(banks && COMMERCIAL_TOO.test(m.text)) &&
        !watchedNoScreen(sentence, m) &&
        !JOINED_PARTICLE.test(sentence.slice(m.end, m.end + 6)),
    )
    .map((m) => ({ start: m.start, end: m.end, candidates: m.value }))
    // ("by shipping 234.6 million units", "selling a record 1.8 million cars": a verb whose object is the figure right after it.)
    .concat(
      measureObjectForms
        .find(sentence)
        .filter((m) => FIGURE_AS_OBJECT.test(sentence.slice(m.end, m.end + 48)))
        .map((m) => ({ start: m.start, end: m.end, candidates: m.value })),
    )
    .sort((a, b) => a.start - b.start);
  const named = unknownNames(sentence, found.entities, new Set(measureMentions.map((m) => m.start)));
  // ("Ahmed bin Saeed: Dubai Airport receives …": a name the gazetteer does not hold, before a colon, is who speaks, not a party.)
  const speakerEnd = SPEAKER_TAG.exec(sentence)?.[0].length ?? 0;
  const all = [...found.entities, ...named]
    .filter((e) => e.end > speakerEnd || entities.has(e.id))
    .sort((a, b) => a.start - b.start)
    // ("Nigel Farage's Reform UK", "Musk's Tesla": a name the gazetteer does not hold, in the possessive right before a party
    // or company it does hold, is its leader or owner; the party or company is who the figure is about.)
    .filter((e, i, sorted) => !(e.possessive && !entities.has(e.id) && ledBefore(sentence, e, sorted[i + 1])))
    // ("passed through the west-London hub", "The west London airport", "the Dubai airport": a place that describes an airport names where it is, not
    // whose figures they are; the airport is the one the text is about.)
    .filter(
      (e) =>
        !(
          (e.form === 'metonym' || entities.get(e.id)?.kind === 'country') &&
          AIRPORT_AFTER.test(sentence.slice(e.end, e.end + 30)) &&
          /\b[Tt]he\s+(?:[\p{L}]+[\s-])?$/u.test(sentence.slice(Math.max(0, e.start - 16), e.start))
        ),
    )
    // ("Archrival Volkswagen AG of Germany sold 9.24 million cars": the country after a company's name is where it is based.)
    .filter(
      (e, i, sorted) =>
        !(i > 0 && entities.get(e.id)?.kind === 'country' && isCompany(sorted[i - 1]!) && BASED_OF.test(sentence.slice(sorted[i - 1]!.end, e.start))),
    );
  return {
    entities: all,
    // ("in the euro area": a measure word inside the name of a place the gazetteer knows is part of the name; a
    // pipeline's or a route's name keeps it, as "the Power of Siberia pipeline runs 3,000 km" measures the pipeline.)
    measures: measureMentions.filter(
      (m) => !found.entities.some((e) => e.start <= m.start && m.end <= e.end && PLACE_NAME_KINDS.has(entities.get(e.id)?.kind ?? '')),
    ),
    facets: facetForms
      .find(sentence)
      .filter((m) => !(banks && COMMERCIAL_TOO.test(m.text)))
      // ("after remaining stagnant", "while remaining at 5 %": "remaining" as a verb names no part of a whole; "the remaining
      // three spots" does.)
      .filter(
        (m) =>
          !/^remaining$/i.test(m.text) ||
          !(REMAINING_VERB_BEFORE.test(sentence.slice(Math.max(0, m.start - 12), m.start)) || REMAINING_VERB_AFTER.test(sentence.slice(m.end, m.end + 24))),
      )
      // ("the state oil giant", "Chinese EV maker Zeekr": a word of a company's trade describes the company, not the figure.)
      .filter(
        (m) => !(COMPANY_TRADE_AFTER.test(sentence.slice(m.end, m.end + 40)) && all.some((e) => isCompany(e) && e.start >= m.end && e.start - m.end <= 40)),
      )
      .map((m) => ({ start: m.start, end: m.end, facet: m.value })),
    opensWithUnknownName: opensWithUnknownName(sentence, all, measureMentions),
  };
}

// After a facet's words: a single company's trade ("oil giant", "EV maker", "smartphone company"); "EV makers sold …" keeps it.
const COMPANY_TRADE_AFTER = new RegExp(String.raw`^(?:[\s-]+[\p{Ll}-]+)?[\s-]+${TRADE_NOUN}\b(?!-)`, 'u');

const LED_KINDS = new Set(['party', 'company']);
const ledBefore = (sentence: string, e: EntityMention, next: EntityMention | undefined): boolean =>
  !!next && LED_KINDS.has(entities.get(next.id)?.kind ?? '') && /^['’]s?\s+(?:the\s+)?$/.test(sentence.slice(e.end, next.start));

const JOINED_PARTICLE = /^-(?:ins?|offs?|outs?|ups?)\b/i;

// "after remaining stagnant", "while remaining at 5 %", "remaining flat": "remaining" as a verb.
const REMAINING_VERB_BEFORE = /\b(?:after|while|despite|by|still|without|before|since)\s+$/i;
const REMAINING_VERB_AFTER =
  /^\s+(?:stagnant|flat|unchanged|steady|stable|at|in|on|above|below|under|over|near|around|high|low|elevated|subdued|strong|weak|resilient|positive|negative|broadly|largely|little|close|within|firm|sticky|tight|muted|the\s+same)\b/i;

/**
 * "Asus held 6.8 % of the market", "Nursing homes added 14,000 jobs": a sentence that opens with a
 * capitalised name we cannot place, followed by its verb, has a subject of its own, and a party named
 * around it is not that subject. Not when the opening word is a sentence word, a plural common noun
 * ("Employers added"), or a measure or facet word ("Healthcare added", "Output fell").
 */
const STATISTIC_MODIFIERS =
  /^(?:Real|Nominal|Preliminary|Provisional|Revised|Final|Flash|Core|Headline|Underlying|Seasonally|Quarterly|Monthly|Weekly|Daily|Yearly|Average|Median|Consolidated|Combined|Overall|Total|Aggregate|Cumulative)$/;

// ("Full-year revenue was …", "Fourth-quarter sales rose …": the span a figure covers, capitalised to open the sentence.)
const TIME_MODIFIER =
  /^(?:(?:Full|Half|Whole|First|Second|Third|Fourth|Final|Last|Three|Six|Nine|Twelve|\d{1,2})-(?:year|quarter|half|month|week)|Year-(?:end|on-year|over-year|to-date|ago|earlier))$/i;

// A person's name (capitalised words, with the particles of Arabic, Dutch, German, French… names) before a colon, and a
// capitalised word after it that opens the quoted or reported clause.
const SPEAKER_TAG =
  /^[\s"“‘']*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|bin|bint|ibn|al|el|de|da|di|van|von|der|den|la|le|du|dos|das)){1,5}\s*:\s+(?=\p{Lu})/u;

// ("International passengers rose 6.4 %", "Domestic traffic fell": where what is counted comes from or goes, capitalised to open the sentence.)
const SCOPE_WORD = /^(?:International|Domestic|Foreign|Overseas|Inbound|Outbound|Regional|Transit)$/;

function opensWithUnknownName(sentence: string, entities: EntityMention[], measureMentions: MeasureMention[]): string | null {
  // ("Ahmed bin Saeed: Dubai Airport receives 87 million passengers": a person named before a colon is who speaks; the
  // clause after the colon opens with its own subject.)
  const from = SPEAKER_TAG.exec(sentence)?.[0].length ?? 0;
  // ("Transsion (parent company of Infinix and Tecno) came fifth with …": an aside in brackets between the name and its verb.)
  // ("Amazon.com, Inc. reported …": a legal form after a comma closes the name.)
  const m =
    /^[\s"“‘'([*•–-]*((?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?:,\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|SE|AG|SA|NV|S\.A|N\.V)\b\.?)?)(?:\s*\([^()]{1,80}\))?\s+\p{Ll}/u.exec(
      sentence.slice(from),
    );
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  // ("Tata Motors Q3 profit falls 22 %": the period the figures cover is no part of the name.)
  const name = withoutPeriodWords(m[1]!);
  const words = name.split(/\s+/);
  // ("Group revenues fell 5 %": a company's own word for itself, capitalised to open the sentence, is no name.)
  if (NOT_A_NAME.has(words[0]!) || (words.length === 1 && NOT_A_PARTY_WORD.test(name))) return null;
  // ("Real gross domestic product contracted", "Preliminary data showed": a statistic's modifier, capitalised to open the sentence.)
  if (words.length === 1 && (STATISTIC_MODIFIERS.test(name) || TIME_MODIFIER.test(name) || SCOPE_WORD.test(name))) return null;
  // ("Pre-tax profit stood at …", "Non-energy goods rose …": a compound adjective, its second part in lower case, is no name.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(name)) return null;
  if (entities.some((e) => e.start < start + name.length && start < e.end)) return null;
  if (measureMentions.some((x) => x.start < start + name.length && start < x.end)) return null;
  if (facetForms.find(name).length || qualifierOfForm(name) !== undefined || pluralLike(words[words.length - 1]!)) return null;
  // ("Onshore wind additions rose": a facet's first word, capitalised because it opens the sentence.)
  const after = sentence.slice(start + name.length).replace(/^\s*\([^()]{1,80}\)/, '');
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
  if (next && facetForms.find(`${name.toLowerCase()} ${next}`).length) return null;
  // "Over the past year …", "Separately, …", "Following a …": a preposition or adverb opening the sentence, not a name.
  const first = words[0]!;
  if (
    words.length === 1 &&
    (/ly$|^(?:Following|Including|Excluding|Regarding|Concerning|Considering|Compared|Based|Given)$/.test(first) ||
      /^\s+(?:the|a|an|its|their|this|that|these|those|all|some|many|most|\d)/i.test(after))
  )
    return null;
  // ("Kicking off an hour earlier than usual, the telecast drew …", "Looking at the data, …": a participle and its particle
  // opening the sentence; "Boeing delivered 528 jets" still opens with a name.)
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}{2,}ing$/u.test(first) &&
    // (Closed by a comma before any verb of its own: "Kering on Tuesday said …", "Liaoning in 2023 posted …", "Wuling in May
    // sold …" open with a name.)
    PARTICIPLE_PHRASE_AFTER.test(after)
  )
    return null;
  return nameId(name);
}

const PARTICIPLE_PHRASE_AFTER =
  /^\s+(?:off|up|out|down|at|to|in|on|for|with|from|into|over|back|through|around|across|as|by)\b(?:(?!\b(?:said|says|sold|posted|reported|rose|fell|grew|made|had|has|was|were|is|are|\p{Ll}+ed)\b)[^.;:,]){0,60},/u;

/** "Employers", "Officials": a plural common noun, not a name ("Asus", "Lexus" are names). */
function pluralLike(word: string): boolean {
  return /\p{Ll}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** An agency or company stands for the country it reports on when no country is named. */
export function subjectOf(id: string): string {
  return entities.get(id)?.jurisdiction ?? id;
}

export function isSubjectEntity(id: string): boolean {
  const kind = entities.get(id)?.kind;
  // A name outside the gazetteer is an organisation or person the text measures.
  return (
    kind === undefined ||
    kind === 'country' ||
    kind === 'region' ||
    kind === 'bloc' ||
    kind === 'asset' ||
    kind === 'event' ||
    kind === 'company' ||
    kind === 'party'
  );
}

// "the company", "the Chinese automaker", "the Shenzhen-based firm": a company named before, not a new party.
// "the bloc", "the 27-nation bloc", "the bloc of 20 countries with a single currency".
const BLOC_ANAPHOR =
  /\b[Tt]he\s+(?:(?:\d+|[a-z]+-?)[- ](?:nation|member|country|state)\s+|trading\s+|economic\s+)?bloc\b(?:['’]s)?(?:\s+of\s+\d+\s+(?:countries|nations|members|states)(\s+(?:with|that\s+(?:use|share)|sharing|using)\s+(?:a|the)\s+(?:single|common)\s+currency|\s+that\s+use\s+the\s+euro)?)?/gu;

/** The blocs a sentence names, in order: what "the bloc" of the sentences after it refers to. */
export function blocsIn(mentions: SentenceMentions): string[] {
  return mentions.entities.filter((e) => entities.get(e.id)?.kind === 'bloc').map((e) => e.id);
}

/**
 * "the bloc", "the 20-nation bloc": the bloc the text named last (the euro area in a story about euro-area
 * inflation, ASEAN in one about ASEAN trade), the European Union when it has named none; "the bloc of 20
 * countries with a single currency" is the euro area whatever came before.
 */
export function resolveBlocAnaphors(sentence: string, found: SentenceMentions, recent: string | null): SentenceMentions {
  // (The pattern tries every "the": most sentences have no "bloc" at all.)
  if (!sentence.includes('bloc')) return found;
  const added: EntityMention[] = [];
  for (const m of sentence.matchAll(BLOC_ANAPHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.entities.some((e) => e.start < end && start < e.end)) continue;
    const before = found.entities.filter((e) => e.end <= start && entities.get(e.id)?.kind === 'bloc').pop()?.id;
    const id = m[1] ? 'euro-area' : (before ?? recent ?? 'european-union');
    added.push({ start, end, id, form: 'name', possessive: /['’]s?$/.test(m[0]) || /^['’]s?\b/.test(sentence.slice(end, end + 2)) });
  }
  if (!added.length) return found;
  return { ...found, entities: [...found.entities, ...added].sort((a, b) => a.start - b.start) };
}

// ("the South American country", "the Gulf nation": a region's adjective before the noun says where the country lies.)
const COUNTRY_ANAPHOR = /\b[Tt]he\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:country|nation)\b(?!\s*-)/gu;
const REGION_ANAPHOR = /\b(?:[Tt]hat|[Tt]his|[Tt]he\s+same)\s+region\b/g;

/**
 * The places of a kind a sentence names by name (not by an adjective, "Chinese tourists"): what "the country" or "that region"
 * after it may refer to.
 */
export function placesNamedIn(mentions: SentenceMentions, kind: 'country' | 'region'): string[] {
  return mentions.entities.filter((e) => e.form !== 'demonym' && entities.get(e.id)?.kind === kind).map((e) => e.id);
}

/**
 * "Total sales in the country hit 11 million", "the nation's exports": the country the sentence named before, else the one
 * the text named last by name; "in that region", "the same region": so the region. Left as it is when the text has named
 * none, or when the sentence names that place itself.
 */
export function resolvePlaceAnaphors(sentence: string, found: SentenceMentions, recent: string | null, recentRegion: string | null = null): SentenceMentions {
  const country = sentence.includes('country') || sentence.includes('nation');
  const region = sentence.includes('region');
  if (!country && !region) return found;
  const added: EntityMention[] = [];
  const anaphors = [
    ...(country ? [...sentence.matchAll(COUNTRY_ANAPHOR)].map((m) => ({ m, kind: 'country' as const, last: recent })) : []),
    ...(region ? [...sentence.matchAll(REGION_ANAPHOR)].map((m) => ({ m, kind: 'region' as const, last: recentRegion })) : []),
  ];
  for (const { m, kind, last } of anaphors) {
    const start = m.index;
    const end = start + m[0].length;
    // (A region's adjective inside it, or a name the gazetteer does not know, is part of the anaphor, not a party of its own.)
    const inside = found.entities.filter((e) => e.start < end && start < e.end);
    if (inside.some((e) => e.start < start || e.end > end || !['region', undefined].includes(entities.get(e.id)?.kind))) continue;
    if (inside.length) found = { ...found, entities: found.entities.filter((e) => !inside.includes(e)) };
    const id = placesNamedIn({ ...found, entities: found.entities.filter((e) => e.end <= start) }, kind).pop() ?? last;
    // (A country the sentence names already is read where it is named: "36.78 million foreigners visited Japan, … flight services
    // to the country" names Japan once.)
    if (id && !found.entities.some((e) => e.id === id))
      added.push({ start, end, id, form: 'name', possessive: /^['’]s?\b/.test(sentence.slice(end, end + 2)) });
  }
  if (!added.length) return found;
  return { ...found, entities: [...found.entities, ...added].sort((a, b) => a.start - b.start) };
}

const COMPANY_ANAPHOR =
  /\b[Tt]he\s+(?:[\p{L}.-]+\s+){0,3}?(?:company|Company|firm|automaker|carmaker|car\s+maker|(?:[\p{L}-]+\s+)?\p{L}*maker|chipmaker|manufacturer|corporation|conglomerate|brand|giant|retailer|airline|carrier|group|operator|shipper|insurer|lender|miner|brewer|distiller|supplier|multinational|startup)\b/gu;
// (The nouns COMPANY_ANAPHOR ends on: a sentence with none of them is not scanned for it.)
const COMPANY_NOUN =
  /company|Company|firm|maker|manufacturer|corporation|conglomerate|brand|giant|retailer|airline|carrier|group|operator|shipper|insurer|lender|miner|brewer|distiller|supplier|multinational|startup/;

// After a country's possessive: a few words ending in a company's trade, no name after it ("'s state oil giant", "'s national carrier").
const COUNTRYS_COMPANY = new RegExp(String.raw`^['’]s?(?:\s+[\p{Ll}-]+){0,3}?\s+${TRADE_NOUN}\b(?!\s*(?:['’]s?\s+)?\p{Lu})`, 'u');

const isCompany = (e: EntityMention) => {
  const kind = entities.get(e.id)?.kind;
  return kind === 'company' || (kind === undefined && e.form === 'name');
};

/** The companies a sentence names, in order: what "the company" of the sentences after it may refer to. */
export function companiesIn(mentions: SentenceMentions): string[] {
  return mentions.entities.filter(isCompany).map((e) => e.id);
}

// "For the first time, Apple …", "In 2023, Toyota …": what may open a sentence before its subject.
const BEFORE_SUBJECT = /^[\s"“‘'([]*(?:[^,;:"“”]{1,60},\s*)?(?:the\s+)?$/i;
// "Jane Roe said", "Acme, the iPhone maker, …", "Acme analysts": a speaker, an apposition or a source, not plainly the subject.
const NOT_SUBJECT_AFTER =
  /^(?:\s*,|\s+(?:said|says|told|added|noted|analysts?|chief|CEO|head|executive|spokes(?:man|woman|person)|data|estimates?|figures|report)\b)/i;
const SAYS = /^\s+(?:said|says|told|added|noted)\b/i;
// "… outpacing Samsung", "… more jets than Boeing", "… ahead of Xiaomi": a company the subject is measured against.
const COMPARED_BEFORE =
  /\b(?:than|over|against|versus|vs\.?|ahead\s+of|behind|outpac(?:ing|ed|es)|overtak(?:ing|en|es)|overtook|unseat(?:ing|ed|s)|beat(?:ing|s)?|surpass(?:ing|ed|es)|trail(?:ing|ed|s)|outsell(?:ing|s)?|outsold|displac(?:ing|ed|es)|dethron(?:ing|ed|es))\s+(?:(?:rival|rivals|its\s+rival|the)\s+)?$/i;

// "… its planned acquisition of TV manufacturer Vizio", "… agreed to buy Figma": a company the subject buys, merges with or takes a stake in.
const DEALT_WITH_BEFORE =
  /\b(?:(?:acquisition|purchase|takeover|buyout)\s+of|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|tak(?:e|es|ing)\s+over|took\s+over|merg(?:e|es|ed|ing|er)\s+with|stake\s+in)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "Apple topped global sales, outpacing Samsung. The iPhone maker …": where a sentence that opens with a company as
 * its subject ends on another it sets it against or deals with (buys, merges with), "the company" of the next sentence is the subject; null otherwise
 * (the company named last is meant).
 */
export function leadCompanyIn(sentence: string, mentions: SentenceMentions): string | null {
  const first = mentions.entities[0];
  if (!first || !isCompany(first) || !BEFORE_SUBJECT.test(sentence.slice(0, first.start))) return null;
  const after = sentence.slice(first.end, first.end + 20);
  // ("Airbus said it delivered …": a company the gazetteer knows speaks of itself; an unknown name may be a speaker's.)
  if (NOT_SUBJECT_AFTER.test(after) && !(entities.get(first.id)?.kind === 'company' && SAYS.test(after))) return null;
  const last = mentions.entities.filter(isCompany).pop()!;
  const before = sentence.slice(Math.max(0, last.start - 50), last.start);
  return last.id !== first.id && (COMPARED_BEFORE.test(before.slice(-30)) || DEALT_WITH_BEFORE.test(before)) ? first.id : null;
}

/**
 * Replaces the words of "the (Chinese) company" with the company meant, so a demonym describing the
 * company ("the Chinese firm delivered …") is not taken for the country. `recent` lists the companies of
 * the earlier sentences, oldest first; `previous` those of the sentence just before. A demonym picks the
 * company based in that country; otherwise the first company named earlier in the same sentence, else the
 * one the sentence before was about (`previousLead`), else the one named last before it. "It" opening a sentence is the
 * company the sentence before ended on.
 */
export function resolveCompanyAnaphors(
  sentence: string,
  found: SentenceMentions,
  recent: string[],
  previous: string[] = [],
  previousLead: string | null = null,
): SentenceMentions {
  const here = found.entities.filter(isCompany);
  if (!recent.length && !here.length) return found;
  const added: EntityMention[] = [];
  if (previous.length && /^It\s+\p{Ll}/u.test(sentence) && !here.length) {
    added.push({ start: 0, end: 2, id: previous[previous.length - 1]!, form: 'name', possessive: false });
  }
  let kept = found.entities;
  for (const m of COMPANY_NOUN.test(sentence) ? sentence.matchAll(COMPANY_ANAPHOR) : []) {
    const start = m.index;
    const end = m.index + m[0].length;
    // ("The Company posted …": a filing's own word for its issuer, capitalised, is no name of its own.)
    const inside = kept.filter((e) => e.start >= start && e.end <= end && e.id !== 'company');
    // Only places may describe it: "the BYD company" names its company already. ("the European planemaker": a region's
    // adjective describes it as a demonym would; so does a country's short name used as one: "the Saudi company", "the US firm".)
    const region = (e: EntityMention) => entities.get(e.id)?.kind === 'region';
    if (inside.some((e) => e.form !== 'demonym' && !region(e) && entities.get(e.id)?.kind !== 'country')) continue;
    const byName = inside.some((e) => e.form !== 'demonym' && !region(e));
    kept = kept.filter((e) => !(e.start >= start && e.end <= end && e.id === 'company'));
    // "The Chinese smartphone manufacturer Xiaomi": the name in apposition is the company; the demonym only describes it.
    if (kept.some((e) => e.start >= end && /^\s+$/.test(sentence.slice(end, e.start)) && e.start - end <= 2)) {
      kept = kept.filter((e) => !inside.includes(e));
      continue;
    }
    const before = here.filter((e) => e.end <= start).map((e) => e.id);
    const candidates = [...before, ...[...recent].reverse()];
    const based = inside.filter((e) => !region(e)).map((e) => e.id);
    // (Else the company the sentence before was about, else the one named last.)
    // "the Danish giant" where no company named is known to be Danish: one whose country we do not know, never Denmark.
    // (A country's name used as an adjective takes only a company known to be based there; else it stays the country.)
    const id = based.length
      ? (candidates.find((c) => based.includes(entities.get(c)?.country ?? '')) ??
        (byName ? undefined : [...(previousLead ? [previousLead] : []), ...candidates].find((c) => entities.get(c)?.country === undefined)))
      : (before[0] ?? previousLead ?? recent[recent.length - 1]);
    if (!id && byName) continue;
    kept = kept.filter((e) => !inside.includes(e));
    if (!id) continue;
    added.push({ start, end, id, form: 'name', possessive: /^['’]s?\b/.test(sentence.slice(end, end + 2)) });
  }
  // "Saudi Arabia's state oil giant paid …": a country's company in the possessive, with no name after it, is the company
  // based there that the text has named.
  for (const e of kept) {
    if (!e.possessive || entities.get(e.id)?.kind !== 'country') continue;
    const trade = COUNTRYS_COMPANY.exec(sentence.slice(e.end));
    const id = trade && [...here.filter((x) => x.end <= e.start).map((x) => x.id), ...[...recent].reverse()].find((c) => entities.get(c)?.country === e.id);
    if (!trade || !id) continue;
    const end = e.end + trade[0].length;
    kept = kept.filter((x) => x !== e);
    added.push({ start: e.start, end, id, form: 'name', possessive: /^['’]s?\b/.test(sentence.slice(end, end + 2)) });
  }
  if (!added.length && kept === found.entities) return found;
  // ("the state oil giant": a word of the company's trade inside the words that name it is no facet of the figure.)
  const facets = found.facets.filter(
    (f) => !added.some((a) => a.start <= f.start && f.end <= a.end && COMPANY_TRADE_AFTER.test(sentence.slice(f.end, a.end + 1))),
  );
  return { ...found, facets, entities: [...kept, ...added].sort((a, b) => a.start - b.start) };
}

/**
 * "The US and China allocated $916 billion and $296 billion, respectively": the n-th figure of a kind
 * belongs to the n-th party named before the figures. Null when the counts differ or nothing is respective.
 */
export function respectiveParty(sentence: string, figures: Array<{ start: number; kind: string }>, at: number, mentions: SentenceMentions): string | null {
  if (!RESPECTIVELY.test(sentence)) return listedInOrder(sentence, figures, at, mentions);
  const listed = listedRespectively(sentence, figures, at, mentions);
  if (listed !== undefined) return listed;
  const same = figures.filter((f) => f.kind === figures[at]!.kind);
  if (same.length < 2) return null;
  const parties = [
    ...new Set(
      mentions.entities
        .filter((e) => e.end <= same[0]!.start)
        .map((e) => subjectOf(e.id))
        .filter(isSubjectEntity),
    ),
  ];
  if (parties.length !== same.length) return null;
  return parties[same.indexOf(figures[at]!)] ?? null;
}

const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
// Between facets of one kind listed for their figures, the words they qualify may be said again: "the interest rate on the main
// refinancing operations, and the interest rates on the marginal lending facility and the deposit facility".
const FACET_LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}(?:on|of|for)\s+(?:the\s+)?)?$/u;
const FIGURE_LIST_GLUE = /^[^\d]{0,12}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:by\s+|to\s+|at\s+)?$/;
// Between a list of parties and the list of their figures: "with" or a verb giving each its figure, and a hedge or currency sign at most.
const WITH_FIGURES = new RegExp(String.raw`^\s+${GIVES_EACH}\s+(?:(?:about|around|nearly|some|roughly)\s+)?[$€£¥]?$`, 'i');

/** Where a figure's number ends: its first space or comma, past the commas of its digit groups ("58,000 and 94,000", "$1,916 billion"). */
function numberEnd(sentence: string, start: number): number {
  return /^(?:[^\d\s,;]{0,4}\d{1,3}(?:,\d{3})+)?[^\s,;]*/.exec(sentence.slice(start))![0].length + start;
}

/**
 * "the remaining three spots were occupied by Xiaomi, OPPO and Transsion with 145.9, 103.1 and 94.9 million": a list of
 * parties followed by "with" and a list of as many figures of one kind pairs them in order, as "respectively" would; so
 * does a list that is its clause's subject and a verb that gives each its figure ("Samsung and Apple shipped 223.4 and
 * 225.9 million units"). Null when the figure is in no such pair of lists.
 */
function listedInOrder(sentence: string, figures: Array<{ start: number; kind: string }>, at: number, mentions: SentenceMentions): string | null {
  if (!WITH_FIGURE_LIST.test(sentence)) return null;
  const listed = figureListAround(sentence, figures, at);
  if (!listed) return null;
  const { run, own } = listed;
  const list = lastListOf(sentence, partiesBefore(mentions, run[0]!.start), run.length, partyOf);
  const between = list && WITH_FIGURES.exec(sentence.slice(list[list.length - 1]!.end, run[0]!.start));
  if (!list || !between) return null;
  // (A verb pairs them only where the list is its clause's subject: "Exports to Germany and France rose 5 % and 3 %" lists
  // destinations.)
  if (!/^\s+with\b/i.test(between[0]) && !BEFORE_SUBJECT.test(sentence.slice(0, list[0]!.start))) return null;
  return subjectOf(list[own]!.id);
}

/**
 * The figures of the kind of the one at `at` written as one list with it ("145.9, 103.1 and 94.9 million"), in order, and
 * where it stands in them; null when it stands alone.
 */
function figureListAround<F extends { start: number; kind: string }>(sentence: string, figures: readonly F[], at: number): { run: F[]; own: number } | null {
  const same = figures.filter((f) => f.kind === figures[at]!.kind);
  const joined = (a: F, b: F) => FIGURE_LIST_GLUE.test(sentence.slice(numberEnd(sentence, a.start), b.start));
  const own = same.indexOf(figures[at]!);
  let first = own;
  let last = own;
  while (first > 0 && joined(same[first - 1]!, same[first]!)) first--;
  while (last + 1 < same.length && joined(same[last]!, same[last + 1]!)) last++;
  return last === first ? null : { run: same.slice(first, last + 1), own: own - first };
}

// "… each secured", "… each": a figure stated for every party of a list.
const EACH_BEFORE = /\beach\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:about|around|nearly|some|roughly)\s+)?[$€£¥]?$/u;
const EACH_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?each\b/u;

/**
 * "Reform UK, Plaid Cymru and the Green Party each secured four seats", "Japan and Taiwan boosted their defence spending by
 * 11 percent each": a figure the sentence gives to each party of a list is no single party's statement of its own.
 */
export function statedForEach(sentence: string, figure: { start: number; end: number }, mentions: SentenceMentions): boolean {
  if (!sentence.includes('each')) return false;
  const before = sentence.slice(Math.max(0, figure.start - 60), figure.start);
  if (!EACH_BEFORE.test(before) && !EACH_AFTER.test(sentence.slice(figure.end, figure.end + 24))) return false;
  for (const list of runsOf(sentence, partiesBefore(mentions, figure.start)))
    if (list.length >= 2 && new Set(list.map(partyOf)).size === list.length) return true;
  return false;
}

/**
 * "India and China, which together account for nearly 40 per cent of global emissions, are projected to increase
 * emissions by 8.2 per cent and 4 per cent, respectively": the list of figures right before "respectively" and the
 * list of parties written as one ("India and China"), matched in order, whatever other figures the sentence holds.
 * Undefined when the figure is in no such list or no party list of its length precedes it; null when it is in the
 * list but the parties are not.
 */
function listedRespectively(
  sentence: string,
  figures: Array<{ start: number; kind: string }>,
  at: number,
  mentions: SentenceMentions,
): string | null | undefined {
  const listed = respectiveRun(sentence, figures, at);
  if (!listed) return undefined;
  const { run, own } = listed;
  const list = lastListOf(sentence, partiesBefore(mentions, run[0]!.start), run.length, partyOf);
  return list ? subjectOf(list[own]!.id) : undefined;
}

/** The parties a sentence names before an offset, in order: what a list of figures after them may pair with. */
function partiesBefore(mentions: SentenceMentions, at: number): EntityMention[] {
  return mentions.entities.filter((e) => e.end <= at && isSubjectEntity(subjectOf(e.id)));
}
const partyOf = (e: EntityMention) => subjectOf(e.id);

/** The runs of `items` written as one list each (joined by commas and "and", and by `joins`), in order; a lone item is a run of one. */
function* runsOf<T extends { start: number; end: number }>(
  sentence: string,
  items: readonly T[],
  joins: (a: T, b: T) => boolean = () => true,
  glue: RegExp = LIST_GLUE,
): Generator<T[]> {
  for (let i = 0; i < items.length; i++) {
    const list = [items[i]!];
    let j = i;
    while (j + 1 < items.length && joins(items[j]!, items[j + 1]!) && glue.test(sentence.slice(items[j]!.end, items[j + 1]!.start))) {
      j++;
      list.push(items[j]!);
    }
    yield list;
    i = j;
  }
}

/**
 * The last run of `items` written as one list (see runsOf) that names exactly `length` different things (`key`), or
 * null: the list a respective run of figures pairs with.
 */
function lastListOf<T extends { start: number; end: number }>(
  sentence: string,
  items: readonly T[],
  length: number,
  key: (item: T) => string,
  joins: (a: T, b: T) => boolean = () => true,
  glue: RegExp = LIST_GLUE,
): T[] | null {
  let best: T[] | null = null;
  for (const list of runsOf(sentence, items, joins, glue)) if (list.length === length && new Set(list.map(key)).size === length) best = list;
  return best;
}

/** The list `items` open with, if it names exactly `length` different things (see lastListOf). */
function firstListOf<T extends { start: number; end: number }>(sentence: string, items: readonly T[], length: number, key: (item: T) => string): T[] | null {
  const list = [items[0]!];
  while (list.length < items.length && LIST_GLUE.test(sentence.slice(list[list.length - 1]!.end, items[list.length]!.start))) list.push(items[list.length]!);
  return list.length === length && new Set(list.map(key)).size === length ? list : null;
}

/**
 * The "respectively" a figure at an offset answers to, the first after it, and where its stretch begins: after the
 * "respectively" before it ("coal, oil and gas … by 1.1, 1.5 and 0.5 per cent, respectively, even as they decline in the
 * EU and the USA by 7.4 and 3 per cent, respectively" holds two).
 */
function respectiveClause(sentence: string, at: number): { word: number; from: number } | null {
  if (!RESPECTIVELY.test(sentence)) return null;
  let from = 0;
  for (const m of sentence.matchAll(/\brespectively\b/gi)) {
    if (m.index >= at) return { word: m.index, from };
    from = m.index + m[0].length;
  }
  return null;
}

/**
 * The run of figures of one kind joined only by commas and "and" that ends with the last one before "respectively",
 * and where the figure stands in it; undefined when the figure is in no such run of two or more.
 */
function respectiveRun(
  sentence: string,
  figures: Array<{ start: number; kind: string }>,
  at: number,
): { run: Array<{ start: number }>; own: number } | undefined {
  const clause = respectiveClause(sentence, figures[at]!.start);
  if (!clause) return undefined;
  const kind = figures[at]!.kind;
  const before = figures.filter((f) => f.kind === kind && f.start < clause.word && f.start >= clause.from);
  const own = before.indexOf(figures[at]!);
  if (own < 0) return undefined;
  let first = before.length - 1;
  while (first > 0) {
    if (!FIGURE_LIST_GLUE.test(sentence.slice(numberEnd(sentence, before[first - 1]!.start), before[first]!.start))) break;
    first--;
  }
  if (own < first || before.length - first < 2) return undefined;
  return { run: before.slice(first), own: own - first };
}

/**
 * "a far cry from the 303 and 282 seats it had won in 2019 and 2014, respectively": the n-th figure of a respective run
 * is of the n-th time of a list of as many different times written as one before "respectively" or, failing that, one
 * opening right after it. Null when no such list pairs with it.
 */
export function respectiveTime<T extends { start: number; end: number; period: { start: string | null; end: string | null } }>(
  sentence: string,
  figures: Array<{ start: number; kind: string }>,
  at: number,
  times: readonly T[],
): T | null {
  const listed = respectiveRun(sentence, figures, at);
  if (!listed) return null;
  const word = respectiveClause(sentence, figures[at]!.start)!.word;
  const key = (t: T) => `${t.period.start}..${t.period.end}`;
  // ("Profit rose 4 % and 6 %, respectively, in 2022 and 2023": failing a list before the word, the first one right after it.)
  const after = times.filter((t) => t.start > word);
  const list =
    lastListOf(
      sentence,
      times.filter((t) => t.end <= word),
      listed.run.length,
      key,
    ) ??
    (after.length && /^respectively,?\s+(?:in|for|during|of)\s+(?:the\s+)?$/i.test(sentence.slice(word, after[0]!.start))
      ? firstListOf(sentence, after, listed.run.length, key)
      : null);
  return list?.[listed.own] ?? null;
}

// Between the last figure of a run and a list of times right after it: "in", "for", "during" and an article at most.
const TIMES_AFTER_RUN = /^\s*,?\s*(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+)?$/i;

/**
 * "GDP grew 5.2 and 4.8 percent in 2023 and 2024", "rose 4 % and 6 % in 2022 and 2023": without "respectively", a run of
 * figures of one kind followed at once by a list of as many different times pairs with it in order. Null when the figure
 * is in no such run.
 */
export function timeListedInOrder<T extends { start: number; end: number; period: { start: string | null; end: string | null } }>(
  sentence: string,
  figures: Array<{ start: number; end: number; kind: string }>,
  at: number,
  times: readonly T[],
): T | null {
  const listed = figureListAround(sentence, figures, at);
  if (!listed) return null;
  const end = listed.run[listed.run.length - 1]!.end;
  const after = times.filter((t) => t.start >= end);
  if (!after.length || !TIMES_AFTER_RUN.test(sentence.slice(end, after[0]!.start))) return null;
  const list = firstListOf(sentence, after, listed.run.length, (t) => `${t.period.start}..${t.period.end}`);
  return list?.[listed.own] ?? null;
}

/**
 * "The rates on the main refinancing operations, the marginal lending facility and the deposit facility will fall to
 * 4.25 percent, 4.5 percent and 3.75 percent respectively": the n-th figure of a respective run takes the n-th facet of
 * a list of as many facets of one kind written as one before the figures. Null when no such list pairs with it.
 */
export function respectiveFacet(
  sentence: string,
  figures: Array<{ start: number; kind: string }>,
  at: number,
  mentions: SentenceMentions,
): { id: string; kind: string } | null {
  const listed = respectiveRun(sentence, figures, at);
  if (!listed) return null;
  const facets = mentions.facets.filter((f) => f.end <= listed.run[0]!.start);
  const list = lastListOf(
    sentence,
    facets,
    listed.run.length,
    (f) => f.facet.id,
    (a, b) => a.facet.kind === b.facet.kind,
    FACET_LIST_GLUE,
  );
  const facet = list ? list[listed.own]!.facet : null;
  return facet ? { id: facet.id, kind: facet.kind } : null;
}
