import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { auditLog } from './schema.js';
import { toAuditEntry } from '../mapping.js';
import { inserter } from './raw-insert.js';
import { decodeCursor, paginate } from '../cursor.js';
import type { AuditFilter, NewAuditEntry } from '../types.js';

export function insertAuditEntry(db: Db, row: NewAuditEntry): void {
  inserter(db, auditLog)(row);
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
  return { data: data.map(toAuditEntry), nextCursor };
}
