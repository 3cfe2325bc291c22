import { plugins } from '@citation-js/core';
import { cslItem } from './csl.js';
import { STYLES, registerCslStyles } from './csl-styles.js';
import { readableText } from './safe-text.js';
import type { CitableSource, CslItem, FormattedCitation } from './types.js';

function bibliographyEntry(item: CslItem, style: string): string {
  // citeproc keeps items in plain objects keyed by id: an id such as "constructor" or "toString"
  // (the slug of a title of that word) finds an inherited method and renders nothing. The styles
  // print no id, so the engine is given one that can never be an object's own property name.
  const keyed = { ...item, id: `item:${item.id}` };
  const text = plugins.output.format('bibliography', [keyed], { format: 'text', template: style, lang: 'en-US' });
  // Stored titles and names may predate validation: control and bidi characters become visible escapes.
  return readableText(String(text).trim());
}

/**
 * APA 7, MLA 9 and Chicago 17 (notes-bibliography) bibliography entries in plain text,
 * rendered by citeproc-js from the official CSL styles. Costs a few milliseconds per style:
 * see createCitationFormatter for a cached variant.
 */
export function formatCitation(source: CitableSource): FormattedCitation {
  registerCslStyles();
  const item = cslItem(source);
  return {
    apa: bibliographyEntry(item, STYLES.apa),
    mla: bibliographyEntry(item, STYLES.mla),
    chicago: bibliographyEntry(item, STYLES.chicago),
  };
}

/**
 * Builds the citeproc engines ahead of the first request. The first APA entry costs about a
 * second because citeproc compiles APA's large style then; citation-js caches the engines
 * for the life of the process.
 */
export function warmUpCitationStyles(): void {
  formatCitation({ id: 'warm-up', title: 'Warm-up', authors: ['Ada Lovelace'], publisher: 'Press', url: null, publishedAt: '2000-01-01', language: 'en' });
}
