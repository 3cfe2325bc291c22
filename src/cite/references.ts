import { exportCitation } from './export.js';
import { formatCitation, warmUpCitationStyles } from './format.js';
import { referenceKey } from './reference-key.js';
import type { CitableSource, References } from './types.js';

/**
 * Every formatted reference of a source at once (APA, MLA, Chicago, BibTeX, RIS) with the key
 * they were built from, to be stored with the source. Importing this module loads citation-js
 * and the first call compiles the styles (a few tenths of a second and about 30 MB): load it
 * when a reference must actually be built.
 */
export function buildReferences(source: CitableSource): References {
  return {
    key: referenceKey(source),
    ...formatCitation(source),
    bibtex: exportCitation(source, 'bibtex').body,
    ris: exportCitation(source, 'ris').body,
  };
}

/** Compiles the styles once (a few tenths of a second the first time); later calls cost nothing. */
let warm = false;
export function warmUpReferences(): void {
  if (warm) return;
  warmUpCitationStyles();
  warm = true;
}
