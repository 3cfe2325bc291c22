import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDoc, UNITS_DOC } from '../../scripts/units-doc.js';
import { UNITS } from '../../src/lexicon/units.js';

describe('docs/units.md', () => {
  const doc = readFileSync(UNITS_DOC, 'utf8');

  it('is up to date with the registry (npm run docs:units)', () => {
    expect(renderDoc(doc)).toBe(doc);
  });

  it('lists every unit code', () => {
    for (const u of UNITS) expect(doc, u.code).toContain(`| \`${u.code.replace(/\|/g, '\\|')}\` |`);
  });
});
