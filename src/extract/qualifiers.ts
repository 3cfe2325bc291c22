/**
 * The words that qualify a figure's measure inside its noun phrase, read as constraints of the
 * proposition: "core inflation" is not inflation, "fossil CO2 emissions" are not all emissions,
 * "inflation excluding food and energy" is core inflation, "emissions from deforestation" are a
 * part of emissions. qualifiers.json says which words change nothing ("annual", "total", "record")
 * and gives ids to known ones and their synonyms ("cargo" and "freight"); any other content word
 * that qualifies the measure is kept as itself, so two sources that both say "passenger traffic"
 * still meet and neither meets one that says only "traffic".
 *
 * A noun phrase's pre-modifiers are bounded by closed-class words (determiners, prepositions,
 * pronouns, auxiliaries), punctuation, numbers, names and possessives, so they are read here
 * word by word back from the measure's words, without a tagger.
 */
import { facetForms, measures, type Measure } from '../lexicon/measures.js';
import { isNeutralQualifier, knownQualifiers, LONGEST_FORM, qualifierAfterNumber, qualifierOfExclusion, qualifierOfForm } from '../lexicon/qualifiers.js';
import type { SentenceMentions } from './mentions.js';
import { quickEdges } from './word-edges.js';

interface Span {
  start: number;
  end: number;
}

interface Word extends Span {
  text: string;
}

/** Words that end a run of pre-modifiers: whatever stands before them is no part of the measure's name. */
const CLOSED = new Set(
  (
    'a an the this that these those its their his her our my your whose which who whom what where when why how ' +
    'of in on at to for from by with without into onto over under about around between among across against through during per via than as like ' +
    'and or but nor so yet if because since after before while whereas although though unless until ' +
    'it they we he she i you them us him me there here then now also still already even only just both either neither all each every some any no not ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'said says say saw see sees seen show shows showed shown put puts hit hits set sets cut cuts reach reaches boost boosts lift lifts ' +
    'drive drives drove push pushes keep keeps kept make makes made take takes took give gives gave get gets got lead leads led ' +
    'raise raises rose rise rises fell fall falls grew grow grows slow slows hold holds held bring brings brought remain remains ' +
    'mean means meant put expect expects forecast forecasts estimate estimates report reports record records post posts top tops ' +
    // ("The ECB projects headline inflation to average 2.5 %", "the company sees revenue of …": verbs of a view before its measure.)
    'projects predicts sees anticipates foresees foresee foresaw envisages envisions ' +
    // ("U.S.-bound shipments": where the flow goes, read as its counterpart.)
    'bound ' +
    'much many most more less few fewer least other another such own one two three four five six seven eight nine ten ' +
    'up down out off again ago almost nearly about roughly around over under per cent percent ' +
    // Sentence adverbs that open a sentence right before its measure ("Meanwhile net income was …").
    'meanwhile however moreover furthermore additionally separately likewise similarly nevertheless nonetheless elsewhere altogether ' +
    'whilst amid despite unlike including plus minus versus vs upon within toward towards beyond below above behind near till ' +
    // Scale words and units belong to a figure, and time words date it: neither names what is measured.
    'thousand thousands hundred hundreds million millions billion billions trillion trillions bn mn tn m k dozen dozens crore lakh ' +
    'year years month months quarter quarters week weeks day days decade decades half period periods ' +
    'january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    // Verbs that take a measure as their object ("the numbers represent delivery growth").
    'represent represents mark marks reflect reflects indicate indicates include includes exceed exceeds surpass surpasses total totals ' +
    'account accounts stand stands stood came went sank shrank swung become becomes weigh weighs hurt hurts help helps need needs want wants plan plans aim aims ' +
    'seek seeks cause causes add adds lose loses gain gains pay pays spend spends earn earns owe owes face faces meet meets beat beats ' +
    'miss misses follow follows outpace outpaces double doubles halve halves let lets slash slashes hike hikes lowers'
  ).split(' '),
);

/** Words after which the next word is a verb ("voted to reduce Bank Rate", "will lift exports"). */
const BEFORE_A_VERB = new Set('to will would shall should can could may might must did does do not never'.split(' '));

