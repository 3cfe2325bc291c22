import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReferences } from '../../src/cite/references.js';
import { rekeyReferences } from '../../src/cite/rekey.js';
import type { CitableSource } from '../../src/cite/types.js';
import { slugify } from '../../src/ids.js';

const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });
const metadata = fc.record({
  title: text,
  authors: fc.array(text, { maxLength: 3 }),
  publisher: fc.option(text, { nil: null }),
  url: fc.option(fc.webUrl(), { nil: null }),
  publishedAt: fc.option(fc.constantFrom('2024', '2024-07', '2024-07-21', '1999-12-31'), { nil: null }),
  language: fc.constantFrom('en', 'fr', 'und'),
});

describe('references re-keyed to the id a source was given', () => {
  it('equal the references formatted for that id, for any metadata', () => {
    fc.assert(
      fc.property(metadata, fc.integer({ min: 2, max: 999 }), (meta, n) => {
        const expected = slugify(meta.title);
        const source: CitableSource = { ...meta, id: `${expected}-${n}` };
        const rekeyed = rekeyReferences(buildReferences({ ...meta, id: expected }), expected, source);
        expect(rekeyed).toEqual(buildReferences(source));
      }),
      { numRuns: 60 },
    );
  });

  it('are the same references when the id did not change', () => {
    const source: CitableSource = { id: 'grain-exports', title: 'Grain exports', authors: [], publisher: null, url: null, publishedAt: '2024', language: 'en' };
    const built = buildReferences(source);
    expect(rekeyReferences(built, 'grain-exports', source)).toBe(built);
  });

  it('are refused when they were built from other metadata', () => {
    const built = buildReferences({
      id: 'grain-exports',
      title: 'Grain exports',
      authors: ['Ada Obi'],
      publisher: 'Port Weekly',
      url: null,
      publishedAt: '2024',
      language: 'en',
    });
    const changed: CitableSource = {
      id: 'grain-exports-2',
      title: 'Grain exports',
      authors: ['Ada Obi'],
      publisher: 'Port Daily',
      url: null,
      publishedAt: '2024',
      language: 'en',
    };
    expect(rekeyReferences(built, 'grain-exports', changed)).toBeNull();
    expect(rekeyReferences(built, 'grain-export', { ...changed, publisher: 'Port Weekly' })).toBeNull();
  });
});
