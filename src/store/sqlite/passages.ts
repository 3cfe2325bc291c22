import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { passages } from './schema.js';
import type { Passage } from '../../schemas/sources.js';
import { toPassage } from '../mapping.js';
import { manyInserter, preparedStatement } from './raw-insert.js';

/**
 * Inserts passages and adds them to the full-text index (passages_fts, an external-content FTS5
 * table over `passages`) with one statement, not an insert trigger per row: the trigger's
 * statement per passage cost more than twice the passage's own insert. Rowids only grow
 * (AUTOINCREMENT), so the rows just written are those above the largest rowid before them.
 * Updates and deletes keep the index in step through triggers (migrations/0001_fts.sql).
 */
export function insertPassages(db: Db, rows: Array<Omit<typeof passages.$inferInsert, 'rowid'>>): void {
  if (rows.length === 0) return;
  const before = preparedStatement(db, 'SELECT coalesce(max(rowid), 0) FROM passages').pluck().get() as number;
  manyInserter(db, passages)(rows);
  preparedStatement(db, 'INSERT INTO passages_fts(rowid, text) SELECT rowid, text FROM passages WHERE rowid > ?').run(before);
}

export function countPassages(db: Db, sourceId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(passages).where(eq(passages.sourceId, sourceId)).get()?.n ?? 0;
}

export function passagesOfSource(db: Db, sourceId: string): Passage[] {
  return db.select().from(passages).where(eq(passages.sourceId, sourceId)).orderBy(asc(passages.ordinal)).all().map(toPassage);
}
