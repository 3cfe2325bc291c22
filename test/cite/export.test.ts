import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { cslItem, exportCitation } from '../../src/cite/index.js';
import { minimalSource, seedSource } from './seed-sources.js';

const thinkchina = seedSource('thinkchina-limits-of-no-limits');

function parsed(body: string): Record<string, unknown> {
  const items = new Cite(body).data;
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('exportCitation', () => {
  it('exports BibTeX that citation-js parses back to the same reference', () => {
    const { body, contentType, fileExtension } = exportCitation(thinkchina, 'bibtex');

    expect(contentType).toMatch(/^application\/x-bibtex\b/);
    expect(fileExtension).toBe('bib');
    expect(body).toMatch(/^@article\{/);
    expect(parsed(body)).toMatchObject({
      title: 'China-Russia relations: The limits of ‘no limits’',
      author: [{ family: 'Fook', given: 'Lye Liang' }],
      'container-title': 'ThinkChina',
      URL: thinkchina.url,
      issued: { 'date-parts': [[2025]] },
    });
  });

  it('exports RIS that citation-js parses back, with a long URL on one line', () => {
    const { body, contentType, fileExtension } = exportCitation(thinkchina, 'ris');

    expect(contentType).toMatch(/^application\/x-research-info-systems\b/);
    expect(fileExtension).toBe('ris');
    expect(body).toMatch(/^TY {2}- MGZN\r\n/);
    expect(body).toMatch(/\r\nER {2}- \r\n$/);
    expect(body).toContain(`UR  - ${thinkchina.url}\r\n`);
    expect(parsed(body)).toMatchObject({
      title: thinkchina.title,
      author: [{ family: 'Fook', given: 'Lye Liang' }],
      'container-title': 'ThinkChina',
      URL: thinkchina.url,
      issued: { 'date-parts': [[2025]] },
    });
  });

  it('exports RIS with every author of a co-authored source', () => {
    const { body } = exportCitation(seedSource('usip-putin-visit-china'), 'ris');

    expect(body).toContain('AU  - Glantz, Mary\r\n');
    expect(body).toContain('AU  - Freeman, Carla\r\n');
  });

  it('exports a CSL-JSON array holding exactly the CSL item', () => {
    const source = seedSource('scmp-priority-partners');
    const { body, contentType, fileExtension } = exportCitation(source, 'csl');

    expect(contentType).toBe('application/vnd.citationstyles.csl+json');
    expect(fileExtension).toBe('json');
    expect(JSON.parse(body)).toEqual([cslItem(source)]);
  });

  it.each(['bibtex', 'ris', 'csl'] as const)('exports %s for a source with nothing but a title', (format) => {
    const { body } = exportCitation(minimalSource(), format);

    expect(body).toContain('An untitled dispatch');
    for (const garbage of ['undefined', 'NaN', 'null', '[object']) expect(body).not.toContain(garbage);
  });
});
