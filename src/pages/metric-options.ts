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
