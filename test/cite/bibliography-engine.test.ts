import { plugins } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BibliographyEngine, bibliographyOnly } from '../../src/cite/bibliography-engine.js';
import { STYLES, registerCslStyles } from '../../src/cite/csl-styles.js';
import { cslItem, formatCitation, readableText, type CitableSource } from '../../src/cite/index.js';
import { seedIds, seedSource } from './seed-sources.js';

/**
 * The reference the cheaper engines must match: citation-js's bibliography of one item with the
 * full style, as references were formatted before (and as stored references were built).
 */
function citationJsEntry(source: CitableSource, style: string): string {
  const item = cslItem(source);
  const text = plugins.output.format('bibliography', [{ ...item, id: `item:${item.id}` }], { format: 'text', template: style, lang: 'en-US' });
  return readableText(String(text).trim());
}

function citationJs(source: CitableSource) {
  return { apa: citationJsEntry(source, STYLES.apa), mla: citationJsEntry(source, STYLES.mla), chicago: citationJsEntry(source, STYLES.chicago) };
}

// Metadata as sources arrive with it: scripts, quotes, markup, particles, organisations, ids that
// are names of Object.prototype members, dates out of range, blank and missing fields.
const TITLES = [
  'Copper output climbs for a third straight quarter',
  'Экспорт пшеницы вырос на 8%',
  '稀土出口配额下降',
  'ارتفاع أسعار الفوسفات',
  'Stahlpreise: Wer zahlt am Ende?',
  'toString',
  'constructor',
  '__proto__',
  '“Curly” quotes and ‘single’ ones',
  '"Straight" quotes and \'apostrophes\' too',
  'Grain <i>futures</i> and <b>bold</b> claims',
  '<b>Markup</b> before anything else',
  'a report that starts in lower case',
  'Where next? Tariffs: an explainer',
  'Ends with a full stop.',
  'Oil & gas: a 40% jump',
  'Costs in $ with # and _ and {braces}',
  'eBay and the U.S. market for used phones',
  'SHOUTED HEADLINE ON NICKEL',
  "Farmers' co-op doubles its in-house capacity",
  '📉 Lithium slides again',
  'Hidden \u202Eoverride in a title',
  'Tab\tand bell \u0007 inside',
  `A headline that goes on ${'and on '.repeat(25)}`,
  'Volume 2 — with an em dash and an en–dash',
  'H5N1 outbreak slows',
  'Them vs. us: of and the in titles',
  '   Spaces around   ',
  'Straße, Größe und Maß',
  'Ελληνικά λιμάνια σε ρεκόρ',
  'Hafen von Łódź',
  'GDP +0.3% q/q in Q2 2025',
  'Z',
];
const AUTHORS = [
  'Okafor, Chidi',
  'Okafor, Ngozi',
  'Chidi Okafor',
  'van der Berg, Anneke',
  'de la Fuente, Lucía',
  'Douglass, Frederick, Jr.',
  'Associated Press',
  'International Monetary Fund',
  'Desk, Markets',
  'Сидорова, Анна',
  'Анна Сидорова',
  '李娜',
  'Tanaka, Yuki',
  "D'Arcy, Siobhán",
  'Vargas Llosa, Mario',
  'Ho, B.',
  'Schulze-Boysen, H.-J.',
  '<em>',
  'Al-Hashimi, Layla',
  'ibn Rushd, Abu',
  '',
  '  ',
  'Roe,',
  'Madonna',
  'Okafor, Chidi, II',
  'Bank of England, London',
  'O’Hara, Maeve',
  'Tan Kah Kee',
  'valueOf, Constructor',
  'hasOwnProperty',
  'de Gaulle, C.',
  'Lewis, C. S.',
  'Park, Ji-woo',
  'Trần, Thị Mai',
  'Yılmaz, Elif',
  'Grey, Alex',
  'Grey, Alexandra',
];
const PUBLISHERS = [
  null,
  'Metals Daily',
  'Handelsblatt',
  'Les Échos',
  'Коммерсантъ',
  '新华社',
  'The Banker',
  '  ',
  'Smith & Sons',
  '<i>Wired</i>',
  'valueOf',
  'the times',
];
const URLS = [
  null,
  'https://example.com/story',
  'https://example.org/q?x=1&y={z}',
  'http://例子.测试/新闻',
  '  ',
  `https://example.net/${'deep/'.repeat(25)}`,
  'https://example.com/%7Bx%7D#part',
];
const DATES = [
  null,
  '2025',
  '2023-11',
  '2025-06-30',
  '2024-02-30',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2001-09-10T22:00:00Z',
  'soon',
  '0042-01-01',
  '1888-03',
  ' 2019-07-04 ',
];
const LANGUAGES = ['en', 'en-GB', 'en-US', 'de', 'fr', 'ru', 'zh', 'ar', 'und', '', 'es-419', 'qq', 'pt-BR', 'ja'];
const IDS = ['nickel-output', 'tostring', 'toString', 'constructor', 'valueOf', '__proto__', 'b', 'okafor-2025', 'straße', 'y-2'];

