/**
 * Runs of capitalised words ("Li Auto", "BYD", "U.S"): where a document's or a sentence's names may be.
 * `capitalisedRuns(text)` finds what `text.matchAll(NAME)` finds, faster: the pattern is tried only where a
 * capital letter could start it (any non-ASCII character, or A–Z), not at every position of the text.
 */
// (Words of a name stand on one line: a title-case headline and the capital opening the next line are two runs.)
export const NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}])(?:[^\S\n\r]+\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}])*/gu;

const NAME_AT = new RegExp(NAME.source, 'uy');

export function capitalisedRuns(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than A–Z starts no match; nor does the second half of a surrogate pair, which a Unicode pattern steps over.
    if (code < 128 ? code < 65 || code > 90 : code >= 0xdc00 && code <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
    NAME_AT.lastIndex = i;
    const m = NAME_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    // The next search starts where this match ended (a match is never empty).
    i = NAME_AT.lastIndex - 1;
  }
  return out;
}
