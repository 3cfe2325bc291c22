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

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
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

/** Grapheme boundaries of one text, found on demand (ICU's break iterator, not a full scan). */
class Graphemes {
  private readonly segments: Intl.Segments;

  constructor(private readonly text: string) {
    this.segments = graphemes.segment(text);
  }

  /** The boundary at or before a UTF-16 index. */
  floor(index: number): number {
    return index >= this.text.length ? this.text.length : this.segments.containing(index)!.index;
  }

  /** The boundary at or after a UTF-16 index. */
  ceil(index: number): number {
    if (index <= 0) return 0;
    const segment = this.segments.containing(index - 1)!;
    return segment.index + segment.segment.length;
  }

  /** Whole graphemes before `index` until at least `size` code points (or the text's start). */
  back(index: number, size: number): number {
    let taken = 0;
    while (index > 0 && taken < size) {
      const segment = this.segments.containing(index - 1)!;
      taken += codePoints(segment.segment);
      index = segment.index;
    }
    return index;
  }

  /** Whole graphemes after `index` until at least `size` code points (or the text's end). */
  forward(index: number, size: number): number {
    let taken = 0;
    while (index < this.text.length && taken < size) {
      const segment = this.segments.containing(index)!;
      taken += codePoints(segment.segment);
      index = segment.index + segment.segment.length;
    }
    return index;
  }
}

/**
 * W3C Web Annotation selectors for the code point range [start, end) of `text`. The quote is
 * widened to whole grapheme clusters, so it never ends between a letter and its combining
 * accent or inside an emoji sequence; the TextPositionSelector gives the widened range, still
 * in code points. Prefix and suffix are whole graphemes too, at least 32 code points each
 * (less at the text's edges), lengthened until prefix + exact + suffix occurs once in the
 * text, so a client anchoring by quote finds exactly one place.
 */
export function selectorsFor(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    throw new RangeError(`invalid code point range [${start}, ${end})`);
  }
  const [rawFrom, rawTo] = utf16Range(text, start, end);
  const bounds = new Graphemes(text);
  const from = bounds.floor(rawFrom);
  const to = Math.max(from, bounds.ceil(rawTo));
  const exact = text.slice(from, to);

  let prefix = '';
  let suffix = '';
  for (let size = MIN_CONTEXT; ; size *= 2) {
    const prefixFrom = bounds.back(from, size);
    const suffixTo = bounds.forward(to, size);
    prefix = text.slice(prefixFrom, from);
    suffix = text.slice(to, suffixTo);
    const wholeText = prefixFrom === 0 && suffixTo === text.length;
    if (wholeText || occurrences(text, prefix + exact + suffix, 2) === 1) break;
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
    selector: selectorsFor(text, start, end),
  };
}
