import { describe, expect, it } from 'vitest';
import { quickEdges } from '../../src/extract/word-edges.js';

describe('word boundaries next to a certain word character become one look-around', () => {
  it.each([
    [/\b(?:rose|fell)\s+$/iu, '(?<!\\w)(?:rose|fell)\\s+$'],
    [/\bhikes?\s+of\s+$/iu, '(?<!\\w)hikes?\\s+of\\s+$'],
    [/the\s+end\b/iu, 'the\\s+end(?!\\w)'],
    [/\b(?<year>\d{4})\b/giu, '(?<!\\w)(?<year>\\d{4})(?!\\w)'],
    [/\b(?:(?:up|down)wards?|lower)\b/iu, '(?<!\\w)(?:(?:up|down)wards?|lower)\\b'],
    [/(?:cut|cuts)\b/iu, '(?:cut|cuts)(?!\\w)'],
    [/\b(?:rose|fell)+by\b/iu, '(?<!\\w)(?:rose|fell)+by(?!\\w)'],
  ])('%s', (re, source) => {
    expect(quickEdges(re).source).toBe(source);
    expect(quickEdges(re).flags).toBe(re.flags);
  });

  it.each([
    // An optional or empty first word, a class, a letter outside ASCII, an escape, a backslash: left as they are.
    /\b(?:the\s+)?end/iu,
    /\b\p{L}+/iu,
    /(?:a|\.)\b/iu,
    /\b(?:x|)y/iu,
    /[\b]x/iu,
    /\\b/iu,
    /\u00e9\b/iu,
    /\b(?=a)\w/iu,
    /\b\B/iu,
    // Without both the i and u flags, V8 reads \b as fast as the look-around.
    /\b(?:rose|fell)\s+$/i,
    /\b(?:rose|fell)\s+$/u,
  ])('%s is left as it is', (re) => {
    expect(quickEdges(re)).toBe(re);
  });

  it.each([
    /\b(?:rose|fell)\s+(?:by\s+)?$/iu,
    /\b(?:kilo|sterling)\b/iu,
    /\bkg\b|\bs\b/giu,
    /\b(?<year>(?:19|20)\d{2})\b(?!\s*%)/giu,
    /(?:^|\s)\b(?:a|an)\b\s/giu,
    /\b(?:a(?:b|c)|d)e\b/iu,
  ])('%s matches where it matched', (re) => {
    // Under the i and u flags the Kelvin sign and the long s are word characters (they fold to k and s); elsewhere not.
    const probes = [
      'prices rose by 5',
      'xrose by ',
      'ROSE ',
      'ſ rose ',
      '\u212Arose ',
      'Fell  by ',
      'the kilo\u212A',
      'a \u212Ag and \u017F',
      's kg s_',
      'in 2024, up from 1999x and 2023%',
      '_2024_ 2025',
      'an a é an ',
      'abe ace de xde abeſ',
      '',
    ];
    const fast = quickEdges(re);
    for (const text of probes) {
      re.lastIndex = 0;
      fast.lastIndex = 0;
      const all = (r: RegExp) => (r.global ? [...text.matchAll(r)] : [r.exec(text)]).map((m) => m && [m.index, m[0], { ...m.groups }]);
      expect(all(fast), text).toEqual(all(re));
    }
  });
});
