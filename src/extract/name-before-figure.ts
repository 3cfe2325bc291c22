/**
 * "Ryanair carried 18.7 million passengers", "Acme shipped over 2 million units": a name opening a
 * sentence as the subject of a verb whose object is a figure of a measure ("passengers") names the
 * party the figure is of, as it does right before a measure verb ("Lenovo shipped").
 */
const VERB_FIGURE =
  /^\s+(?:\p{Ll}+ed|flew|sold|built|spent|grew|saw|had|made|took|won|drew|posted)\s+(?:(?:a\s+record(?:\s+of)?|an?\s+all-time\s+high\s+of|over|more\s+than|about|around|nearly|almost|some|roughly)\s+)?\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|bn|m|k))?\s+/iu;

/** Whether the words after a sentence-opening name are a verb, a figure and then a measure's words (`measureStarts`, offsets in the sentence). */
export function verbFigureMeasure(sentence: string, nameEnd: number, measureStarts: Set<number>): boolean {
  const m = VERB_FIGURE.exec(sentence.slice(nameEnd));
  return !!m && measureStarts.has(nameEnd + m[0].length);
}

// A capitalised name opening a headline: one or more capitalised words, a possessive allowed after it.
const OPENING_NAME = /^\s*[“"‘']?(\p{Lu}[\p{L}\p{N}&-]*[\p{L}\p{N}](?:\s+\p{Lu}[\p{L}\p{N}&-]*[\p{L}\p{N}])*)(?:['’]s)?\s+/u;

/**
 * "Ryanair passenger numbers jump 11 %", "Acme revenue falls": a headline that opens with a name right
 * before a measure's words is about that name's measure. The name (not a gazetteer one, not a common
 * word that opens sentences, not itself a measure's or facet's words) is returned as the headline's
 * party, with its span; null otherwise.
 */
export function headlineOpeningName(
  headline: string,
  mentions: {
    entities: Array<{ start: number; end: number }>;
    measures: Array<{ start: number; end: number; candidates?: ReadonlyArray<{ ownedByName?: boolean }> }>;
    facets: Array<{ start: number; end: number }>;
  },
  isCommonWord: (word: string) => boolean,
): { start: number; end: number; name: string } | null {
  // ("Amazon.com Announces Fourth Quarter Results", "Spotify Q4 2023 earnings": a company's results, named before them.)
  const results = RESULTS_HEADLINE.exec(headline);
  if (results) {
    const name = withoutPeriodWords(results[1]!);
    const start = results.index + results[0].indexOf(name);
    const end = start + name.length;
    const overlaps = (x: { start: number; end: number }) => x.start < end && start < x.end;
    if (!name.split(/\s+/).some(isCommonWord) && !mentions.entities.some(overlaps)) return { start, end, name };
  }
  const m = OPENING_NAME.exec(headline);
  if (!m) return null;
  // ("HSBC H1 profits rose", "Acme Q3 revenue", "Acme 2023 sales": the period the figures cover is no part of the name.)
  const name = withoutPeriodWords(m[1]!);
  const words = name.split(/\s+/);
  const start = m.index + m[0].indexOf(name);
  const end = start + name.length;
  // ("Falling freight rates hit profits at …", "Soaring demand …": a participle opening a headline describes, it does not name.)
  if (words.some(isCommonWord) || /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!)) return null;
  const overlaps = (x: { start: number; end: number }) => x.start < end && start < x.end;
  if (mentions.entities.some(overlaps) || mentions.measures.some(overlaps) || mentions.facets.some(overlaps)) return null;
  // ("Acme first-half profit falls", "Acme quarterly revenue": a word of time may stand between the name and the measure.)
  const after = m.index + m[0].length + (TIME_BEFORE_MEASURE.exec(headline.slice(m.index + m[0].length))?.[0].length ?? 0);
  if (mentions.measures.some((x) => x.start === after)) return { start, end, name };
  // ("LVMH posts record 2023 sales", "Unilever beats sales forecasts": a verb of results between the name and an
  // organisation's measure.)
  const verb = RESULTS_VERB.exec(headline.slice(m.index + m[0].length));
  if (!verb) return null;
  const from = m.index + m[0].length + verb[0].length;
  return mentions.measures.some((x) => x.start >= from && x.start - from <= 30 && x.candidates?.some((c) => c.ownedByName)) ? { start, end, name } : null;
}

// A results release's headline: a name, a verb of reporting, and words of the period before "results" or "earnings".
const RESULTS_HEADLINE =
  /^\s*[“"‘']?(\p{Lu}[\p{L}\p{N}&.-]*(?:,?\s+\p{Lu}[\p{L}\p{N}&.-]*)*?)\s+(?:(?:[Aa]nnounces|[Rr]eports|[Pp]osts|[Rr]eleases|[Pp]ublishes|[Uu]nveils)\s+)?(?:[Ii]ts\s+)?(?:(?:Q[1-4]|H[12]|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ull[- ][Yy]ear|[Hh]alf[- ][Yy]ear|[Aa]nnual|[Qq]uarterly|[Ii]nterim|[Pp]reliminary|[Ff]iscal|FY\s?\d{2,4}|(?:19|20)\d{2}|[Qq]uarter|[Hh]alf|[Yy]ear|[Ff]inancial|and|&)[\s-]+)+(?:[Rr]esults|[Ee]arnings)\b/u;

const RESULTS_VERB =
  /^(?:posts|reports|books|logs|sees|beats|misses|lifts|raises|cuts|lowers|trims|delivers|sells|ships|records|tops|nets|earns|swings\s+to)\s+/i;

/** A word of the period a name's figures cover: "Q3", "H1", "Q3FY25", "FY2024", "2023". */
export const PERIOD_WORD = /^(?:(?:H[12]|Q[1-4]|[1-4]Q)(?:FY\d{2,4})?|FY\d{2,4}|(?:19|20)\d{2})$/;

/** A run of capitalised words without the period words it ends on ("Tata Motors Q3" → "Tata Motors"); never empty. */
export function withoutPeriodWords(run: string): string {
  const words = run.split(/\s+/);
  while (words.length > 1 && PERIOD_WORD.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
const TIME_BEFORE_MEASURE =
  /^(?:(?:19|20)\d{2}|(?:first|second|third|fourth|full)[- ](?:half|quarter|year)|annual|quarterly|half-year(?:ly)?|interim|monthly)\s+/i;
