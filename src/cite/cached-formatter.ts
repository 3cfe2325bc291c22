import { cslItem } from './csl.js';
import { formatCitation } from './format.js';
import type { CitableSource, FormattedCitation } from './types.js';

/**
 * formatCitation behind a bounded least-recently-used cache. Sources rarely change and the
 * strings depend only on the CSL item, so a route can answer from memory instead of running
 * citeproc (milliseconds per call) for every citation of every request. The owner (the app,
 * not this module) decides the cache's lifetime by holding the returned function.
 */
export function createCitationFormatter(maxEntries = 512): (source: CitableSource) => FormattedCitation {
  const cache = new Map<string, FormattedCitation>();
  return (source) => {
    const key = JSON.stringify(cslItem(source));
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return { ...hit };
    }
    const formatted = formatCitation(source);
    cache.set(key, formatted);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return { ...formatted };
  };
}
