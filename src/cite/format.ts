import { BibliographyEngine } from './bibliography-engine.js';
import { cslItem } from './csl.js';
import { STYLES } from './csl-styles.js';
import { readableText } from './safe-text.js';
import type { CitableSource, CslItem, FormattedCitation } from './types.js';

let engines: Record<keyof typeof STYLES, BibliographyEngine> | undefined;

/** Built on first use: compiling APA's large style costs about a second. */
function bibliographyEngines() {
  engines ??= {
    apa: new BibliographyEngine(STYLES.apa),
    mla: new BibliographyEngine(STYLES.mla),
    chicago: new BibliographyEngine(STYLES.chicago),
  };
  return engines;
}

function bibliographyEntry(item: CslItem, engine: BibliographyEngine): string {
  // citeproc keeps items in plain objects keyed by id: an id such as "constructor" or "toString"
  // (the slug of a title of that word) finds an inherited method and renders nothing. The styles
  // print no id, so the engine is given one that can never be an object's own property name.
  const text = engine.entry(item, `item:${item.id}`);
  // Stored titles and names may predate validation: control and bidi characters become visible escapes.
  return readableText(text.trim());
}

/**
 * APA 7, MLA 9 and Chicago 17 (notes-bibliography) bibliography entries in plain text,
 * rendered by citeproc-js from the official CSL styles, about half a millisecond per style
 * (see bibliography-engine.ts); createCitationFormatter adds a cache.
 */
export function formatCitation(source: CitableSource): FormattedCitation {
  const item = cslItem(source);
  const { apa, mla, chicago } = bibliographyEngines();
  return {
    apa: bibliographyEntry(item, apa),
    mla: bibliographyEntry(item, mla),
    chicago: bibliographyEntry(item, chicago),
  };
}

/**
 * Builds the citeproc engines ahead of the first request: the first entry of a style costs
 * its compilation (a few tenths of a second for all three); the engines are kept for the life
 * of the process.
 */
export function warmUpCitationStyles(): void {
  formatCitation({ id: 'warm-up', title: 'Warm-up', authors: ['Ada Lovelace'], publisher: 'Press', url: null, publishedAt: '2000-01-01', language: 'en' });
}
