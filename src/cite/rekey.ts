import { referenceKey } from './reference-key.js';
import type { CitableSource, References } from './types.js';

/**
 * The references of `source` made from references built for the same metadata under another id
 * (the id a source was expected to get before its slug turned out to be taken). The styles render
 * no id, so APA, MLA and Chicago carry over; the id appears only as the BibTeX key and the RIS
 * `ID` line, which are replaced. Returns null when `built` was not made from this metadata under
 * `builtId`, or the id is not where it is expected — the caller then formats afresh.
 */
export function rekeyReferences(built: References, builtId: string, source: CitableSource): References | null {
  if (built.key !== referenceKey({ ...source, id: builtId })) return null;
  if (builtId === source.id) return built;
  const bibtexKey = new RegExp(`^(@[A-Za-z]+\\{)${escape(builtId)},`);
  const risId = new RegExp(`^ID  - ${escape(builtId)}(?=\\r?$)`, 'm');
  if (!bibtexKey.test(built.bibtex) || !risId.test(built.ris)) return null;
  return {
    ...built,
    key: referenceKey(source),
    // Function replacements, so a `$` in an id is never read as a group reference.
    bibtex: built.bibtex.replace(bibtexKey, (_, head: string) => `${head}${source.id},`),
    ris: built.ris.replace(risId, () => `ID  - ${source.id}`),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
