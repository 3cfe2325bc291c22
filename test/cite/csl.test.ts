import { describe, expect, it } from 'vitest';
import { cslDate, cslItem } from '../../src/cite/index.js';
import { minimalSource, seedIds, seedSource } from './seed-sources.js';

function emptyValues(value: unknown, path = 'item'): string[] {
  if (value === null || value === undefined || value === '') return [path];
  if (typeof value === 'number' && !Number.isFinite(value)) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => emptyValues(inner, `${path}.${key}`));
}

describe('cslDate', () => {
  it.each([
    ['2025', [[2025]]],
    ['2024-05', [[2024, 5]]],
    ['2025-12-04', [[2025, 12, 4]]],
    ['2025-12-04T09:30:00Z', [[2025, 12, 4]]],
  ])('turns %s into date-parts %j', (publishedAt, dateParts) => {
    expect(cslDate(publishedAt)).toEqual({ 'date-parts': dateParts });
  });

  it('keeps the year of an impossible month and the month of an impossible day', () => {
    expect(cslDate('2025-13')).toEqual({ 'date-parts': [[2025]] });
    expect(cslDate('2025-02-30')).toEqual({ 'date-parts': [[2025, 2]] });
  });

  it('has no date for null or text that is not an ISO date', () => {
    expect(cslDate(null)).toBeUndefined();
    expect(cslDate('last week')).toBeUndefined();
  });
});

describe('cslItem', () => {
  it('describes an online article with its publication as the container', () => {
    expect(cslItem(seedSource('thinkchina-limits-of-no-limits'))).toEqual({
      id: 'thinkchina-limits-of-no-limits',
      type: 'article-magazine',
      title: 'China-Russia relations: The limits of ‘no limits’',
      author: [{ literal: 'Lye Liang Fook' }],
      'container-title': 'ThinkChina',
      URL: 'https://www.thinkchina.sg/politics/china-russia-relations-limits-no-limits',
      issued: { 'date-parts': [[2025]] },
      language: 'en',
    });
  });

  it('makes a source without a publisher a web page and leaves out what is unknown', () => {
    const item = cslItem(seedSource('gill-conditional-embrace'));

    expect(item.type).toBe('webpage');
    expect(item.issued).toEqual({ 'date-parts': [[2025, 12, 4]] });
    expect(item).not.toHaveProperty('container-title');
    expect(item).not.toHaveProperty('URL');
  });

  it('leaves out the author list when no author is known', () => {
    const item = cslItem(seedSource('scmp-priority-partners'));

    expect(item).not.toHaveProperty('author');
    expect(item.issued).toEqual({ 'date-parts': [[2024, 5]] });
  });

  it('keeps authors in byline order, each as stored or as explicitly split', () => {
    const authors = cslItem({ ...seedSource('usip-putin-visit-china'), authors: ['Mary Glantz', 'Freeman, Carla'] }).author;

    expect(authors).toEqual([{ literal: 'Mary Glantz' }, { family: 'Freeman', given: 'Carla' }]);
  });

  it('makes an organisation a literal author', () => {
    const item = cslItem(minimalSource({ authors: ['United States Institute of Peace', 'Bank of Russia, Research Department'] }));

    expect(item.author).toEqual([{ literal: 'United States Institute of Peace' }, { literal: 'Bank of Russia, Research Department' }]);
  });

  it('carries the source language, undetermined included', () => {
    expect(cslItem(minimalSource({ language: 'ru' })).language).toBe('ru');
    expect(cslItem(minimalSource({ language: 'zh-Hant' })).language).toBe('zh-Hant');
    expect(cslItem(minimalSource({ language: 'und' })).language).toBe('und');
  });

  it('leaves out issued when the date is unknown, and blank fields altogether', () => {
    const item = cslItem(minimalSource({ authors: ['  '], publisher: ' ', url: '', language: '' }));

    expect(item).toEqual({ id: 'minimal', type: 'webpage', title: 'An untitled dispatch' });
  });

  it.each(seedIds)('has no null, undefined or empty value for seed %s', (id) => {
    expect(emptyValues(cslItem(seedSource(id)))).toEqual([]);
  });
});
