import { beforeAll, describe, expect, it } from 'vitest';
import { createCitationFormatter, formatCitation, warmUpCitationStyles, type CitableSource } from '../../src/cite/index.js';
import { minimalSource, seedIds, seedSource } from './seed-sources.js';

const GARBAGE = ['undefined', 'NaN', 'null', '[object'];

/** Case and quote style vary by citation style (MLA title-cases, citeproc curls quotes). */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"]/g, '"');
}

function styles(source: CitableSource): Array<[string, string]> {
  return Object.entries(formatCitation(source));
}

// Compiling APA's style takes about a second; pay it once here rather than in the first test.
beforeAll(warmUpCitationStyles);

describe('formatCitation', () => {
  it.each(seedIds)('renders APA, MLA and Chicago for seed %s with its title and year', (id) => {
    const source = seedSource(id);
    const year = source.publishedAt!.slice(0, 4);
    const titleStart = normalise(source.title).slice(0, 40);

    for (const [style, text] of styles(source)) {
      expect(normalise(text), style).toContain(titleStart);
      expect(text, style).toContain(year);
      expect(text, style).not.toContain('n.d.');
      for (const garbage of GARBAGE) expect(text, style).not.toContain(garbage);
    }
  });

  it.each(seedIds)('returns single-line plain text without markup or surrounding whitespace for seed %s', (id) => {
    for (const [style, text] of styles(seedSource(id))) {
      expect(text, style).toBe(text.trim());
      expect(text, style).not.toMatch(/[\r\n]/);
      expect(text, style).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i);
    }
  });

  it('prints a byline name as stored, never inverted by guesswork, with publisher and URL in every style', () => {
    const source = seedSource('thinkchina-limits-of-no-limits');

    for (const [style, text] of styles(source)) {
      expect(text, style).toMatch(/^Lye Liang Fook\b/);
      expect(text, style).not.toContain('Fook, L');
      expect(text, style).toContain('ThinkChina');
      expect(text, style).toContain(source.url);
    }
  });

  it('prints an organisation author whole, not as initials', () => {
    const source = minimalSource({ authors: ['United States Institute of Peace'], publishedAt: '2024-05' });

    for (const [style, text] of styles(source)) {
      expect(text, style).toMatch(/^United States Institute of Peace\b/);
      expect(text, style).not.toMatch(/Peace, U/);
    }
  });

  it('leaves a Russian title as written, while an English one is title-cased by MLA and Chicago', () => {
    const title = 'россия и китай: новый этап партнёрства';
    const russian = formatCitation(minimalSource({ title, language: 'ru', publishedAt: '2024' }));
    const english = formatCitation(minimalSource({ title: 'trade and the new stage of partnership', language: 'en', publishedAt: '2024' }));

    expect(russian.mla).toContain(title);
    expect(russian.chicago).toContain(title);
    expect(english.mla).toContain('Trade and the New Stage of Partnership');
    expect(english.chicago).toContain('Trade and the New Stage of Partnership');
    const undetermined = formatCitation(minimalSource({ title: 'trade and the new stage of partnership', language: 'und', publishedAt: '2024' }));
    expect(undetermined.mla).toContain('trade and the new stage of partnership');
  });

  it('renders a family-name-first author right when stored as "Family, Given"', () => {
    const source = { ...seedSource('thinkchina-limits-of-no-limits'), authors: ['Lye, Liang Fook'] };
    const { apa, mla, chicago } = formatCitation(source);

    expect(apa).toMatch(/^Lye, L\. F\. \(2025\)\./);
    expect(mla).toMatch(/^Lye, Liang Fook\./);
    expect(chicago).toMatch(/^Lye, Liang Fook\./);
  });

  it('follows each style: APA puts the year after the authors, MLA and Chicago spell out given names', () => {
    const { apa, mla, chicago } = formatCitation({ ...seedSource('usip-putin-visit-china'), authors: ['Glantz, Mary', 'Freeman, Carla'] });

    expect(apa).toMatch(/^Glantz, M\., & Freeman, C\. \(2024, May\)\./);
    expect(mla).toMatch(/^Glantz, Mary, and Carla Freeman\./);
    expect(chicago).toMatch(/^Glantz, Mary, and Carla Freeman\./);
    expect(mla).not.toBe(apa);
    expect(chicago).not.toBe(apa);
  });

  it('gives the full date of a source without publisher or URL', () => {
    const { apa, mla, chicago } = formatCitation(seedSource('gill-conditional-embrace'));

    expect(apa).toMatch(/^Zorawar Singh Gill\. \(2025, December 4\)/);
    expect(mla).toContain('4 Dec. 2025');
    expect(chicago).toContain('December 4, 2025');
    for (const text of [apa, mla, chicago]) expect(text).not.toContain('http');
  });

  it('starts an unsigned article with its title in APA and MLA and gives the month', () => {
    const { apa, mla, chicago } = formatCitation(seedSource('scmp-priority-partners'));

    expect(normalise(apa)).toMatch(/^'no limits' partnership/);
    expect(apa).toContain('(2024, May)');
    expect(normalise(mla)).toMatch(/^"'no limits' partnership/);
    expect(mla).toContain('May 2024');
    expect(chicago).toContain('May 2024');
  });

  it('degrades to title alone, marking the missing date only where the style asks for it', () => {
    const { apa, mla, chicago } = formatCitation(minimalSource());

    for (const text of [apa, mla, chicago]) {
      expect(normalise(text)).toContain('an untitled dispatch');
      for (const garbage of GARBAGE) expect(text).not.toContain(garbage);
    }
    expect(apa).toContain('(n.d.)');
  });

  it('prints a year-only date without "n.d." or an invented month', () => {
    const { apa, mla, chicago } = formatCitation(minimalSource({ publishedAt: '2019' }));

    expect(apa).toContain('(2019)');
    for (const text of [apa, mla, chicago]) {
      expect(text).toContain('2019');
      expect(text).not.toContain('n.d.');
      expect(text).not.toMatch(/January|Jan\./);
    }
  });

  it('keeps ampersands and angle brackets in titles as plain characters', () => {
    const { apa, mla } = formatCitation(minimalSource({ title: 'Oil & gas: 5 < 6', publishedAt: '2020' }));

    expect(apa).toContain('Oil & gas: 5 < 6');
    expect(mla).toContain('Oil & Gas: 5 < 6');
  });
});

describe('createCitationFormatter', () => {
  it('answers like formatCitation, from its cache on repeated calls', () => {
    const format = createCitationFormatter();
    const source = seedSource('usip-putin-visit-china');

    expect(format(source)).toEqual(formatCitation(source));
    expect(format(source)).toEqual(formatCitation(source));
  });

  it('formats again when the metadata of the same source changes', () => {
    const format = createCitationFormatter();
    const source = seedSource('gill-conditional-embrace');

    format(source);
    expect(format({ ...source, title: 'A revised headline' }).apa).toContain('A revised headline');
  });

  it('does not let a caller corrupt its cache by editing a result', () => {
    const format = createCitationFormatter();
    const source = seedSource('gill-conditional-embrace');

    format(source).apa = 'edited';
    expect(format(source).apa).toContain('Gill');
  });

  it('keeps working past its size limit', () => {
    const format = createCitationFormatter(2);
    const titles = ['First', 'Second', 'Third', 'First'];

    for (const title of titles) expect(format(minimalSource({ title })).mla).toContain(title);
  });
});
