import { contextAfter, contextBefore } from '../extract/code-points.js';

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

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** UTF-16 indices of two code point offsets, in one pass that stops at `end`. */
function utf16Range(text: string, start: number, end: number): [number, number] {
  let from = start === 0 ? 0 : -1;
  let i = 0;
  for (let cp = 0; cp < end; ) {
    if (i >= text.length) {
      throw new RangeError(`end ${end} is past the text's ${cp} code points`);
    }
    // A surrogate pair is one code point; a lone surrogate counts as one, as in Array.from.
    if (isHigh(text.charCodeAt(i++)) && isLow(text.charCodeAt(i))) i++;
    if (++cp === start) from = i;
  }
  return [from, i];
}

/**
 * W3C Web Annotation selectors for the code point range [start, end) of `text`: the quote
 * with its context (robust to later edits of the text) and the exact position.
 */
export function selectorsFor(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    throw new RangeError(`invalid code point range [${start}, ${end})`);
  }
  const [from, to] = utf16Range(text, start, end);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: contextBefore(text, from),
      suffix: contextAfter(text, to),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * The same selectors from a stored passage, whose text and context were cut from the source
 * with the same code point rules: no need to load or scan the source text.
 */
export function passageSelectors(passage: {
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
}): PassageSelectors {
  return [
    { type: 'TextQuoteSelector', exact: passage.text, prefix: passage.prefix, suffix: passage.suffix },
    { type: 'TextPositionSelector', start: passage.start, end: passage.end },
  ];
}
