import type { AuditAction, AuditTarget } from '../domain/enums.js';
import type { AuditFilter, PageQuery, StoreReader, StoreWriter } from '../store/types.js';

/** Who made a write and in which request; writes made outside a request (seeding) are the system's. */
export interface AuditContext {
  keyName: string;
  requestId: string | null;
}

export const SYSTEM: AuditContext = { keyName: 'system', requestId: null };

export type { AuditAction, AuditTarget } from '../domain/enums.js';

/** Records a write inside the caller's transaction, so the entry exists exactly when the write does. */
export async function recordAudit(
  tx: StoreWriter,
  context: AuditContext,
  action: AuditAction,
  target: { type: AuditTarget; id: string },
  changes: Record<string, unknown>,
  now: Date = new Date(),
): Promise<void> {
  await tx.insertAuditEntry({
    at: now.toISOString(),
    keyName: context.keyName,
    requestId: context.requestId,
    action,
    targetType: target.type,
    targetId: target.id,
    changes,
  });
}

/** The audit log, newest first. */
export const listAuditEntries = (store: StoreReader, filter: AuditFilter, page: PageQuery) => store.listAuditEntries(filter, page);
