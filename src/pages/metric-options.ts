import { parseMetricKey } from '../extract/metric-key.js';
import { entities } from '../lexicon/entities.js';
import { measures } from '../lexicon/measures.js';
import type { StoreReader } from '../store/types.js';

/**
 * Metrics offered in the conflicts filter: those rendered from a proposition (derived keys are one-off
 * wordings and would swamp the list), plus the one already chosen.
 */
export async function findMetricKeys(store: StoreReader, chosen?: string): Promise<string[]> {
  const keys = new Set<string>(chosen ? [chosen] : []);
  let cursor: string | undefined;
  do {
    const page = await store.listMetrics({ limit: 500, cursor });
    for (const m of page.data) if (!m.derived) keys.add(m.key);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && keys.size < 2000);
  return [...keys].sort();
}

/** The measures and entities of the given metric keys, labelled for people, sorted by label. */
export function propositionOptions(keys: string[]): { measures: Array<[string, string]>; entities: Array<[string, string]> } {
  const measureIds = new Map<string, string>();
  const entityIds = new Map<string, string>();
  for (const key of keys) {
    const parsed = parseMetricKey(key);
    if (!parsed) continue;
    const p = parsed.proposition;
    measureIds.set(p.measure, measures.get(p.measure)?.label ?? p.measure);
    for (const id of [...p.subject, ...(p.counterpart ? [p.counterpart] : [])]) entityIds.set(id, entities.get(id)?.label ?? id);
  }
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);
  return { measures: [...measureIds.entries()].sort(byLabel), entities: [...entityIds.entries()].sort(byLabel) };
}
