import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const claimsOf = (text: string, publishedAt: string | null = '2025') => extract(text, { publishedAt }).claims;

describe('extract: normalisation', () => {
  it('reads a hedged money figure into base units with a widened interval', () => {
    const [c] = claimsOf('Bilateral trade between China and Russia reached about $245 billion in 2024.');
    expect(c).toMatchObject({ value: 245e9, unit: 'USD', qualifier: 'approximately' });
    expect(c!.interval.low!).toBeLessThan(244.5e9);
    expect(c!.interval.high!).toBeGreaterThan(245.5e9);
  });

  it('gives an unhedged figure half a unit of its last digit either side', () => {
    const [c] = claimsOf('China’s trade with Russia reached US$244.8 billion in 2024.');
    expect(c!.interval.low).toBeCloseTo(244.75e9, -3);
    expect(c!.interval.high).toBeCloseTo(244.85e9, -3);
  });

  it('leaves "more than 40" open above', () => {
    const [c] = claimsOf('Xi met Putin on more than 40 occasions since 2013.');
    expect(c).toMatchObject({ value: 40, unit: 'count', qualifier: 'more_than', interval: { low: 40, high: null } });
  });

  it('dates each figure of a two-year sentence to its own year', () => {
    const claims = claimsOf('The share rose from 31 per cent in 2021 to 89 per cent in 2023.');
    expect(claims.map((c) => [c.value, c.period?.start])).toEqual([
      [31, '2021-01-01'],
      [89, '2023-01-01'],
    ]);
  });

  it('resolves "last year" against the publication date', () => {
    const [c] = claimsOf('Russia’s trade with China reached a record $240 billion last year.', '2024-05');
    expect(c!.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', resolution: 'relative' });
  });

  it('leaves a figure unresolved when nothing dates it and there is no publication date', () => {
    const [c] = claimsOf('The network covers some 2,400 miles.', null);
    expect(c!.period).toMatchObject({ resolution: 'unresolved', start: null, end: null });
  });

  it('turns no name, identifier or date into a claim', () => {
    const text =
      'It supported UNSC Resolution 2774 in February 2025. Ocean-2024 and Joint Sea-2024 followed. ' +
      'Power of Siberia-2 stalled; the G20 met on May 9, 2025 at the Belt and Road Forum.';
    expect(claimsOf(text)).toEqual([]);
  });

  it('matches the trade metric on phrasings the seeds do not use', () => {
    const phrasings = [
      'Commerce between China and Russia hit 1.74 trillion yuan last year.',
      'Two-way trade between Beijing and Moscow came to $240 billion in 2023.',
      'China–Russia trade turnover reached $237 billion in 2024.',
    ];
    for (const p of phrasings) expect(claimsOf(p)[0]?.metric, p).toBe('trade.china-russia.total');
  });

  it('derives a shared key for an uncatalogued figure phrased alike in two texts', () => {
    const a = claimsOf('Global wheat stocks fell to 260 million tonnes in 2024.')[0]!;
    const b = claimsOf('Global wheat stocks stood at 255 million tonnes in 2024, the agency said.')[0]!;
    expect(a.metric).toMatch(/^derived\./);
    expect(a.metric).toBe(b.metric);
  });

  it('writes a statement from the structured fields', () => {
    const [c] = claimsOf('China’s burgeoning trade with Russia reached US$244.8 billion in 2024.');
    expect(c!.statement).toContain('2024');
    expect(c!.statement).toContain('US$244.8 billion');
  });
});

describe('extract: properties', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.constantFrom('2024', '2024-05', '2025-12-04'), { nil: null })])(
    'never throws on arbitrary Unicode and every quote slices back to its offsets',
    (text, publishedAt) => {
      const chars = Array.from(text);
      for (const c of extract(text, { publishedAt }).claims) {
        expect(chars.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.exact);
      }
    },
  );

  const figureish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '$',
          'US$',
          '€',
          ' billion',
          ' per cent',
          '%',
          ' about ',
          ' more than ',
          ' in 2024',
          ' last year',
          '😀',
          'e\u0301',
          '\u00a0',
          '. ',
          '\n',
        ),
        fc.integer({ min: 0, max: 99999 }).map(String),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

  test.prop([figureish])('keeps offsets exact on figure-dense text with emoji and combining marks', (text) => {
    const chars = Array.from(text);
    for (const c of extract(text, { publishedAt: '2024-05' }).claims) {
      expect(chars.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.exact);
      expect(Number.isFinite(c.value)).toBe(true);
    }
  });
});
