/**
 * Characters that must not reach a human reader as they are: C0 and C1 control characters
 * other than tab, line feed and carriage return (NUL among them), the bidirectional embedding,
 * override and isolate characters U+202A–U+202E and U+2066–U+2069 (they can make text read in
 * a different order than it is stored), noncharacters (U+FDD0–U+FDEF and the last two code
 * points of every plane, U+FFFE and U+FFFF among them) and unpaired surrogates.
 */
const UNSAFE = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}]|\p{Cs}/gu;

/** `⟨U+202E⟩`: the code point's number, shown instead of the character. */
function visibleEscape(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * Text as it may be shown to people: every unsafe character (see UNSAFE) is replaced by a
 * visible escape such as `⟨U+202E⟩`, so a reader sees that it is there without it acting.
 * Everything else, including ordinary right-to-left text, is left exactly as it is. Stored
 * text and the offsets into it are never changed: this is applied to renderings only.
 */
export function readableText(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}
