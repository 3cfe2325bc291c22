import type { Db } from './db/client.js';
import { insertAuditEntry } from './repos/audit.js';

/** Who made a write and in which request; writes made outside a request (seeding) are the system's. */
export interface AuditContext {
  keyName: string;
  requestId: string | null;
}

export const SYSTEM: AuditContext = { keyName: 'system', requestId: null };

export type AuditAction = 'ingest' | 'delete' | 'review' | 'correction';
export type AuditTarget = 'source' | 'conflict' | 'claim';

/** Records a write inside the caller's transaction, so the entry exists exactly when the write does. */
export function recordAudit(
  db: Db,
  context: AuditContext,
  action: AuditAction,
  target: { type: AuditTarget; id: string },
  changes: Record<string, unknown>,
  now: Date = new Date(),
): void {
  insertAuditEntry(db, {
    at: now.toISOString(),
    keyName: context.keyName,
    requestId: context.requestId,
    action,
    targetType: target.type,
    targetId: target.id,
    changes,
  });
}