/** Words of an exclusion that only restate what is excluded ("excluding volatile food and energy prices"). */
const EXCLUSION_FILLER = new Set(['and', 'or', 'the', 'volatile', 'prices', 'price', 'costs', 'cost', 'items', 'components', 'component']);

/** What a "from" after the measure names when it is the time or level a change starts from, not a source. */
const FROM_NOT_A_SOURCE =
  /^(?:years?|months?|quarters?|weeks?|days?|periods?|levels?|record|records|high|highs|low|lows|peak|peaks|previous|prior|preceding|last|earlier|same|pre-pandemic|pre-covid|before|one|about|around)$/;

// A measure word that is a verb ("exported", "sold") has no noun phrase to qualify it.
const VERB_FORM = /(?:ed|^sold|^built|^spent|^spends?|^met)$/i;

// "first-quarter", "full-year", "three-month": words that date the figure, which its period already does ("long-term" and "full-time" do not).
const DATING =
  /^(?:first|second|third|fourth|final|last|full|whole|past|prior|previous|next|calendar|fiscal|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:quarter|half|month|year|week|day)s?$|^(?:year|month|quarter)-(?:to-date|end|ago)$|^(?:year-)?end-(?:19|20)\d{2}$/u;

// "second-largest", "fifth-biggest": a rank among parties describes the party, not what is measured.
const RANK =
  /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-(?:largest|biggest|highest|lowest|smallest|fastest|slowest|most)$/;

