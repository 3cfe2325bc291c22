import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SurfaceForms, wordsOf } from '../../src/lexicon/surface-forms.js';

/** The definition the hand-written scanner must agree with: runs of Unicode letters and digits. */
const byRegex = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ index: m.index, raw: m[0] }));
const byScanner = (text: string) => {
  const w = wordsOf(text);
  return w.raw.map((raw, i) => ({ index: w.index[i]!, raw }));
};

describe('wordsOf', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })])('splits any text into the runs of letters and digits a Unicode regex finds', (text) => {
    expect(byScanner(text)).toEqual(byRegex(text));
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'ab1 -’.Éé北京𝐀😀\u00a0Ⅻ'.split(/(?:)/u)), maxLength: 40 })])(
    'keeps astral letters whole and splits at astral symbols',
    (text) => {
      expect(byScanner(text)).toEqual(byRegex(text));
    },
  );

  test.prop([fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })])('answers for the text asked about, not the one before', (a, b) => {
    wordsOf(a);
    expect(byScanner(b)).toEqual(byRegex(b));
    expect(byScanner(a)).toEqual(byRegex(a));
  });

  test('lower-cases each word', () => {
    expect(wordsOf('Gazprom EXPORTS Ölpreise').lower).toEqual(['gazprom', 'exports', 'ölpreise']);
  });
});

describe('SurfaceForms.find', () => {
  const forms = new SurfaceForms<string>([
    ['Power of Siberia', 'pos'],
    ['Power of Siberia 2', 'pos2'],
    ['tax', 'tax'],
    ['price', 'price'],
    ['US', 'usa'],
  ]);

  test('prefers the longest form at a position and matches plurals of lower-case forms', () => {
    const found = forms.find('Power of Siberia 2 and Power of Siberia; taxes and prices');
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['Power of Siberia 2', 'pos2'],
      ['Power of Siberia', 'pos'],
      ['taxes', 'tax'],
      ['prices', 'price'],
    ]);
  });

  test('a form with capitals matches only as written', () => {
    expect(forms.find('tell us about the US').map((m) => [m.start, m.value])).toEqual([[18, 'usa']]);
  });
});

/** Texts made of the given words joined by the given glue: where a lexicon's matching shortcuts could go wrong. */
function textsOf(pieces: string[], glue: string[]) {
  return fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
}

describe('SurfaceForms.find with the second-word prefilter and the word sketches', () => {
  const entries: Array<[string, string]> = [
    ['the White House', 'wh'],
    ['the Kremlin', 'kremlin'],
    ['Sino-Russian', 'sino'],
    ['AT&T', 'att'],
    ['U.S.', 'us'],
    ['Yahoo!', 'yahoo'],
    ['trade deficit', 'deficit'],
    ['trade gap', 'gap'],
    ['per capita', 'pc'],
    ['Côte d’Ivoire', 'ci'],
    ['price index', 'pi'],
    ['price', 'price'],
    ['trade', 'trade'],
    ['tax', 'tax'],
    ['a quarter', 'aq'],
    ['es', 'es'],
    ['x', 'x'],
  ];
  const filtered = new SurfaceForms(entries);
  const plain = new SurfaceForms(entries, { prefilter: false });
  const pieces = [
    'the',
    'The',
    'THE',
    'White',
    'white',
    'Whitehouse',
    'House',
    'Kremlin',
    'kremlins',
    'Sino',
    'Russian',
    'AT',
    'T',
    'U',
    'S',
    'Yahoo',
    'trade',
    'Trade',
    'trades',
    'deficit',
    'deficits',
    'gap',
    'gaps',
    'per',
    'capita',
    'Côte',
    'd',
    'Ivoire',
    'price',
    'prices',
    'index',
    'indexes',
    'tax',
    'taxes',
    'taxe',
    's',
    'es',
    'ess',
    'a',
    'as',
    'quarter',
    'quarters',
    'xs',
    'ſ',
    'K',
    'İ',
    '2',
  ];
  const glue = [' ', '  ', '-', '&', '.', '!', '’', "'", ', ', '\u00a0', '\n', ''];
  const texts = textsOf(pieces, glue);

  test.prop([texts], { numRuns: 3000 })('finds exactly what the patterns alone find', (text) => {
    expect(filtered.find(text)).toEqual(plain.find(text));
  });

  test('still finds a form whose second word opens the next word', () => {
    expect(filtered.find('The White House and the Kremlin; a trade gap; U.S. and AT&T').map((m) => m.value)).toEqual(['wh', 'kremlin', 'gap', 'us', 'att']);
  });
});

describe('wordsOf lower case', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('is each word lower-cased on its own, for any text', (text) => {
    const w = wordsOf(text);
    expect(w.lower).toEqual(w.raw.map((r) => r.toLowerCase()));
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'aB Σς İi ΑΣ’Β. Ölpreis 𐐀'.split(/(?:)/u)), maxLength: 30 })])(
    'is right around letters whose lower case depends on their neighbours or changes length',
    (text) => {
      const w = wordsOf(text);
      expect(w.lower).toEqual(w.raw.map((r) => r.toLowerCase()));
    },
  );
});

describe('SurfaceForms.find for a document’s own forms', () => {
  const entries: Array<[string, string]> = [
    ['Li Auto', 'li'],
    ['Li Auto Inc', 'li-inc'],
    ['Li', 'li-person'],
    ['Power of Siberia', 'pos'],
    ['Power of Siberia 2', 'pos2'],
    ['Sino-Russian', 'sino'],
    ['Sino- Russian', 'sino-space'],
    ['AT&T', 'att'],
    ['U.S.', 'us'],
    ['Dr. Who', 'who'],
    ['price index', 'pi'],
    ['pre-', 'pre'],
    ['Trailing ', 'trailing'],
  ];
  const shared = new SurfaceForms(entries);
  const own = new SurfaceForms(entries, { perDocument: true });
  const pieces = [
    'Li',
    'li',
    'LI',
    'Auto',
    'auto',
    'Autos',
    'Inc',
    'Power',
    'of',
    'Siberia',
    '2',
    '2x',
    'Sino',
    'Russian',
    'AT',
    'T',
    'U',
    'S',
    'Dr',
    'Who',
    'price',
    'index',
    'indexes',
    'pre',
    'Trailing',
    'ſ',
    'é',
    'ͅ',
    '𝐀',
  ];
  const glue = [' ', '  ', '-', '- ', '&', '.', '. ', "'", ', ', '\n', ''];
  const texts = textsOf(pieces, glue);

  test.prop([texts], { numRuns: 3000 })('finds what the one pattern per first word finds', (text) => {
    expect(own.find(text)).toEqual(shared.find(text));
  });

  test('takes the longest form that ends a word', () => {
    expect(own.find('Li Auto Inc and Li Autos, Power of Siberia 2x').map((m) => m.value)).toEqual(['li-inc', 'li-person', 'pos']);
  });
});
