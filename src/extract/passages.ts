import { CodePointIndex } from './code-points.js';

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

const CONTEXT = 32;

// Intl.Segmenter breaks after these when a capital follows ("U.S. Treasury"); V8 ignores the
// -u-ss-standard suppression, so the breaks are merged back here.
const ABBREVIATIONS = new Set(
  [
    'U.S.', 'U.N.', 'U.K.', 'E.U.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Col.',
    'St.', 'Jr.', 'Sr.', 'vs.', 'e.g.', 'i.e.', 'No.', 'Nos.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'approx.', 'Jan.',
    'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'a.m.', 'p.m.', 'cf.', 'al.', 'Mt.', 'Ft.',
  ].map((a) => a.toLowerCase()),
);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LINE = /[^\r\n]+/g;
const LEADING_SPACE = /^[\s\u00a0\u200b\ufeff]+/;
const TRAILING_SPACE = /[\s\u00a0\u200b\ufeff]+$/;

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = segment.trimEnd().split(/[\s\u00a0]+/).pop() ?? '';
  const bare = lastWord.replace(/^[(“"‘']+/, '').toLowerCase();
  // A lone initial ("John F. Kennedy") does not end a sentence either.
  return ABBREVIATIONS.has(bare) || /^[a-z]\.$/.test(bare);
}

/** Sentences of one paragraph as UTF-16 [start, end) pairs relative to the paragraph. */
function sentenceRanges(paragraph: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let pendingStart = -1;
  for (const { segment, index } of sentenceSegmenter.segment(paragraph)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const end = index + segment.length;
    const next = paragraph.slice(end, end + 2);
    if (end < paragraph.length && endsWithAbbreviation(segment) && /^[\s\u00a0]*\S/.test(next)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    ranges.push([start, end]);
  }
  if (pendingStart >= 0) ranges.push([pendingStart, paragraph.length]);
  return ranges;
}

/** Splits a text into sentence passages with exact code point offsets. One line = one paragraph. */
export function splitPassages(text: string): PassageSpan[] {
  const index = new CodePointIndex(text);
  const passages: PassageSpan[] = [];
  let paragraph = -1;
  for (const line of text.matchAll(LINE)) {
    if (!line[0].replace(TRAILING_SPACE, '')) continue;
    paragraph++;
    for (const [relStart, relEnd] of sentenceRanges(line[0])) {
      const raw = line[0].slice(relStart, relEnd);
      const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
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

export function contextBefore(text: string, utf16Index: number, size = CONTEXT): string {
  const window = Array.from(text.slice(Math.max(0, utf16Index - size * 2), utf16Index));
  let chars = window.slice(-size);
  // A lone low surrogate at the cut belongs to a pair we did not take whole.
  if (chars[0] && /^[\udc00-\udfff]$/.test(chars[0])) chars = chars.slice(1);
  return chars.join('');
}

export function contextAfter(text: string, utf16Index: number, size = CONTEXT): string {
  let chars = Array.from(text.slice(utf16Index, utf16Index + size * 2)).slice(0, size);
  const last = chars[chars.length - 1];
  if (last && /^[\ud800-\udbff]$/.test(last)) chars = chars.slice(0, -1);
  return chars.join('');
}
