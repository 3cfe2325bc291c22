import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageSelectors, selectorsFor } from '../../src/cite/selectors.js';
import { splitPassages } from '../../src/extract/passages.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seedTexts = readdirSync(seedDir).filter((file) => file.endsWith('.txt'));

const codePoints = (text: string) => Array.from(text);
const slice = (text: string, start: number, end: number) => codePoints(text).slice(start, end).join('');

describe('selectorsFor', () => {
  it('returns a TextQuoteSelector and a TextPositionSelector with the given offsets', () => {
    const text = 'The partnership has no limits, officials said.';
    const [quote, position] = selectorsFor(text, 4, 15);

    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'partnership', prefix: 'The ', suffix: ' has no limits, officials said.' });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 4, end: 15 });
  });

  it('counts an emoji as one code point, so offsets after it slice back exactly', () => {
    const text = 'Trade 📈 rose 🇨🇳🇷🇺 by 26% 👨‍👩‍👧 in 2023.';
    const start = codePoints(text).indexOf('b');
    const end = start + codePoints('by 26% 👨‍👩‍👧').length;
    const [quote] = selectorsFor(text, start, end);

    expect(quote.exact).toBe('by 26% 👨‍👩‍👧');
    expect(quote.exact).toBe(slice(text, start, end));
    expect(quote.prefix).toBe('Trade 📈 rose 🇨🇳🇷🇺 ');
  });

  it('slices through a combining mark exactly where the code point offsets say', () => {
    const text = 'Cafe\u0301 society, re\u0301sume\u0301';
    const [quote] = selectorsFor(text, 4, 6);

    expect(quote.exact).toBe('\u0301 ');
    expect(quote.prefix).toBe('Cafe');
    expect(quote.suffix).toBe('society, re\u0301sume\u0301');
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    const text = '😀 whole text 😀';
    const length = codePoints(text).length;
    const [quote] = selectorsFor(text, 0, length);

    expect(quote).toMatchObject({ exact: text, prefix: '', suffix: '' });
  });

  it('selects an empty range between two code points', () => {
    const [quote, position] = selectorsFor('a😀b', 2, 2);

    expect(quote).toMatchObject({ exact: '', prefix: 'a😀', suffix: 'b' });
    expect(position).toMatchObject({ start: 2, end: 2 });
  });

  it('keeps at most 32 code points of context on each side, even of astral characters', () => {
    const emoji = '🚀'.repeat(40);
    const [quote] = selectorsFor(`${emoji}X${emoji}`, 40, 41);

    expect(quote.exact).toBe('X');
    expect(quote.prefix).toBe('🚀'.repeat(32));
    expect(quote.suffix).toBe('🚀'.repeat(32));
  });

  it('counts a lone surrogate as one code point, as Array.from does', () => {
    const text = 'a\ud83dbc\ude00d';
    const [quote] = selectorsFor(text, 1, 4);

    expect(quote.exact).toBe('\ud83dbc');
    expect(quote.prefix).toBe('a');
    expect(quote.suffix).toBe('\ude00d');
  });

  it('finds offsets near the end of a 1 MB text', () => {
    const text = `${'x😀'.repeat(350_000)}END`;
    const length = 700_003;
    const [quote] = selectorsFor(text, length - 5, length);

    expect(quote.exact).toBe('x😀END');
    expect(quote.suffix).toBe('');
    expect(quote.prefix).toHaveLength(48);
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 1.5],
    [0, 6],
  ])('throws a RangeError for the range [%s, %s) of a 5 code point text', (start, end) => {
    expect(() => selectorsFor('ab😀de', start, end)).toThrow(RangeError);
  });

  it('always slices back to Array.from for any text and valid offsets', () => {
    // Any code point, lone surrogates included (fc.string's 'binary' unit excludes them and
    // takes a second to build), mixed with the sequences that trip UTF-16 arithmetic.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
      fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '\u0301', '\ud83d', '\ude00', '\n', ' '),
    );
    const textAndRange = fc
      .array(unit, { maxLength: 120 })
      .map((parts) => parts.join(''))
      .chain((text) => {
        const length = codePoints(text).length;
        return fc.tuple(fc.constant(text), fc.nat(length), fc.nat(length));
      });

    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const [quote, position] = selectorsFor(text, start, end);
        // Plain comparisons: fast-check reports the counterexample, and expect() per run is slow.
        return (
          quote.exact === slice(text, start, end) &&
          quote.prefix === slice(text, Math.max(0, start - 32), start) &&
          quote.suffix === slice(text, end, end + 32) &&
          text.includes(quote.prefix + quote.exact + quote.suffix) &&
          position.start === start &&
          position.end === end
        );
      }),
      { numRuns: 500 },
    );
  });

  it.each(seedTexts)('agrees with the stored passages of seed text %s', (file) => {
    const text = readFileSync(new URL(file, seedDir), 'utf8');
    const passages = splitPassages(text);
    expect(passages.length).toBeGreaterThan(0);

    for (const passage of passages) {
      expect(selectorsFor(text, passage.start, passage.end)).toEqual(passageSelectors(passage));
    }
  });
});
