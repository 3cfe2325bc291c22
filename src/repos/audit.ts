import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { AuditEntry } from '../schemas/audit.js';
import { decodeCursor, paginate } from './cursor.js';

export function insertAuditEntry(db: Db, row: typeof auditLog.$inferInsert): void {
  db.insert(auditLog).values(row).run();
}

export interface AuditFilter {
  action?: string | undefined;
  target?: string | undefined;
  keyName?: string | undefined;
}

/** Newest first. */
export function listAuditEntries(db: Db, filter: AuditFilter, page: { limit: number; cursor?: string | undefined }) {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.target) where.push(eq(auditLog.targetId, filter.target));
  if (filter.keyName) where.push(eq(auditLog.keyName, filter.keyName));
  if (page.cursor) where.push(lt(auditLog.id, Number(decodeCursor(page.cursor, ['number'])[0])));
  const rows = db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1)
    .all();
  const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.id]);
  return {
    data: data.map(
      (r): AuditEntry => ({
        id: r.id,
        at: r.at,
        key: r.keyName,
        requestId: r.requestId,
        action: r.action as AuditEntry['action'],
        target: { type: r.targetType as AuditEntry['target']['type'], id: r.targetId },
        changes: r.changes,
      }),
    ),
    nextCursor,
  };
}
