export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code point offset of the first character, inclusive. */
  start: number;
  /** Code point offset after the last character, exclusive. */
  end: number;
}

export type PassageSelectors = [TextQuoteSelector, TextPositionSelector];

/** Code points of context each side at least; more where the quote would not be unique. */
export const MIN_CONTEXT = 32;
/**
 * Context stops growing here. Only text that repeats itself for longer than this around the
 * quote (a periodic text) needs more; there the TextPositionSelector tells the places apart,
 * and lengthening further would cost a scan of the whole text per doubling.
 */
export const MAX_CONTEXT = 1024;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A regional indicator (flag letter, U+1F1E6..U+1F1FF) starts at UTF-16 index `i`. */
function isRegionalIndicator(text: string, i: number): boolean {
  if (i < 0) return false;
  const low = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

/** Code points in a string; a lone surrogate counts as one, as in Array.from. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return n;
}

/** UTF-16 indices of two code point offsets, in one pass that stops at `end`. */
function utf16Range(text: string, start: number, end: number): [number, number] {
  let from = start === 0 ? 0 : -1;
  let i = 0;
  for (let cp = 0; cp < end; ) {
    if (i >= text.length) {
      throw new RangeError(`end ${end} is past the text's ${cp} code points`);
    }
    if (isHigh(text.charCodeAt(i++)) && isLow(text.charCodeAt(i))) i++;
    if (++cp === start) from = i;
  }
  return [from, i];
}

/** Occurrences of `needle` in `text`, overlapping ones included, counted up to `limit`. */
function occurrences(text: string, needle: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < limit; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * Text in which every UTF-16 unit is a grapheme cluster of its own: Latin letters, digits,
 * Latin-1 and spacing modifier letters (below the combining marks at U+0300), general
 * punctuation (dashes, quotes, ellipsis, per mille) and currency signs. None of these is a
 * surrogate, extender, joiner, prepended or spacing mark; only CR (which joins a following LF) is left out.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters (bar CR) are clusters of their own
const ONE_UNIT_CLUSTERS = /^[\u0000-\u000c\u000e-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

// UTF-16 units of text segmented beyond what a walk can reach, so that the window's edges,
// where segmentation lacks context, stay out of the way.
const MARGIN = 256;

/**
 * Grapheme boundaries around [from, to) of a text. Only a window is segmented: ICU's break
 * iterator copies its whole input on every lookup, which costs about half a millisecond per
 * boundary in a 1 MB text. Cluster boundaries depend on nearby characters only (apart from
 * long runs of flag letters), and the window starts just after a line feed, where a cluster
 * always ends, when there is one close by.
 */
class Graphemes {
  private readonly segments: Intl.Segments | undefined;
  private readonly lo: number;
  private readonly hi: number;

  constructor(text: string, from: number, to: number, reach: number) {
    let lo = Math.max(0, from - reach - MARGIN);
    if (lo > 0) {
      const before = Math.max(0, lo - 4 * MARGIN);
      const lineFeed = text.slice(before, lo).lastIndexOf('\n');
      if (lineFeed >= 0) lo = before + lineFeed + 1;
    }
    // Never cut a surrogate pair, and start before a run of flag letters, which pair up from its start.
    while (lo > 0 && (isLow(text.charCodeAt(lo)) || isRegionalIndicator(text, lo - 2))) lo--;
    let hi = Math.min(text.length, to + reach + MARGIN);
    if (hi < text.length && isLow(text.charCodeAt(hi))) hi++;
    this.lo = lo;
    this.hi = hi;
    const window = text.slice(this.lo, this.hi);
    // Most news text needs no segmenter: each unit is a cluster (and ICU's lookups are the cost of a selector).
    this.segments = ONE_UNIT_CLUSTERS.test(window) ? undefined : graphemes.segment(window);
  }

  private segmentAt(index: number): { index: number; end: number; codePoints: number } {
    if (!this.segments) return { index, end: index + 1, codePoints: 1 };
    const segment = this.segments.containing(index - this.lo)!;
    const start = segment.index + this.lo;
    return { index: start, end: start + segment.segment.length, codePoints: codePoints(segment.segment) };
  }

  /** The boundary at or before a UTF-16 index. */
  floor(index: number): number {
    return index >= this.hi ? index : this.segmentAt(index).index;
  }

  /** The boundary at or after a UTF-16 index. */
  ceil(index: number): number {
    return index <= this.lo ? index : this.segmentAt(index - 1).end;
  }

  /** Whole graphemes before `index` until at least `size` code points (or the window's start). */
  back(index: number, size: number): number {
    for (let taken = 0; index > this.lo && taken < size; ) {
      const segment = this.segmentAt(index - 1);
      taken += segment.codePoints;
      index = segment.index;
    }
    return index;
  }

  /** Whole graphemes after `index` until at least `size` code points (or the window's end). */
  forward(index: number, size: number): number {
    for (let taken = 0; index < this.hi && taken < size; ) {
      const segment = this.segmentAt(index);
      taken += segment.codePoints;
      index = segment.end;
    }
    return index;
  }
}

/**
 * W3C Web Annotation selectors for the code point range [start, end) of `text`. The quote is
 * widened to whole grapheme clusters, so it never ends between a letter and its combining
 * accent or inside an emoji sequence; the TextPositionSelector gives the widened range, still
 * in code points. Prefix and suffix are whole graphemes too, at least 32 code points each
 * (less at the text's edges), doubled until prefix + exact + suffix occurs once in the text
 * (up to MAX_CONTEXT), so a client anchoring by quote finds exactly one place.
 */
export function selectorsFor(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    throw new RangeError(`invalid code point range [${start}, ${end})`);
  }
  const [rawFrom, rawTo] = utf16Range(text, start, end);
  const near = new Graphemes(text, rawFrom, rawTo, 0);
  const from = near.floor(rawFrom);
  const to = Math.max(from, near.ceil(rawTo));
  const exact = text.slice(from, to);

  let prefix = '';
  let suffix = '';
  for (let size = MIN_CONTEXT; ; size *= 2) {
    // A code point takes at most two UTF-16 units; the margin leaves room for a long last cluster.
    const bounds = new Graphemes(text, from, to, 2 * size);
    const prefixFrom = bounds.back(from, size);
    const suffixTo = bounds.forward(to, size);
    prefix = text.slice(prefixFrom, from);
    suffix = text.slice(to, suffixTo);
    const wholeText = prefixFrom === 0 && suffixTo === text.length;
    if (wholeText || size >= MAX_CONTEXT || occurrences(text, prefix + exact + suffix, 2) === 1) break;
  }

  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    {
      type: 'TextPositionSelector',
      start: start - codePoints(text.slice(from, rawFrom)),
      end: end + codePoints(text.slice(rawTo, to)),
    },
  ];
}

/** The stored text a citation points into, described for a Web Annotation target. */
export interface TextResource {
  /** URL of the stored text (`text/plain`), which the offsets count into. */
  id: string;
  type: 'Text';
  format: 'text/plain';
  /** BCP 47 language tag ("und" when undetermined). */
  language?: string;
}

/** A W3C Web Annotation SpecificResource: the quoted span of one stored text. */
export interface SpecificResource {
  type: 'SpecificResource';
  source: TextResource;
  /** The article the text was taken from, where its URL is known. */
  scope?: string;
  selector: PassageSelectors;
}

/**
 * The target of an annotation on [start, end) of a stored text: `source` is the text's own
 * URL (the offsets count into it); the article's URL, where known, is the `scope` — the page
 * the text is read within, as the Web Annotation model has it.
 */
export function specificResource(
  text: string,
  start: number,
  end: number,
  where: { textUrl: string; articleUrl: string | null; language: string },
): SpecificResource {
  return resourceWithSelectors(selectorsFor(text, start, end), where);
}

/** The same target from selectors already built (selectorsFor's result, stored). */
export function resourceWithSelectors(selector: PassageSelectors, where: { textUrl: string; articleUrl: string | null; language: string }): SpecificResource {
  const language = where.language.trim();
  return {
    type: 'SpecificResource',
    source: {
      id: where.textUrl,
      type: 'Text',
      format: 'text/plain',
      ...(language && { language }),
    },
    ...(where.articleUrl && { scope: where.articleUrl }),
    selector,
  };
}
