import { cslItem } from './csl.js';
import type { CitableSource, CslItem } from './types.js';

/**
 * Raise when the formatted references of an unchanged CSL item change (a style, locale or
 * formatter change), so that references built and stored by an earlier version are rebuilt.
 */
export const REFERENCE_FORMAT_VERSION = 2;

/**
 * What a source's formatted references are a function of: the formatter version and the CSL
 * item (all the metadata a style reads). Cheap, and needs no citation engine, so a reader can
 * tell whether stored references are still those of the source as it is now.
 */
export function referenceKey(source: CitableSource): string {
  return referenceKeyOfItem(cslItem(source));
}

/** The same key from the source's CSL item, where it is built anyway. */
export function referenceKeyOfItem(item: CslItem): string {
  return `v${REFERENCE_FORMAT_VERSION} ${JSON.stringify(item)}`;
}
