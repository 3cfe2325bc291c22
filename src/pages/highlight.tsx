import type { ComponentChildren } from 'preact';

/** Code point slice, the unit every offset in this API counts in. */
export function codePointSlice(chars: readonly string[], start: number, end: number): string {
  return chars.slice(start, end).join('');
}

/** A passage with one code point range (relative to the passage) marked. */
export function MarkedSpan({ text, start, end, className }: { text: string; start: number; end: number; className?: string }) {
  const chars = Array.from(text);
  const from = Math.max(0, Math.min(start, chars.length));
  const to = Math.max(from, Math.min(end, chars.length));
  return (
    <>
      {codePointSlice(chars, 0, from)}
      <mark class={className}>{codePointSlice(chars, from, to)}</mark>
      {codePointSlice(chars, to, chars.length)}
    </>
  );
}

/** FTS5's unicode61 tokenizer (remove_diacritics 2) folds case and diacritics; so does this. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function queryWords(query: string): Set<string> {
  return new Set((query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord));
}

/** Text with every word of the query marked, matched whole-word the way the full-text index matched it. */
export function MatchedWords({ text, words }: { text: string; words: ReadonlySet<string> }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!words.has(foldWord(match[0]))) continue;
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(<mark class="match">{match[0]}</mark>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/** A passage with its claim's figure marked and every query word marked inside and around it. */
export function MatchedPassage({ text, start, end, words }: { text: string; start: number; end: number; words: ReadonlySet<string> }) {
  const chars = Array.from(text);
  const from = Math.max(0, Math.min(start, chars.length));
  const to = Math.max(from, Math.min(end, chars.length));
  return (
    <>
      <MatchedWords text={codePointSlice(chars, 0, from)} words={words} />
      <mark class="figure">
        <MatchedWords text={codePointSlice(chars, from, to)} words={words} />
      </mark>
      <MatchedWords text={codePointSlice(chars, to, chars.length)} words={words} />
    </>
  );
}
