import { describe, expect, it } from 'vitest';
import { buildReferences } from '../../src/cite/references.js';
import { minimalSource } from './seed-sources.js';

// Names every JavaScript object inherits: citeproc keys its registries by titles and names.
const INHERITED = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'];

describe('references of sources whose metadata reads like an inherited property name', () => {
  it.each(INHERITED)('format a source titled %j with no author, in every style and export', (title) => {
    const refs = buildReferences(minimalSource({ id: `t-${title}`, title }));
    for (const style of [refs.apa, refs.mla, refs.chicago, refs.bibtex, refs.ris]) expect(style.toLowerCase()).toContain(title.toLowerCase());
  });

  it.each(INHERITED)('format a source by an author named %j', (name) => {
    const refs = buildReferences(minimalSource({ id: `a-${name}`, title: 'Trade figures for the year', authors: [`Ann ${name}`, name] }));
    expect(refs.apa).toContain(name);
    expect(refs.apa).toContain('Trade figures for the year');
  });

  it.each(INHERITED)('format a source whose id is %j (the slug of a one-word title)', (id) => {
    const refs = buildReferences(minimalSource({ id, title: 'Trade figures for the year' }));
    for (const style of [refs.apa, refs.mla, refs.chicago]) expect(style.toLowerCase()).toContain('trade figures for the year');
    expect(refs.bibtex).toContain(`{${id},`);
  });

  it('leave the formatter working for the sources that follow', () => {
    for (const title of INHERITED) buildReferences(minimalSource({ id: `before-${title}`, title }));
    const refs = buildReferences(minimalSource({ id: 'after', title: 'Exports rose in March', authors: ['Mei Chen'], publisher: 'Harbour Post' }));
    expect(refs.apa).toMatch(/^Mei Chen\. .*Exports rose in March.*Harbour Post/);
  });
});
