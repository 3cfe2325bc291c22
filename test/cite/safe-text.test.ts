import { describe, expect, it } from 'vitest';
import { readableText } from '../../src/cite/safe-text.js';

describe('readableText', () => {
  it.each([
    ['a right-to-left override', 'Invoice \u202Efdp.exe', 'Invoice ⟨U+202E⟩fdp.exe'],
    ['an embedding and its pop', 'x\u202Ay\u202Cz', 'x⟨U+202A⟩y⟨U+202C⟩z'],
    ['a first-strong isolate and its pop', '\u2068name\u2069', '⟨U+2068⟩name⟨U+2069⟩'],
    ['NUL', 'a\u0000b', 'a⟨U+0000⟩b'],
    ['an escape sequence', '\u001b[31mred', '⟨U+001B⟩[31mred'],
    ['DEL and a C1 control', 'a\u007Fb\u0085c', 'a⟨U+007F⟩b⟨U+0085⟩c'],
    ['noncharacters in the BMP', 'a\uFFFFb\uFFFEc\uFDD0d', 'a⟨U+FFFF⟩b⟨U+FFFE⟩c⟨U+FDD0⟩d'],
    ['a supplementary-plane noncharacter', 'end\u{10FFFF}', 'end⟨U+10FFFF⟩'],
    ['an unpaired surrogate', 'a\uD800b', 'a⟨U+D800⟩b'],
  ])('shows %s as a visible escape', (_name, input, expected) => {
    expect(readableText(input)).toBe(expected);
  });

  it('leaves tab, line breaks, other scripts, emoji and directional marks alone', () => {
    const text = 'Line one\tcol\r\nLine two\n中俄贸易 😀 \u200Fمرحبا שלום Ärger';
    expect(readableText(text)).toBe(text);
  });
});
