import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitPassages, type PassageSpan } from '../../src/extract/passages.js';
import { seedManifest, seedText } from '../helpers.js';

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Every contract the API makes about a passage, checked against the text it came from. */
function expectExactPassages(text: string, passages: PassageSpan[]) {
  const codePoints = Array.from(text);
  let previousEnd = 0;
  let previousParagraph = 0;
  passages.forEach((p, i) => {
    expect(p.ordinal).toBe(i);
    expect(slice(text, p.start, p.end)).toBe(p.text);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.prefix).toBe(codePoints.slice(Math.max(0, p.start - 32), p.start).join(''));
    expect(p.suffix).toBe(codePoints.slice(p.end, p.end + 32).join(''));
    expect(Array.from(p.prefix).length).toBeLessThanOrEqual(32);
    expect(Array.from(p.suffix).length).toBeLessThanOrEqual(32);
    expect(p.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    expect(p.text).not.toMatch(/[\r\n]/);
    expect(text.slice(p.utf16Start, p.utf16End)).toBe(p.text);
    previousEnd = p.end;
    previousParagraph = p.paragraph;
  });
}

/** The 0-based index of the non-blank line a code point offset falls on. */
function paragraphAt(text: string, offset: number): number {
  const before = slice(text, 0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return lines.slice(0, -1).filter((line) => line.trim() !== '').length;
}

describe('splitPassages on the seed articles', () => {
  const expectedCounts: Record<string, number> = {
    'thinkchina-limits-of-no-limits': 64,
    'indiafoundation-no-limits-with-cautions': 75,
    'scmp-priority-partners': 74,
    'usip-putin-visit-china': 80,
    'gill-conditional-embrace': 119,
  };

  it.each(seedManifest().map((m) => [m.id, m.file] as const))('slices every passage of %s back out of the text exactly', (id, file) => {
    const text = seedText(file);
    const passages = splitPassages(text);
    expect(passages).toHaveLength(expectedCounts[id]!);
    expectExactPassages(text, passages);
    for (const p of passages) {
      expect(p.paragraph).toBe(paragraphAt(text, p.start));
      expect(p.text).toMatch(/[\p{L}\p{N}]/u);
      expect(p.text.trim()).toBe(p.text);
    }
    expect(passages.at(-1)!.paragraph + 1).toBe(text.split('\n').filter((line) => line.trim() !== '').length);
  });

  it('keeps "U.S." and decimals inside their sentences and breaks after a closing quote', () => {
    const all = seedManifest().flatMap((m) => splitPassages(seedText(m.file)).map((p) => p.text));
    expect(all).toContain(
      'China’s burgeoning trade with Russia, reaching a new high of US$244.8 billion in 2024, has been an economic lifeline that has enabled Russia to withstand Western sanctions.',
    );
    expect(all.some((s) => s.includes('Despite U.S. Treasury warnings, dual-use'))).toBe(true);
    expect(all.some((s) => /^(U\.S\.|U\.N\.)$/.test(s) || /\b(U\.S|U\.N)\.$/.test(s))).toBe(false);
  });

  it('attaches an ellipsis that opens a paragraph to the sentence it introduces', () => {
    const text = seedText(seedManifest().find((m) => m.id === 'thinkchina-limits-of-no-limits')!.file);
    const passages = splitPassages(text).map((p) => p.text);
    expect(passages).toContain(
      '... Beijing has abandoned its earlier discourse of pursuing a new type of major power relations to one where Russia is Beijing’s partner of choice to jointly stand up to America.',
    );
    expect(passages).not.toContain('...');
  });
});

describe('splitPassages on hard text', () => {
  const text = [
    'Trade Between Neighbours',
    '',
    'Despite U.S. Treasury warnings, trade rose. The U.N. Security Council met on Monday. Bilateral trade reached US$244.8 billion in 2024, up 1.9 per cent.',
    'Officials called it “a new era.” Critics disagreed… Others said nothing... Then prices rose.',
    '   ',
    '• Energy exports rose 🚢 sharply',
    '• Café owners noted a rise in 2023.  Double spaces follow here.\r',
    'Dr. Li spoke at 9 a.m. on Friday. Growth was 3.5% year on year.\u00a0A non-breaking space precedes this sentence.',
    'Emoji 🎉 mark the end 👍🏽. Combining marks: nai\u0308ve cafe\u0301s opened. “Is it over?” she asked. Yes!',
    'Output shrank, the office said on Thursday.This decline was larger than expected.The U.S.Treasury and example.com stayed quiet.',
  ].join('\n');

  const expected: Array<[number, string]> = [
    [0, 'Trade Between Neighbours'],
    [1, 'Despite U.S. Treasury warnings, trade rose.'],
    [1, 'The U.N. Security Council met on Monday.'],
    [1, 'Bilateral trade reached US$244.8 billion in 2024, up 1.9 per cent.'],
    [2, 'Officials called it “a new era.”'],
    [2, 'Critics disagreed…'],
    [2, 'Others said nothing...'],
    [2, 'Then prices rose.'],
    [3, '• Energy exports rose 🚢 sharply'],
    [4, '• Café owners noted a rise in 2023.'],
    [4, 'Double spaces follow here.'],
    [5, 'Dr. Li spoke at 9 a.m. on Friday.'],
    [5, 'Growth was 3.5% year on year.'],
    [5, 'A non-breaking space precedes this sentence.'],
    [6, 'Emoji 🎉 mark the end 👍🏽.'],
    [6, 'Combining marks: nai\u0308ve cafe\u0301s opened.'],
    [6, '“Is it over?” she asked.'],
    [6, 'Yes!'],
    [7, 'Output shrank, the office said on Thursday.'],
    [7, 'This decline was larger than expected.'],
    [7, 'The U.S.Treasury and example.com stayed quiet.'],
  ];

  it('finds the sentence boundaries a reader would', () => {
    expect(splitPassages(text).map((p) => [p.paragraph, p.text])).toEqual(expected);
  });

  it('slices every passage back out of the text, astral characters and combining marks included', () => {
    expectExactPassages(text, splitPassages(text));
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const passages = splitPassages(text);
    const emoji = passages.find((p) => p.text.startsWith('Emoji'))!;
    // 🎉 and 👍🏽 are three astral code points (six UTF-16 units): end - start is 24, not 27.
    expect(emoji.end - emoji.start).toBe(24);
    expect(emoji.utf16End - emoji.utf16Start).toBe(27);
    const prefixText = text.slice(0, emoji.utf16Start);
    expect(emoji.start).toBe(Array.from(prefixText).length);
    expect(emoji.start).toBeLessThan(prefixText.length);
  });

  it('gives the 32 code points around a passage as prefix and suffix', () => {
    const passages = splitPassages(text);
    const growth = passages.find((p) => p.text.startsWith('Growth'))!;
    expect(growth.prefix).toBe('. Li spoke at 9 a.m. on Friday. ');
    expect(growth.suffix).toBe('\u00a0A non-breaking space precedes t');
    expect(passages[0]!.prefix).toBe('');
    expect(passages.at(-1)!.suffix).toBe('');
  });

  it('counts a lone surrogate next to a passage as one code point of its context', () => {
    const text = `\udc00${'a'.repeat(29)}. Next one. ${'B'.repeat(30)}\ud800`;
    const [first, second, third] = splitPassages(text);
    expect(second!.text).toBe('Next one.');
    expect(second!.prefix).toBe(`\udc00${'a'.repeat(29)}. `);
    expect(third!.prefix.length).toBe(32);
    expect(first!.suffix).toBe(` Next one. ${'B'.repeat(21)}`);
    expectExactPassages(text, [first!, second!, third!]);
    expect(second!.suffix).toBe(` ${'B'.repeat(30)}\ud800`);
  });

  it('answers no passages for empty or blank text', () => {
    expect(splitPassages('')).toEqual([]);
    expect(splitPassages(' \n\r\n\t\u00a0\n')).toEqual([]);
  });
});

describe('splitPassages on arbitrary text', () => {
  const unicodeText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc.constantFrom('. ', '? ', '… ', '...', ' U.S. ', '\n', '\r\n', '“', '”. ', '\u00a0', '🚢', 'e\u0301', ' Dr. ', '• ', '  '),
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join('')),
  );

  fcTest.prop([unicodeText], { numRuns: 400 })('never throws and every passage slices back out of the text', (text) => {
    expectExactPassages(text, splitPassages(text));
  });
});
