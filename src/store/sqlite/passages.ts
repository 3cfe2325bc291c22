import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { passages } from './schema.js';
import type { Passage } from '../../schemas/sources.js';
import { toPassage } from '../mapping.js';
import { manyInserter } from './raw-insert.js';

export function insertPassages(db: Db, rows: Array<Omit<typeof passages.$inferInsert, 'rowid'>>): void {
  manyInserter(db, passages)(rows);
}

export function countPassages(db: Db, sourceId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(passages).where(eq(passages.sourceId, sourceId)).get()?.n ?? 0;
}

export function passagesOfSource(db: Db, sourceId: string): Passage[] {
  return db.select().from(passages).where(eq(passages.sourceId, sourceId)).orderBy(asc(passages.ordinal)).all().map(toPassage);
}
