import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { cslItem, exportCitation, type CitableSource } from '../../src/cite/index.js';
import { minimalSource, seedSource } from './seed-sources.js';

const thinkchina = seedSource('thinkchina-limits-of-no-limits');

// Metadata in three scripts, written for these tests.
const multilingual: CitableSource[] = [
  {
    id: 'source-2',
    title: 'Россия и Китай: товарооборот & «безграничное» партнёрство, 100%',
    authors: ['Иванова, Анна Сергеевна', 'Центр стратегических исследований'],
    publisher: 'Вестник МГУ',
    url: 'https://example.org/ru/статья?id=7&x=%20',
    publishedAt: '2024-05-07',
    language: 'ru',
  },
  {
    id: 'source-3',
    title: 'Η Ελλάδα και η Κίνα: εμπόριο στο λιμάνι του Πειραιά',
    authors: ['Παπαδόπουλος, Γιώργος'],
    publisher: 'Καθημερινή',
    url: null,
    publishedAt: '2023-11',
    language: 'el',
  },
  {
    id: 'source-4',
    title: '中俄贸易额创新高：{双边}关系的新阶段',
    authors: ['王, 小明', '中国社会科学院'],
    publisher: '人民日报',
    url: null,
    publishedAt: '2025',
    language: 'zh',
  },
];

function bibtexEntry(source: CitableSource) {
  const library = parseBibtex(exportCitation(source, 'bibtex').body);
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

function risRecord(source: CitableSource) {
  const records = parseRis(exportCitation(source, 'ris').body);
  expect(records).toHaveLength(1);
  return records[0]!;
}

describe('exportCitation: BibTeX', () => {
  it.each(multilingual)('keeps $language metadata intact through a BibTeX parser', (source) => {
    const entry = bibtexEntry(source);

    expect(entry.key).toBe(source.id);
    expect(entry.fields.title).toBe(source.title);
    expect(entry.fields.journal).toBe(source.publisher);
    expect(entry.fields.year).toBe(source.publishedAt!.slice(0, 4));
  });

  it('writes a person split as "Family, Given" with both parts, and an organisation whole', () => {
    const entry = bibtexEntry(multilingual[0]!);

    expect(entry.fields.author).toEqual([{ lastName: 'Иванова', firstName: 'Анна Сергеевна' }, { name: 'Центр стратегических исследований' }]);
  });

  it('writes a CJK name and a CJK organisation the same way', () => {
    expect(bibtexEntry(multilingual[2]!).fields.author).toEqual([{ lastName: '王', firstName: '小明' }, { name: '中国社会科学院' }]);
  });

  it('keys every entry by the source id, never by transliterated metadata', () => {
    for (const source of multilingual) {
      const body = exportCitation(source, 'bibtex').body;
      expect(body.startsWith(`@article{${source.id},\n`)).toBe(true);
      expect(body).not.toContain('undefined');
    }
  });

  it('writes the month as the standard macro and the day as its own field', () => {
    const body = exportCitation(multilingual[0]!, 'bibtex').body;

    expect(body).toContain('  month = may,\n');
    expect(body).toContain('  day = {7},\n');
    expect(body).not.toMatch(/month = \{/);
    const entry = bibtexEntry(multilingual[0]!);
    expect(entry.fields.month).toBe('5');
    expect(entry.fields.day).toBe('7');
  });

  it('writes a month without a day for a year-month date, and neither for a year', () => {
    expect(exportCitation(multilingual[1]!, 'bibtex').body).toMatch(/ {2}year = \{2023\},\n {2}month = nov,\n {2}title/);
    expect(exportCitation(multilingual[2]!, 'bibtex').body).not.toMatch(/month|day/);
  });

  it('escapes LaTeX specials so the parser reads back the characters, braces balanced', () => {
    const source = minimalSource({ title: 'Gains of 50% & more: $5 #1 {braced} a_b ~ ^ back\\slash' });

    expect(bibtexEntry(source).fields.title).toBe(source.title);
  });

  it('exports the seed reference with its URL', () => {
    const entry = bibtexEntry(thinkchina);

    expect(entry.fields.url).toBe(thinkchina.url);
    expect(entry.fields.author).toEqual([{ name: 'Lye Liang Fook' }]);
    expect(exportCitation(thinkchina, 'bibtex')).toMatchObject({ contentType: 'application/x-bibtex; charset=utf-8', fileExtension: 'bib' });
  });
});

describe('exportCitation: RIS', () => {
  it.each(multilingual)('keeps $language metadata intact through a RIS parser', (source) => {
    const record = risRecord(source);

    expect(record.title).toBe(source.title);
    expect(record['container-title']).toBe(source.publisher);
    expect(record.language).toBe(source.language);
  });

  it('keeps the full id and both kinds of author', () => {
    const source = { ...multilingual[0]!, id: 'a-source-id-well-past-twenty-characters' };
    const body = exportCitation(source, 'ris').body;

    expect(body).toContain('ID  - a-source-id-well-past-twenty-characters\r\n');
    expect(body).toContain('AU  - Иванова, Анна Сергеевна\r\nAU  - Центр стратегических исследований\r\n');
    expect(risRecord(source).author![0]).toEqual({ family: 'Иванова', given: 'Анна Сергеевна' });
  });

  it.each([
    ['2024-05-07', '2024/05/07/'],
    ['2023-11', '2023/11//'],
    ['2025', '2025///'],
  ])('pads the date %s as DA %s', (publishedAt, da) => {
    const body = exportCitation(minimalSource({ publishedAt }), 'ris').body;

    expect(body).toContain(`DA  - ${da}\r\n`);
    expect(body).toContain(`PY  - ${publishedAt.slice(0, 4)}\r\n`);
  });

  it('reads back a padded full date as the same date (citation-js reads DA)', () => {
    const [item] = new Cite(exportCitation(multilingual[0]!, 'ris').body).data;
    expect(item!.issued).toEqual({ 'date-parts': [[2024, 5, 7]] });
  });

  it('writes TY first, ER last, CRLF line ends, and a long URL on one line', () => {
    const { body, contentType, fileExtension } = exportCitation(thinkchina, 'ris');

    expect(contentType).toMatch(/^application\/x-research-info-systems\b/);
    expect(fileExtension).toBe('ris');
    expect(body).toMatch(/^TY {2}- MGZN\r\n/);
    expect(body).toMatch(/\r\nER {2}- \r\n$/);
    expect(body).toContain(`UR  - ${thinkchina.url}\r\n`);
    expect(risRecord(thinkchina).URL).toBe(thinkchina.url);
  });
});

describe('exportCitation: CSL-JSON', () => {
  it('exports a CSL-JSON array holding exactly the CSL item', () => {
    const source = seedSource('scmp-priority-partners');
    const { body, contentType, fileExtension } = exportCitation(source, 'csl');

    expect(contentType).toBe('application/vnd.citationstyles.csl+json');
    expect(fileExtension).toBe('json');
    expect(JSON.parse(body)).toEqual([cslItem(source)]);
  });
});

describe.each(['bibtex', 'ris', 'csl'] as const)('exportCitation %s', (format) => {
  it('exports a source with nothing but a title without placeholders', () => {
    const { body } = exportCitation(minimalSource(), format);

    expect(body).toContain('An untitled dispatch');
    for (const garbage of ['undefined', 'NaN', 'null', '[object']) expect(body).not.toContain(garbage);
  });
});
