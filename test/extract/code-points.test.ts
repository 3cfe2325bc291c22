import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CodePointIndex } from '../../src/extract/code-points.js';

/** Code points before a UTF-16 index; an index inside a surrogate pair counts as the pair's start. */
function codePointsBefore(text: string, i: number): number {
  const inPair = i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
  return Array.from(text.slice(0, inPair ? i - 1 : i)).length;
}

describe('CodePointIndex', () => {
  test.prop([fc.string({ unit: fc.constantFrom('a', 'é', ' ', '😀', '𝐀', '\ud800', '\udc00', '’'), maxLength: 30 })])(
    'maps every UTF-16 index to the code points before it, with or without astral characters',
    (text) => {
      const index = new CodePointIndex(text);
      for (let i = 0; i <= text.length; i++) expect(index.toCodePoint(i)).toBe(codePointsBefore(text, i));
      expect(index.length).toBe(Array.from(text).length);
    },
  );

  test('answers nothing for an index outside the text, as for a text with astral characters', () => {
    expect(new CodePointIndex('abc').toCodePoint(4)).toBeUndefined();
    expect(new CodePointIndex('a😀').toCodePoint(4)).toBeUndefined();
  });
});
