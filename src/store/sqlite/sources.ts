import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Source } from '../../schemas/sources.js';
import { toSource } from '../mapping.js';

const { text: _text, ...sourceColumns } = getTableColumns(sources);

export function getSourceText(db: Db, id: string): string {
  const row = db.select({ text: sources.text }).from(sources).where(eq(sources.id, id)).get();
  if (!row) throw new NotFoundError('source', id);
  return row.text;
}

export function findSourceByHash(db: Db, hash: string): Source | undefined {
  const row = db.select(sourceColumns).from(sources).where(eq(sources.contentHash, hash)).get();
  return row && toSource(row);
}

export function sourceIdTaken(db: Db, id: string): boolean {
  return db.select({ id: sources.id }).from(sources).where(eq(sources.id, id)).get() !== undefined;
}

export function insertSource(db: Db, row: typeof sources.$inferInsert): void {
  db.insert(sources).values(row).run();
}

export function deleteSourceRow(db: Db, id: string): boolean {
  return db.delete(sources).where(eq(sources.id, id)).run().changes > 0;
}

export function countSources(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(sources).get()?.n ?? 0;
}
