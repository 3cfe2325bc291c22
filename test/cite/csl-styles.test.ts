import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { STYLES, registerCslStyles } from '../../src/cite/csl-styles.js';

const vendored = [STYLES.mla, STYLES.chicago];

describe('registerCslStyles', () => {
  it('registers APA, MLA and Chicago with citation-js, and may be called again', () => {
    registerCslStyles();
    registerCslStyles();

    const styles = plugins.config.get('@csl').styles;
    for (const name of Object.values(STYLES)) expect(styles.has(name), name).toBe(true);
  });

  it.each(vendored)('vendors %s with its CC BY-SA licence and authors intact', (name) => {
    const xml = readFileSync(new URL(`../../src/cite/styles/${name}.csl`, import.meta.url), 'utf8');

    expect(xml).toContain(`<id>http://www.zotero.org/styles/${name}</id>`);
    expect(xml).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
    expect(xml).toMatch(/<author>\s*<name>[^<]+<\/name>/);
  });
});
