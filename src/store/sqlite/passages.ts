import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { passages } from './schema.js';
import type { Passage } from '../../schemas/sources.js';
import { toPassage } from '../mapping.js';


export function insertPassages(db: Db, rows: Array<Omit<typeof passages.$inferInsert, 'rowid'>>): void {
  // Chunked: SQLite caps the number of bound parameters per statement.
  for (let i = 0; i < rows.length; i += 100) db.insert(passages).values(rows.slice(i, i + 100)).run();
}

export function countPassages(db: Db, sourceId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(passages).where(eq(passages.sourceId, sourceId)).get()?.n ?? 0;
}

export function passagesOfSource(db: Db, sourceId: string): Passage[] {
  return db.select().from(passages).where(eq(passages.sourceId, sourceId)).orderBy(asc(passages.ordinal)).all().map(toPassage);
}
