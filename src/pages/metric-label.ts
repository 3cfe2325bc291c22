import { catalogue } from '../extract/metric-catalogue.js';

/** The catalogue's label for a metric key; a derived key reads as its words. */
export function metricLabel(key: string): string {
  const known = catalogue.get(key)?.label;
  if (known) return known;
  const words = key.replace(/^derived\./, '').split('.')[0] ?? key;
  return words.replace(/-/g, ' ');
}
