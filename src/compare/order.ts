import type { ComparableClaim } from './types.js';

/**
 * A total order on claims, so that every result is independent of the order claims arrive in:
 * source, then position in the source, then id; the remaining fields only break ties between
 * malformed inputs (two claims sharing an id).
 */
export function byCanonicalOrder(a: ComparableClaim, b: ComparableClaim): number {
  return (
    cmp(a.sourceId, b.sourceId) ||
    cmp(a.start, b.start) ||
    cmp(a.id, b.id) ||
    cmp(a.value, b.value) ||
    cmp(a.unit, b.unit) ||
    cmpNullable(a.interval.low, b.interval.low) ||
    cmpNullable(a.interval.high, b.interval.high) ||
    cmp(a.qualifier, b.qualifier) ||
    cmp(a.quote, b.quote) ||
    cmp(a.sourceLabel, b.sourceLabel) ||
    cmp(a.metric, b.metric) ||
    cmp(a.period.start, b.period.start) ||
    cmp(a.period.end, b.period.end) ||
    cmp(a.period.label, b.period.label)
  );
}

// Plain < rather than localeCompare: the order must not depend on the host's locale.
function cmp<T extends string | number>(a: T, b: T): number {
  if (a < b) return -1;
  if (a > b) return 1;
  // -0 and 0 compare equal but print differently; keep them apart so sorting stays total.
  if (typeof a === 'number' && typeof b === 'number' && !Object.is(a, b)) return Object.is(a, -0) ? -1 : 1;
  return 0;
}

function cmpNullable(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return cmp(a, b);
}
