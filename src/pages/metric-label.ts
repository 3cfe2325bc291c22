import { metricLabel as labelOf, parseMetricKey } from '../extract/metric-key.js';

/** A metric key as a reader names it: the proposition it renders, or the words of a derived key. */
export function metricLabel(key: string): string {
  const parsed = parseMetricKey(key);
  if (parsed) {
    const label = labelOf(parsed.proposition, parsed.unitKind);
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  const words = key.replace(/^derived\./, '').split('.')[0] ?? key;
  return words.replace(/-/g, ' ');
}
