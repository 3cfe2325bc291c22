import type { Db } from '../db/client.js';
import { listMetrics } from '../repos/claims.js';

/**
 * Metrics offered in the conflicts filter: those rendered from a proposition (derived keys are one-off
 * wordings and would swamp the list), plus the one already chosen.
 */
export function findMetricKeys(db: Db, chosen?: string): string[] {
  const keys = new Set<string>(chosen ? [chosen] : []);
  let cursor: string | undefined;
  do {
    const page = listMetrics(db, { limit: 500, cursor });
    for (const m of page.data) if (!m.derived) keys.add(m.key);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && keys.size < 2000);
  return [...keys].sort();
}
