import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectorsFor, specificResource } from '../../src/cite/selectors.js';
import { splitPassages } from '../../src/extract/passages.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seedTexts = readdirSync(seedDir).filter((file) => file.endsWith('.txt'));

const codePoints = (text: string) => Array.from(text);
const slice = (text: string, start: number, end: number) => codePoints(text).slice(start, end).join('');

/** Code point offsets at which a grapheme cluster starts, per the platform's Unicode segmentation. */
function graphemeBoundaries(text: string): Set<number> {
  const bounds = new Set<number>([0]);
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) {
    offset += codePoints(segment).length;
    bounds.add(offset);
  }
  return bounds;
}

function occurrences(text: string, needle: string): number {
  if (needle === '') return text === '' ? 1 : Infinity;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * The selectors of [start, end) in `text`, and whether they hold in every text: the exact words
 * slice back, and the quote, its prefix and its suffix begin and end on grapheme boundaries.
 * `covers`: the quote holds the range asked for; `context`: prefix and suffix run 32 code points
 * or to the text's edge.
 */
function checkedSelectors(text: string, start: number, end: number, { covers = true, context = true } = {}) {
  const [quote, position] = selectorsFor(text, start, end);
  const bounds = graphemeBoundaries(text);
  const prefixStart = position.start - codePoints(quote.prefix).length;
  const suffixEnd = position.end + codePoints(quote.suffix).length;
  const holds =
    quote.exact === slice(text, position.start, position.end) &&
    (!covers || (position.start <= start && position.end >= end)) &&
    [position.start, position.end, prefixStart, suffixEnd].every((offset) => bounds.has(offset)) &&
    quote.prefix === slice(text, prefixStart, position.start) &&
    quote.suffix === slice(text, position.end, suffixEnd) &&
    (!context ||
      ((codePoints(quote.prefix).length >= 32 || prefixStart === 0) && (codePoints(quote.suffix).length >= 32 || suffixEnd === codePoints(text).length)));
  return { quote, holds };
}

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

  it('widens a quote that would end between a digit and its combining mark', () => {
    const text = 'Growth of 5\u0301% was reported.';
    const start = codePoints(text).indexOf('5');
    const [quote, position] = selectorsFor(text, start, start + 1);

    expect(quote.exact).toBe('5\u0301');
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 2 });
    expect(quote.suffix.startsWith('%')).toBe(true);
  });

  it('widens a quote that would start on a combining mark back to its base letter', () => {
    const text = 'Cafe\u0301 society, re\u0301sume\u0301';
    const [quote, position] = selectorsFor(text, 4, 6);

    expect(quote.exact).toBe('e\u0301 ');
    expect(position).toMatchObject({ start: 3, end: 6 });
    expect(quote.prefix).toBe('Caf');
  });

  it('widens a quote that would cut a family emoji or a flag in two', () => {
    const text = 'Shares: 👨‍👩‍👧 and 🇨🇳 up.';
    const family = codePoints(text).indexOf('👨');
    const [quote, position] = selectorsFor(text, family, family + 2);
    expect(quote.exact).toBe('👨‍👩‍👧');
    expect(position).toMatchObject({ start: family, end: family + 5 });

    const flag = codePoints(text).indexOf('🇨');
    expect(selectorsFor(text, flag + 1, flag + 2)[0].exact).toBe('🇨🇳');
  });

  it('never starts a prefix or ends a suffix inside a grapheme cluster', () => {
    const text = `${'e\u0301'.repeat(20)}QUOTE${'👍🏽'.repeat(20)}`;
    const start = codePoints(text).indexOf('Q');
    const [quote] = selectorsFor(text, start, start + 5);

    expect(quote.prefix.startsWith('\u0301')).toBe(false);
    expect(quote.prefix).toBe('e\u0301'.repeat(16));
    expect(quote.suffix).toBe('👍🏽'.repeat(16));
  });

  it('lengthens prefix and suffix until the quote matches one place only', () => {
    const sentence = 'Officials said the trade figure stood at 5 per cent over the whole year, and no more than that.';
    const text = `North: ${sentence} South: ${sentence}`;
    const start = codePoints(text).lastIndexOf('5');
    const [quote] = selectorsFor(text, start, start + 1);

    expect(quote.exact).toBe('5');
    expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
    expect(quote.prefix).toContain('South: ');
    expect(codePoints(quote.prefix).length).toBeGreaterThan(32);
  });

  it('stops lengthening the context at 1,024 code points in a text that repeats itself, and stays fast', () => {
    const text = `${'Trade rose 5% in 2023. '.repeat(45_000)}END`;
    const started = performance.now();
    const [quote, position] = selectorsFor(text, 500_008, 500_010);

    expect(performance.now() - started).toBeLessThan(1000);
    expect(quote.exact).toBe('5%');
    expect(position).toMatchObject({ start: 500_008, end: 500_010 });
    expect(codePoints(quote.prefix).length).toBeGreaterThanOrEqual(1024);
    expect(codePoints(quote.prefix).length).toBeLessThan(1024 + 23);
    expect(slice(text, position.start - codePoints(quote.prefix).length, position.end)).toBe(quote.prefix + quote.exact);
  });

  it('keeps the minimum context when the quote is already unique', () => {
    const text = `${'a'.repeat(50)}UNIQUE${'b'.repeat(50)}`;
    const [quote] = selectorsFor(text, 50, 56);

    expect(quote.prefix).toBe('a'.repeat(32));
    expect(quote.suffix).toBe('b'.repeat(32));
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

  it('keeps 32 code points of context on each side, even of astral characters', () => {
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

  it('always gives whole graphemes, sliced back by Array.from, around the requested range and unique in the text', () => {
    // Any code point, lone surrogates included (fc.string's 'binary' unit excludes them and
    // takes a second to build), mixed with the sequences that trip UTF-16 and grapheme arithmetic.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
      fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', '👍🏽', 'e\u0301', '\u0301', '\ud83d', '\ude00', '\n', ' ', 'ab', 'ab'),
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
        const { quote, holds } = checkedSelectors(text, start, end);
        // Plain comparisons: fast-check reports the counterexample, and expect() per run is slow.
        return holds && occurrences(text, quote.prefix + quote.exact + quote.suffix) === 1;
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same grapheme boundaries deep inside a long text as in a short one', () => {
    // Long enough that only a window around the quote is segmented; runs of flag letters and
    // astral characters straddle the window's edges.
    const unit = fc.constantFrom('🇨', '🇳', '🇨🇳', '😀', '👨‍👩‍👧', 'e\u0301', '\u0301', 'a', ' ', '\n', '\u200d', '👍🏽', 'क्षि');
    const longText = fc.array(unit, { minLength: 600, maxLength: 1200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        longText.chain((text) => fc.tuple(fc.constant(text), fc.nat(codePoints(text).length))),
        ([text, at]) => {
          const length = codePoints(text).length;
          return checkedSelectors(text, Math.min(at, length), Math.min(at + 3, length), { covers: false, context: false }).holds;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives whole graphemes in news-like text, where a combining mark, CR LF or a joiner may sit next to the quote', () => {
    // Mostly letters and typographic punctuation (every unit its own grapheme), with now and then
    // a unit that joins its neighbour: the quote's surroundings decide how they are segmented.
    const unit = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('a', 'Z', '7', ' ', '.', '’', '“', '”', '—', '–', '…', '€', '£', 'é', '\u00ad', '\n') },
      { weight: 1, arbitrary: fc.constantFrom('\r\n', '\r', 'e\u0301', '\u0301', '\u200d', '\u20dd', '👍🏽', '\u0915\u094d') },
    );
    const textAndRange = fc
      .array(unit, { maxLength: 300 })
      .map((parts) => parts.join(''))
      .chain((text) => {
        const length = codePoints(text).length;
        return fc.tuple(fc.constant(text), fc.nat(length), fc.nat(Math.min(length, 12)));
      });
    fc.assert(
      fc.property(textAndRange, ([text, at, width]) => {
        const length = codePoints(text).length;
        return checkedSelectors(text, Math.min(at, length), Math.min(at + width, length)).holds;
      }),
      { numRuns: 1000 },
    );
  });

  it.each(seedTexts)('quotes every passage of seed text %s exactly, at one place only', (file) => {
    const text = readFileSync(new URL(file, seedDir), 'utf8');
    const passages = splitPassages(text);
    expect(passages.length).toBeGreaterThan(0);

    for (const passage of passages) {
      const [quote, position] = selectorsFor(text, passage.start, passage.end);
      expect(quote.exact).toBe(passage.text);
      expect(position).toMatchObject({ start: passage.start, end: passage.end });
      expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
    }
  });
});

describe('specificResource', () => {
  it('points at the stored text, with the article as scope and both selectors', () => {
    const text = 'Trade rose 26% in 2023.';
    const target = specificResource(text, 11, 14, {
      textUrl: 'http://api.test/v1/sources/s/text',
      articleUrl: 'https://news.test/a',
      language: 'en',
    });

    expect(target).toEqual({
      type: 'SpecificResource',
      source: { id: 'http://api.test/v1/sources/s/text', type: 'Text', format: 'text/plain', language: 'en' },
      scope: 'https://news.test/a',
      selector: selectorsFor(text, 11, 14),
    });
    expect(target.selector[0].exact).toBe('26%');
  });

  it('leaves out scope without an article URL, and language when none is known', () => {
    const target = specificResource('abc', 0, 1, { textUrl: 'http://api.test/t', articleUrl: null, language: '' });

    expect(target).not.toHaveProperty('scope');
    expect(target.source).not.toHaveProperty('language');
  });
});