/** A deterministic stream of numbers in [0, 1) (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variedSources(count: number, seed: number): CitableSource[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const r = next();
    // None, one, two, three, a few, and many (past every style's et-al threshold).
    const authors = r < 0.2 ? 0 : r < 0.45 ? 1 : r < 0.65 ? 2 : r < 0.75 ? 3 : r < 0.88 ? 4 + Math.floor(next() * 8) : 12 + Math.floor(next() * 14);
    return {
      id: `${pick(IDS)}-${i}`,
      title: pick(TITLES),
      authors: Array.from({ length: authors }, () => pick(AUTHORS)),
      publisher: pick(PUBLISHERS),
      url: pick(URLS),
      publishedAt: pick(DATES),
      language: pick(LANGUAGES),
    };
  });
}

// Compiling the styles (for citation-js and for the engines) takes seconds on a busy machine.
beforeAll(() => {
  registerCslStyles();
  formatCitation(seedSource(seedIds[0]!));
  citationJs(seedSource(seedIds[0]!));
}, 60_000);

describe('formatCitation with one engine per style', () => {
  // Four runs of 100 sources in a row (each run continues on the same engines); citation-js, the
  // reference, takes a few milliseconds per entry, so each run has time to spare on a busy machine.
  it.each([20261130, 7, 1999, 424242])(
    'prints exactly what citation-js printed with the full styles, for 100 varied sources in a row (seed %i)',
    (seed) => {
      const sources = variedSources(100, seed);
      const differences = sources.flatMap((source) => {
        const expected = citationJs(source);
        const actual = formatCitation(source);
        return (['apa', 'mla', 'chicago'] as const)
          .filter((style) => actual[style] !== expected[style])
          .map((style) => ({ style, source, expected: expected[style], actual: actual[style] }));
      });

      expect(differences).toEqual([]);
    },
    60_000,
  );

  it.each(seedIds)('prints exactly what citation-js printed for seed %s', (id) => {
    const source = seedSource(id);
    expect(formatCitation(source)).toEqual(citationJs(source));
  });

  it('gives the same entry for a source whatever was formatted before it', () => {
    const [first, second] = variedSources(2, 7);
    const alone = formatCitation(first!);
    formatCitation(second!);
    formatCitation({ ...second!, id: first!.id });

    expect(formatCitation(first!)).toEqual(alone);
  });

  it('still marks an entry that starts like an HTML tag as citation-js did, so stored references stay equal', () => {
    const source: CitableSource = {
      id: 'tag-start',
      title: 'Grain prices',
      authors: ['<em>'],
      publisher: null,
      url: null,
      publishedAt: '2024',
      language: 'en',
    };

    expect(formatCitation(source).apa).toBe('<em data-csl-entry-id="item:tag-start">. (2024). Grain prices.');
    expect(formatCitation(source)).toEqual(citationJs(source));
  });
});

describe('bibliographyOnly', () => {
  const style = [
    '<style><macro name="m"><text variable="title"/></macro>',
    '<citation disambiguate-add-names="true" disambiguate-add-year-suffix="true"><sort><key macro="m"/></sort><layout><names variable="author"/></layout></citation>',
    '<bibliography et-al-min="3"><sort><key variable="issued"/></sort><layout><text macro="m"/></layout></bibliography></style>',
  ].join('');

  it('keeps the bibliography layout and its options but not its sort, and reduces the citation to one variable', () => {
    const trimmed = bibliographyOnly(style);

    expect(trimmed).toContain('<bibliography et-al-min="3"><layout><text macro="m"/></layout></bibliography>');
    expect(trimmed).toContain('<citation><layout><text variable="title"/></layout></citation>');
    expect(trimmed).not.toContain('disambiguate');
    expect(trimmed).toContain('<macro name="m"><text variable="title"/></macro>');
  });

  it('refuses a style without a bibliography', () => {
    expect(() => bibliographyOnly('<style><citation><layout/></citation></style>')).toThrow(/bibliography/);
  });

  it('is what the engines render from: an unknown style is an error', () => {
    expect(() => new BibliographyEngine('no-such-style')).toThrow(/no-such-style/);
  });
});
