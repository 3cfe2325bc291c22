/**
 * Maps UTF-16 indices (what JavaScript strings use) to Unicode code point offsets (what the
 * API returns), so astral characters such as emoji count as one.
 */
const SURROGATE = /[\ud800-\udfff]/;

export class CodePointIndex {
  /** Null for a text without surrogates, where every UTF-16 index is its code point offset. */
  private readonly table: Uint32Array | null;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.table = null;
      return;
    }
    this.table = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.table[i] = cp;
      const code = text.charCodeAt(i);
      const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
      const next = text.charCodeAt(i + 1);
      if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) {
        this.table[i + 1] = cp;
        i++;
      }
      cp++;
    }
    this.table[text.length] = cp;
  }

  toCodePoint(utf16Index: number): number {
    if (this.table === null) return Number.isInteger(utf16Index) && utf16Index >= 0 && utf16Index <= this.text.length ? utf16Index : undefined!;
    return this.table[utf16Index]!;
  }

  get length(): number {
    return this.table === null ? this.text.length : this.table[this.text.length]!;
  }
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Slices by code points, like `Array.from(text).slice(start, end).join('')` without the array. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  let cp = 0;
  let from = -1;
  let i = 0;
  for (; i < text.length; ) {
    if (cp === start) from = i;
    if (cp === end) break;
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    cp++;
  }
  if (from < 0) from = cp === start ? i : text.length;
  return text.slice(from, i);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Up to `size` code points of `text` before a UTF-16 index; a lone surrogate counts as one, as in Array.from. */
export function contextBefore(text: string, utf16Index: number, size = 32): string {
  let i = utf16Index;
  for (let n = 0; n < size && i > 0; n++) i -= i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
  return text.slice(i, utf16Index);
}

/** Up to `size` code points of `text` after a UTF-16 index. */
export function contextAfter(text: string, utf16Index: number, size = 32): string {
  let i = utf16Index;
  for (let n = 0; n < size && i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return text.slice(utf16Index, i);
}