const WORD = /^[\p{L}][\p{L}\p{N}-]*$/u;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// ("Acme Corp.'s sales": a possessive after a dot is one mark, not a word "s".)
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|['’]s(?![\p{L}\p{N}])|[^\s\p{L}\p{N}]/gu;

/** The words of a stretch of the sentence with their offsets; anything that is not a plain word comes back as a token too. */
function tokens(sentence: string, from: number, to: number): Word[] {
  // (exec in a loop finds what matchAll finds, without copying the pattern for every call: no match is empty.)
  const text = sentence.slice(from, to);
  const out: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

function slug(words: readonly string[]): string {
  // (Letters with accents keep their letter: "crème" is "creme", not "crme".)
  return words
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

// Scale words of a number ("2.5 million"): part of the figure, never a modifier of its measure.
const SCALE_WORD = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|crores?|lakhs?|m|mn|bn|b|k|tn)$/i;

/** A word of the counted noun that the figure's quote took in after the number ("2,094 net" of "2,094 net orders"). */
function countedNounWord(sentence: string, w: Span & { text: string }, figure: Span): boolean {
  return (
    w.start > figure.start && w.end <= figure.end && /\d/.test(sentence.slice(figure.start, w.start)) && /^\p{Ll}/u.test(w.text) && !SCALE_WORD.test(w.text)
  );
}

/** Whether a word opens the sentence (after quotes or a bullet), where a capital marks no name. */
function opensSentence(sentence: string, word: Span): boolean {
  return /^[\s"“‘'([*•–-]*$/.test(sentence.slice(0, word.start));
}

/** The longest lexicon form (known or neutral) ending with words[i], in words; 0 when none. */
function lexiconPhrase(sentence: string, words: Word[], i: number, measure: string): { length: number; id: string | null } {
  for (let k = Math.min(LONGEST_FORM, i + 1); k >= 1; k--) {
    const phrase = words.slice(i - k + 1, i + 1);
    if (!phrase.every((p) => WORD.test(p.text))) continue;
    const text = phrase.map((p) => p.text).join(' ');
    // ("GAAP earnings per share": an acronym the lexicon knows qualifies in capitals wherever it stands.)
    const acronym = phrase.every((p) => /\p{Lu}{2}/u.test(p.text)) && qualifierOfForm(text) !== undefined;
    if (!acronym && phrase.some((p) => /^\p{Lu}/u.test(p.text) && !opensSentence(sentence, p))) continue;
    if (isNeutralQualifier(text, measure)) return { length: k, id: null };
    const id = qualifierOfForm(text);
    if (id) return { length: k, id };
  }
  return { length: 0, id: null };
}

/**
 * "service inflation", "semiconductor exports", "financial service exports": up to three lower-case words right before the
 * measure's, written in the singular where the facet lexicon names them in the plural, are that facet (longest first) —
 * unless a noun before them makes them the end of a compound ("civil service", "debt service", "potato chip", "breakfast
 * cereal" are no services, chips or grain). A word before them that the lexicon knows ("core", "robust") or that reads as
 * an adjective ("persistent", "memory") leaves them the facet.
 */
function facetInPlural(words: Word[], measure: string): { id: string; length: number } | null {
  const n = words.length;
  for (let k = Math.min(3, n); k >= 1; k--) {
    const phrase = words.slice(n - k).map((w) => w.text);
    if (!phrase.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLOSED.has(w)) || phrase[k - 1]!.endsWith('s')) continue;
    const plural = `${phrase.join(' ')}s`;
    const whole = facetForms.find(plural).find((f) => f.start === 0 && f.end === plural.length);
    if (!whole) continue;
    const before = words[n - k - 1]?.text;
    const compound =
      before !== undefined &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(before) &&
      !CLOSED.has(before) &&
      !ADJECTIVE_LIKE.test(before) &&
      !isNeutralQualifier(before, measure) &&
      qualifierOfForm(before) === undefined;
    return compound ? null : { id: whole.value.id, length: k };
  }
  return null;
}

// Endings of adjectives ("persistent", "sticky"): a word so ending before a facet word qualifies it rather than compounding with it.
const ADJECTIVE_LIKE = /(?:ous|ent|ant|ive|al|ic|ful|less|able|ible|ary|ory|y|ed|ing)$/;

/**
 * The words before the measure's that qualify it, as constraint ids: a known form by its id, a run
 * of other content words as one id in the order written ("data-center").
 */
function preModifiers(sentence: string, at: Span, measure: string, figure: Span, mentions: SentenceMentions): string[] {
  if (VERB_FORM.test(sentence.slice(at.start, at.end))) return [];
  const words = tokens(sentence, Math.max(0, at.start - 80), at.start);
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) found.push(slug(run.reverse()));
    run = [];
  };
  let i = words.length - 1;
  let read = 0;
  while (i >= 0 && read < 5) {
    const w = words[i]!;
    if (!WORD.test(w.text)) break;
    // Inside the figure's quote only a qualifier the lexicon names counts ("2,094 net orders", not "226.6 million smartphone shipments").
    if (overlaps(w, figure) && !(countedNounWord(sentence, w, figure) && lexiconPhrase(sentence, words, i, measure).id)) break;
    // A facet already constrains the proposition ("solar capacity", "services inflation").
    const facet = mentions.facets.find((f) => overlaps(f, w));
    if (facet) {
      flush();
      while (i >= 0 && overlaps(words[i]!, facet)) i--;
      read++;
      continue;
    }
    // A facet the lexicon names in the plural, written in the singular right before the measure ("service inflation").
    const plural = i === words.length - 1 ? facetInPlural(words, measure) : null;
    if (plural) {
      flush();
      found.push(plural.id);
      i -= plural.length;
      read += plural.length;
      continue;
    }
    // Then the lexicon: "land-use" is a qualifier even though "land" alone names a measure.
    const known = lexiconPhrase(sentence, words, i, measure);
    if (known.length) {
      flush();
      // A neutral participle ends the phrase ("economists expected inflation"): what stands before it is no modifier.
      if (!known.id && /ed$/i.test(w.text)) break;
      if (known.id) found.push(known.id);
      i -= known.length;
      read += known.length;
      continue;
    }
    if (/^\p{Lu}/u.test(w.text) && !opensSentence(sentence, w)) break;
    if (mentions.entities.some((e) => overlaps(e, w)) || mentions.measures.some((m) => overlaps(m, w) && !overlaps(m, at))) break;
    const word = w.text.toLowerCase();
    if (CLOSED.has(word) || /['’]/.test(word)) break;
    if (DATING.test(word) || RANK.test(word)) {
      flush();
      i--;
      read++;
      continue;
    }
    // Adverbs, verbs and participles ("sharply", "reported", "rising") end the noun phrase's modifiers.
    if (/(?:ly|ed|ing)$/.test(word)) break;
    if (i > 0 && BEFORE_A_VERB.has(words[i - 1]!.text.toLowerCase())) break;
    run.push(word);
    i--;
    read++;
  }
  flush();
  return found;
}

// The nouns that name a part of an economy or of a company by what it makes or does ("the bio-health sector", "its cloud unit",
// "the company's higher-priced models").
const PART_NOUN = String.raw`(?:sector|industry|segment|division|unit|business|category|models)`;
// (A model's name may hold digits and a slash: "the Model 3/Y segment".)
const PART_WORDS = String.raw`((?:[\p{L}][\p{L}\p{N}/-]*\s+){0,2}[\p{L}\p{N}][\p{L}\p{N}/-]*)(?:\s*\(\p{Lu}{1,6}\))?`;
// "exports in the bio-health sector", "revenue from its cloud business".
const PART_AFTER = new RegExp(String.raw`^\s+(?:in|from|of|for|at)\s+(?:the|its|their)\s+${PART_WORDS}\s+${PART_NOUN}\b`, 'diu');
// "the biohealth industry, whose exports", "the manufacturing sector's growth", "Samsung's memory business's profit".
const PART_BEFORE = new RegExp(String.raw`(?:\b(?:the|its|their)|\p{Lu}[\p{L}.&-]*['’]s)\s+${PART_WORDS}\s+${PART_NOUN}(?:['’]s\s+|,?\s+whose\s+)$`, 'diu');
// "The automotive sector maintained exports at …", "Apple's Services business, which includes the App Store, saw a 12% increase in
// revenue": the part that opens a clause and then states the measure with a verb that keeps it the subject's.
const PART_OPENS = new RegExp(
  String.raw`(?:^|[;:]\s+|,\s+(?:while|whereas|and|but)\s+)[\s"“]*(?:(?:the|its|their)(?:\s+\p{Ll}+['’]s)?|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:['’]s|(?<=s)['’]))\s+${PART_WORDS}\s+${PART_NOUN}\b`,
  'dgiu',
);
const PART_IN_OPENER = new RegExp(String.raw`^[\s"“]*(?:In|Within|Across)\s+(?:the|its|their)\s+${PART_WORDS}\s+${PART_NOUN},\s`, 'diu');
// "a strong performance in the Model 3/Y segment, which saw 436,718 vehicles produced, and 471,930 units delivered": the part a
// relative clause gives its figures to.
const PART_WHICH = new RegExp(
  String.raw`(?:\b(?:the|its|their)|\p{Lu}[\p{L}.&-]*['’]s)\s+${PART_WORDS}\s+${PART_NOUN},?\s+(?:which|that)\s+(?:saw|sees|posted|recorded|reported|had|has|logged|generated)\s+(?:[^.;]{0,60}?,?\s+and\s+)?$`,
  'diu',
);
const NAMES_A_PART = /sector|industry|segment|division|unit|business|categor|models/i;
const SUBJECT_KEEPS =
  /\b(?:contributed|contributes|accounted\s+for|accounts\s+for|saw|sees|posted|posts|reported|reports|recorded|records|logged|logs|generated|generates|maintained|maintains|registered|registers|booked|books|earned|earns|had|has)\b/i;
const ASIDE = /^\s*,\s*(?:which|who|in\s+charge\s+of|including|known\s+as|responsible\s+for|home\s+to)\b[^,;.]*,/i;
const CLAUSE_TURNS =
  /[.;:]|\b(?:while|whereas|but|although)\b|\b(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:sector|industry|segment|division|unit|business|category|models)\b/iu;

/**
 * The ids of a part's words: the facets the lexicon knows there ("Apple's Services business"), or one the lexicon names in the
 * plural ("the semiconductor sector" is semiconductors), else its other content words as one id, hyphens inside a word
 * dropped ("bio-health" and "biohealth" are one part).
 */
function partIds(sentence: string, words: Span, measure: string, mentions: SentenceMentions): string[] {
  const edge = (at: number) => !/[\p{L}\p{N}-]/u.test(sentence[at] ?? ' ');
  const known = mentions.facets.filter((f) => overlaps(f, words) && edge(f.start - 1) && edge(f.end));
  const rest = tokens(sentence, words.start, words.end).filter(
    (w) =>
      WORD.test(w.text) &&
      !known.some((f) => overlaps(f, w)) &&
      !mentions.entities.some((e) => overlaps(e, w)) &&
      !CLOSED.has(w.text.toLowerCase()) &&
      !isNeutralQualifier(w.text, measure),
  );
  // (A facet the lexicon knows is kept unless the sentence names a narrower one within it: "Its cloud computing segment,
  // Intelligent Cloud" is `intelligent-cloud`.)
  const narrower = new Set(mentions.facets.map((f) => f.facet.within));
  const ids = known.map((f) => f.facet.id).filter((id) => !narrower.has(id));
  if (!rest.length) return ids;
  const text = sentence.slice(words.start, words.end);
  const plural = known.length ? undefined : facetForms.find(`${text.toLowerCase()}s`).find((f) => f.start === 0 && f.end === text.length + 1);
  return [...ids, plural ? plural.value.id : slug(rest.map((w) => w.text.replace(/(?<=\p{L})-(?=\p{L})/gu, '')))];
}

/**
 * The part of an economy or of a company a figure's measure is said of, as constraint ids: "exports in the bio-health sector",
 * "the biohealth industry, whose exports", "the manufacturing sector's growth", "The automotive sector maintained exports at …".
 * A part is never the whole it belongs to: South Korea's car exports are not its exports.
 */
function partOf(sentence: string, at: Span, measure: string, figure: Span, mentions: SentenceMentions): string[] {
  // (Every reading below needs a part's noun: most sentences have none.)
  if (!NAMES_A_PART.test(sentence)) return [];
  const words = (m: RegExpExecArray, offset: number): Span => ({ start: offset + m.indices![1]![0], end: offset + m.indices![1]![1] });
  const after = PART_AFTER.exec(sentence.slice(at.end, at.end + 90));
  if (after) return partIds(sentence, words(after, at.end), measure, mentions);
  const from = Math.max(0, at.start - 90);
  const before = PART_BEFORE.exec(sentence.slice(from, at.start));
  if (before) return partIds(sentence, words(before, from), measure, mentions);
  const lead = Math.max(0, figure.start - 160);
  const which = PART_WHICH.exec(sentence.slice(lead, figure.start));
  if (which) return partIds(sentence, words(which, lead), measure, mentions);
  // ("Apple's Services business … saw a 12% increase in revenue": the figure may stand before the measure's words.)
  const until = Math.min(at.start, figure.start);
  // ("In the passenger car business, BYD's sales reached 3,012,906 units": a part the sentence opens on, up to where it turns.)
  const opener = PART_IN_OPENER.exec(sentence);
  if (opener && opener.index + opener[0].length <= until && !CLAUSE_TURNS.test(sentence.slice(opener.index + opener[0].length, until)))
    return partIds(sentence, words(opener, 0), measure, mentions);
  PART_OPENS.lastIndex = 0;
  for (let m = PART_OPENS.exec(sentence); m && m.index + m[0].length <= until; m = PART_OPENS.exec(sentence)) {
    // (An aside about the part says what it does, not that the clause turns: "its Device Solutions (DS) division, in charge of the
    // chip business, is forecast to have logged …".)
    const between = sentence.slice(m.index + m[0].length, until).replace(ASIDE, ' ');
    if (between.length > 140 || CLAUSE_TURNS.test(between) || !SUBJECT_KEEPS.test(between)) continue;
    return partIds(sentence, words(m, 0), measure, mentions);
  }
  return [];
}

// "…, while those of cosmetic products grew 20.6 %": the measure named before, of another part.
const THOSE_OF =
  /\b(?:those|that)\s+of\s+(?:the\s+)?((?:[\p{L}][\p{L}-]*\s+){0,2}[\p{L}][\p{L}-]*)\s+(?:\p{Ll}+ed|grew|rose|fell|rise|rises|falls|came|stood|were|was|reached|hit|totall?ed)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}$/du;

/** The part named by "those of X" between the measure and the figure, whose figure it is; null when there is none. */
function thoseOf(sentence: string, at: Span, figure: Span): Span | null {
  if (at.end > figure.start) return null;
  const m = THOSE_OF.exec(sentence.slice(at.end, figure.start));
  return m ? { start: at.end + m.indices![1]![0], end: at.end + m.indices![1]![1] } : null;
}

const EXCLUDING = /^\s*,?\s*\(?\s*(?:excluding|excl\.|not\s+including|stripping\s+out|leaving\s+out)\s+/i;

/** "inflation excluding food and energy", "exports, excluding oil,": what the measure leaves out, and where its words end. */
function exclusion(sentence: string, at: Span, mentions: SentenceMentions): { id: string; span: Span } | null {
  // ("CPI core (excluding energy, food, alcohol & tobacco)": a known qualifier set after the measure's words, then what it leaves out.)
  const after = /^\s+([\p{L}-]+)(?=\s*,?\s*\(?\s*(?:excluding|excl\.)\s)/iu.exec(sentence.slice(at.end, at.end + 30));
  const skip = after && qualifierOfForm(after[1]!.toLowerCase()) ? after[0].length : 0;
  const m = EXCLUDING.exec(sentence.slice(at.end + skip, at.end + skip + 40));
  if (!m) return null;
  const words: string[] = [];
  let end = at.end + skip + m[0].length;
  for (const w of tokens(sentence, end, Math.min(sentence.length, end + 80))) {
    // ("excluding energy, food, alcohol & tobacco": an ampersand joins the list as "and" does.)
    if (w.text === ',' || w.text === '&') continue;
    // (A measure's words that themselves stand inside the list name what is left out: "excluding energy, food, alcohol & tobacco".)
    if (!WORD.test(w.text) || mentions.measures.some((x) => overlaps(x, w) && !EXCLUSION_FILLER.has(w.text.toLowerCase()) && !insideExclusion(sentence, x)))
      break;
    const word = w.text.toLowerCase();
    if (EXCLUSION_FILLER.has(word)) {
      end = w.end;
      continue;
    }
    if (CLOSED.has(word) || /(?:ly|ed)$/.test(word)) break;
    words.push(word);
    end = w.end;
    if (words.length === 5) break;
  }
  if (!words.length) return null;
  return { id: qualifierOfExclusion(words) ?? `excluding-${slug([...words].sort())}`, span: { start: at.end, end } };
}

const EXCLUSION_BEFORE = quickEdges(
  /\b(?:excluding|excl\.|excludes|excluded|exclude|not\s+including|stripping\s+out|strips\s+out|leaving\s+out|leaves\s+out)\s+(?:[\p{L}-]+,?\s+){0,4}$/iu,
);

/**
 * Whether a measure word stands inside an exclusion ("excluding food and energy prices"): it names
 * what is left out, not the figure's measure.
 */
export function insideExclusion(sentence: string, m: Span): boolean {
  const before = sentence.slice(Math.max(0, m.start - 60), m.start);
  // (Not the subject after an exclusion set before its clause: "Excluding gasoline, the CPI rose 1.7 %".)
  if (preposedExclusion(sentence, m)) return false;
  return EXCLUSION_BEFORE.test(before);
}

// "Excluding gasoline, the CPI rose 1.7 %", "When excluding gas, the inflation rate stood at 1.7 %": what an exclusion set
// before the clause leaves out of the measure that opens it.
const PREPOSED_EXCLUSION =
  /(?:^|[.;:]\s*|\b(?:but|and|while|whereas)\s+)(?:(?:when|if)\s+)?(?:excluding|excl\.|stripping\s+out|leaving\s+out)\s+((?:[\p{L}-]+(?:,\s*|\s+(?:and|&)\s+|\s+))*?[\p{L}-]+)\s*,\s*(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** The qualifier an exclusion set before the measure's clause names, or null. */
function preposedExclusion(sentence: string, m: Span): string | null {
  const found = PREPOSED_EXCLUSION.exec(sentence.slice(Math.max(0, m.start - 80), m.start));
  if (!found) return null;
  const words = found[1]!
    .split(/[\s,&]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !EXCLUSION_FILLER.has(w));
  if (!words.length || words.length > 5) return null;
  return qualifierOfExclusion(words) ?? `excluding-${slug([...words].sort())}`;
}

/** "emissions from deforestation", "revenue from tariffs": the source the measure counts, named after its words. */
function source(sentence: string, at: Span, measure: string, mentions: SentenceMentions): string | null {
  const m = /^\s+from\s+(?:the\s+)?/i.exec(sentence.slice(at.end, at.end + 12));
  if (!m) return null;
  const after = tokens(sentence, at.end + m[0].length, Math.min(sentence.length, at.end + m[0].length + 60));
  // A known source first, its longest form ("from land-use change", "from fossil fuels").
  for (let k = Math.min(LONGEST_FORM, after.length); k >= 1; k--) {
    const text = after
      .slice(0, k)
      .map((w) => w.text)
      .join(' ');
    const id = qualifierOfForm(`from ${text}`);
    if (id) return id;
  }
  const words: Word[] = [];
  for (const w of after) {
    if (!WORD.test(w.text) || /^\p{Lu}/u.test(w.text)) break;
    // A facet or a party there is read as such ("imports from Russia", "emissions from coal").
    if ([...mentions.entities, ...mentions.facets, ...mentions.measures].some((x) => overlaps(x, w))) break;
    const word = w.text.toLowerCase();
    if (CLOSED.has(word) || FROM_NOT_A_SOURCE.test(word) || /(?:ly|ed)$/.test(word)) break;
    words.push(w);
    if (words.length === 4) break;
  }
  // A source that runs on past three words is not read at all; one of neutral words only ("from abroad") adds nothing.
  if (!words.length || words.length > 3 || words.every((w) => isNeutralQualifier(w.text, measure))) return null;
  const text = words.map((w) => w.text).join(' ');
  return qualifierOfForm(text) ?? `from-${slug(words.map((w) => w.text))}`;
}

/**
 * "the cost of energy", "exports of goods", "prices for food": a known qualifier named in an "of" or "for" phrase right after the measure's
 * words, when it ends that phrase, is the qualifier it would be before them ("energy costs", "goods exports").
 * Only qualifiers the lexicon knows count: other words there name whose or what the measure is.
 */
function ofQualifier(sentence: string, at: Span, mentions: SentenceMentions): string | null {
  if (VERB_FORM.test(sentence.slice(at.start, at.end))) return null;
  const m = /^\s+(?:of|for)\s+(?:the\s+)?/i.exec(sentence.slice(at.end, at.end + 12));
  if (!m) return null;
  const after = tokens(sentence, at.end + m[0].length, Math.min(sentence.length, at.end + m[0].length + 60));
  for (let k = Math.min(LONGEST_FORM, after.length); k >= 1; k--) {
    const phrase = after.slice(0, k);
    if (!phrase.every((w) => WORD.test(w.text) && !/^\p{Lu}/u.test(w.text))) continue;
    const id = qualifierOfForm(phrase.map((w) => w.text.toLowerCase()).join(' '));
    if (!id) continue;
    const next = after[k];
    // ("the cost of energy imports": the phrase goes on to name another measure.)
    if (next && mentions.measures.some((x) => overlaps(x, next))) return null;
    return id;
  }
  return null;
}

// "Of these, 36.8 billion tonnes …", "of which $2 billion …": the figure is a part of the total just stated.
const PARTITIVE =
  /(?:^|[,;:(]\s*|\b)(?:of\s+(?:these|those|this|that|which|whom|them|it)|of\s+(?:the|that|this)\s+(?:total|amount|sum|figure))\s*,?\s*(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than)\s+)?$/i;
// ("… 36.8 billion tonnes would be from fossil fuels"): the copula between a part and the source it names.
const PART_COPULA = /^\s+(?:would\s+be|will\s+be|was|were|is|are|came|come|comes|stemmed|stems)(?=\s+from\b)/i;

/**
 * The constraint a figure stated as a part of the total before it carries ("Of these, 36.8 billion
 * tonnes would be from fossil fuels" is fossil emissions, "of which $2 billion …" a part of
 * unknown kind): its source when it names one, else `part`; null when the figure is not such a part.
 * A part never states the proposition of its whole.
 */
export function partOfWhole(sentence: string, figure: Span, mentions: SentenceMentions, measure: string): string | null {
  if (!PARTITIVE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start))) return null;
  const copula = PART_COPULA.exec(sentence.slice(figure.end));
  const from = source(sentence, { start: figure.start, end: figure.end + (copula?.[0].length ?? 0) }, measure, mentions);
  return from ?? 'part';
}

const OF_AFTER_FIGURE = /^\s+of\s+/i;

/**
 * Known qualifiers in the figure's own "of" phrase: "36.8 billion tonnes of fossil carbon dioxide were
 * emitted" is fossil emissions whatever word names the measure. Only qualifiers the lexicon knows
 * count here, and only before a measure word and up to the phrase's third word: other words of such
 * a phrase name what is counted, not a constraint.
 */
function ofPhraseQualifiers(sentence: string, figure: Span, mentions: SentenceMentions): string[] {
  const of = OF_AFTER_FIGURE.exec(sentence.slice(figure.end, figure.end + 8));
  if (!of) return [];
  const words = tokens(sentence, figure.end + of[0].length, Math.min(sentence.length, figure.end + of[0].length + 40)).slice(0, 3);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // (The phrase's own measure word ends its modifiers: "80 % of estimated deaths worldwide" says where, not what.)
    if (!WORD.test(words[i]!.text) || mentions.measures.some((m) => overlaps(m, words[i]!))) break;
    for (let k = Math.min(LONGEST_FORM, words.length - i); k >= 1; k--) {
      const id = qualifierOfForm(
        words
          .slice(i, i + k)
          .map((w) => w.text.toLowerCase())
          .join(' '),
      );
      if (id) {
        found.push(id);
        break;
      }
    }
  }
  return found;
}

/**
 * The qualifiers of a figure's measure, as constraint ids sorted: known ones by their id
 * (qualifiers.json), any other content word as itself, exclusions as `excluding-…`, sources as `from-…`.
 */
export function qualifiersOf(
  sentence: string,
  at: Span & { measure: { id: string } },
  figure: Span,
  mentions: SentenceMentions,
  those: Span | null = thoseOf(sentence, at, figure),
): string[] {
  // ("2,319 gross orders (2,094 net)": a figure after its measure that names its own qualifier is not the one the
  // measure's modifiers qualify.)
  const ownId = at.end <= figure.start ? qualifierAfterNumber(sentence.slice(figure.start, figure.end)) : undefined;
  if (those) return partIds(sentence, those, at.measure.id, mentions).sort();
  const found = new Set(ownId ? [ownId] : preModifiers(sentence, at, at.measure.id, figure, mentions));
  for (const id of partOf(sentence, at, at.measure.id, figure, mentions)) found.add(id);
  const excluded = exclusion(sentence, at, mentions);
  if (excluded) found.add(excluded.id);
  const preposed = excluded ? null : preposedExclusion(sentence, at);
  if (preposed) found.add(preposed);
  const from = source(sentence, at, at.measure.id, mentions);
  if (from) found.add(from);
  const of = ofQualifier(sentence, at, mentions);
  if (of) found.add(of);
  for (const id of ofPhraseQualifiers(sentence, figure, mentions)) found.add(id);
  return [...found].sort();
}

/**
 * The measure and constraints of a figure once the words qualifying its measure are read: the
 * qualifiers join the facets, a facet named only inside an exclusion ("exports excluding oil")
 * leaves them, and a qualifier that names a measure of its own ("core" inflation) states that one.
 */
export function qualify(
  sentence: string,
  at: Span,
  figure: Span,
  mentions: SentenceMentions,
  measure: Measure,
  facets: readonly string[],
): { measure: Measure; facets: string[] } {
  const excluded = exclusion(sentence, at, mentions);
  const left = new Set(excluded ? mentions.facets.filter((f) => overlaps(f, excluded.span)).map((f) => f.facet.id) : []);
  // ("Semiconductor exports rose 44 %, while those of cars fell 0.1 %": the facets of the first part are not the second's.)
  const those = thoseOf(sentence, at, figure);
  if (those) for (const f of mentions.facets) if (f.start >= at.start - 40 && f.end <= those.start) left.add(f.facet.id);
  // ("Excluding energy, food, alcohol and tobacco, core inflation …": a qualifier the measure already states adds nothing.)
  let qualifiers = qualifiersOf(sentence, { ...at, measure }, figure, mentions, those).filter(
    (q) => !Object.values(knownQualifiers.get(q)?.statesAs ?? {}).includes(measure.id),
  );
  for (const q of qualifiers) {
    const other = measures.get(knownQualifiers.get(q)?.statesAs?.[measure.id] ?? '');
    if (!other) continue;
    measure = other;
    qualifiers = qualifiers.filter((x) => x !== q);
    break;
  }
  return { measure, facets: [...new Set([...facets.filter((f) => !left.has(f)), ...qualifiers])].sort() };
}
