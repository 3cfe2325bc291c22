import { CodePointIndex, contextAfter, contextBefore } from './code-points.js';

export interface PassageSpan {
  ordinal: number;
  /** Code point offsets into the source text, end exclusive. */
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  paragraph: number;
  /** UTF-16 offsets, for the extractor's own use; never leave the process. */
  utf16Start: number;
  utf16End: number;
}

// Intl.Segmenter breaks after these when a capital follows ("U.S. Treasury"); V8 ignores the
// -u-ss-standard suppression, so the breaks are merged back here.
const ABBREVIATIONS = new Set(
  [
    'U.S.',
    'U.N.',
    'U.K.',
    'E.U.',
    'Dr.',
    'Mr.',
    'Mrs.',
    'Ms.',
    'Prof.',
    'Gen.',
    'Sen.',
    'Rep.',
    'Gov.',
    'Lt.',
    'Col.',
    'St.',
    'Jr.',
    'Sr.',
    'vs.',
    'e.g.',
    'i.e.',
    'No.',
    'Nos.',
    'Inc.',
    'Ltd.',
    'Co.',
    'Corp.',
    'Bros.',
    'Dept.',
    'Assn.',
    'Intl.',
    'Mfg.',
    'Bhd.',
    'Ave.',
    'Blvd.',
    'Rd.',
    'Hon.',
    'Rev.',
    'Capt.',
    'Sgt.',
    'Maj.',
    'Adm.',
    'Messrs.',
    'Fig.',
    'approx.',
    'Jan.',
    'Feb.',
    'Mar.',
    'Apr.',
    'Aug.',
    'Sept.',
    'Sep.',
    'Oct.',
    'Nov.',
    'Dec.',
    'a.m.',
    'p.m.',
    'cf.',
    'al.',
    'Mt.',
    'Ft.',
  ].map((a) => a.toLowerCase()),
);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LINE = /[^\r\n]+/g;
const LEADING_SPACE = /^[\s\u00a0\u200b\ufeff]+/;
const SPACE_OR_INVISIBLE = /[\s\u00a0\u200b\ufeff]/;

/** How many characters of white space (or zero-width space) end a text: what /[\s\u00a0\u200b\ufeff]+$/ matches, counted from the end. */
function trailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && SPACE_OR_INVISIBLE.test(text[i - 1]!)) i--;
  return text.length - i;
}

const SPACE = /\s/;

/** What follows the last white space of a text (the whole text when it has none): its last word, as split on spaces. */
function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(i);
}

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = lastWordOf(segment.trimEnd());
  const bare = lastWord.replace(/^[(“"‘']+/, '').toLowerCase();
  // A lone initial ("John F. Kennedy") does not end a sentence either.
  return ABBREVIATIONS.has(bare) || /^[a-z]\.$/.test(bare);
}

// V8's segmenter does not break after "…" as it does after "...": "disagreed… Others said" is
// two sentences either way, so break after an ellipsis that a capital follows.
const ELLIPSIS_BREAK = /…[”’"')\]]*(?=[\s\u00a0]+[\p{Lu}“‘"])/gu;
// A full stop with no space after it, between a word and a capitalised word ("on Thursday.This decline"): two
// sentences run together by the page. (Not after an initial or inside "U.S.Treasury": two lowercase letters must
// end the first word, and the next must go on in lowercase.)
const GLUED_BREAK = /(?<=\p{Ll}{2}[.!?][”’"')\]]*)(?=\p{Lu}\p{Ll})/gu;
const MAY_BE_GLUED = /[.!?][”’"')\]]*\p{Lu}/u;
const TICKER_STOP = /(?:^|[\s(])[\p{Lu}\d_]*[\p{Lu}\d][\p{Lu}\d_]*_?\p{Ll}?\.$/u;
const TICKER_EXCHANGE = /^(?![AI]\s)\p{Lu}{1,2}(?=[\s),;]|$)/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const STARTS_LOWERCASE = /^[\s\u00a0]*\p{Ll}/u;

/** Segmenter output, UTF-16 [start, end) pairs relative to the paragraph. */
function segments(paragraph: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { segment, index } of sentenceSegmenter.segment(paragraph)) {
    let from = index;
    // (An ellipsis break needs an ellipsis, a glued break a capital after a stop: most segments have neither.)
    const cuts = [...(segment.includes('…') ? segment.matchAll(ELLIPSIS_BREAK) : []), ...(MAY_BE_GLUED.test(segment) ? segment.matchAll(GLUED_BREAK) : [])]
      .map((m) => index + m.index + m[0].length)
      .sort((a, b) => a - b);
    for (const cut of cuts) {
      if (cut <= from) continue;
      ranges.push([from, cut]);
      from = cut;
    }
    ranges.push([from, index + segment.length]);
  }
  return ranges;
}

function continuesSentence(previous: string, next: string): boolean {
  // Bare punctuation ("..." opening a pull quote) leads into the sentence after it.
  if (!HAS_WORD.test(previous)) return true;
  if (endsWithAbbreviation(previous)) return true;
  // ("Toyota Motor 7203.T sold …", "Volkswagen (VOWG_p.DE)": an exchange's letters after a stock code's full stop.)
  if (TICKER_STOP.test(previous) && TICKER_EXCHANGE.test(next)) return true;
  // “Is it over?” she asked. A question or exclamation followed by a lowercase word goes on.
  return STARTS_LOWERCASE.test(next);
}

/** Sentences of one paragraph as UTF-16 [start, end) pairs relative to the paragraph. */
function sentenceRanges(paragraph: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [start, end] of segments(paragraph)) {
    const last = ranges[ranges.length - 1];
    if (last && continuesSentence(paragraph.slice(last[0], last[1]), paragraph.slice(start, end))) last[1] = end;
    else ranges.push([start, end]);
  }
  // Trailing bare punctuation ("He left. ...") belongs to the sentence before it.
  const tail = ranges[ranges.length - 1];
  if (ranges.length > 1 && tail && !HAS_WORD.test(paragraph.slice(tail[0], tail[1]))) {
    ranges.pop();
    ranges[ranges.length - 1]![1] = tail[1];
  }
  return ranges;
}

/** Splits a text into sentence passages with exact code point offsets. One line = one paragraph. */
export function splitPassages(text: string): PassageSpan[] {
  const index = new CodePointIndex(text);
  const passages: PassageSpan[] = [];
  let paragraph = -1;
  for (const line of text.matchAll(LINE)) {
    if (trailingSpace(line[0]) === line[0].length) continue;
    paragraph++;
    for (const [relStart, relEnd] of sentenceRanges(line[0])) {
      const raw = line[0].slice(relStart, relEnd);
      const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
      const trail = trailingSpace(raw);
      if (lead + trail >= raw.length) continue;
      const utf16Start = line.index + relStart + lead;
      const utf16End = line.index + relEnd - trail;
      const start = index.toCodePoint(utf16Start);
      const end = index.toCodePoint(utf16End);
      passages.push({
        ordinal: passages.length,
        start,
        end,
        text: text.slice(utf16Start, utf16End),
        prefix: contextBefore(text, utf16Start),
        suffix: contextAfter(text, utf16End),
        paragraph,
        utf16Start,
        utf16End,
      });
    }
  }
  return passages;
}
