import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Source } from '../../schemas/sources.js';
import { toSource } from '../mapping.js';
import { inserter } from './raw-insert.js';

const { text: _text, ...sourceColumns } = getTableColumns(sources);

export function getSourceText(db: Db, id: string): string {
  const row = db.select({ text: sources.text }).from(sources).where(eq(sources.id, id)).get();
  if (!row) throw new NotFoundError('source', id);
  return row.text;
}

/** The write path's lookups, compiled once per connection: every ingested source runs them. */
const prepared = new WeakMap<Db, ReturnType<typeof prepareLookups>>();

function prepareLookups(db: Db) {
  return {
    byHash: db
      .select(sourceColumns)
      .from(sources)
      .where(eq(sources.contentHash, sql.placeholder('hash')))
      .prepare(),
    idTaken: db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.id, sql.placeholder('id')))
      .prepare(),
    // `base` and every id that starts with `base-`: a range of the primary key (ids compare byte-wise, and '.' follows '-').
    idsFrom: db
      .select({ id: sources.id })
      .from(sources)
      .where(sql`${sources.id} = ${sql.placeholder('base')} or (${sources.id} > ${sql.placeholder('from')} and ${sources.id} < ${sql.placeholder('to')})`)
      .prepare(),
  };
}

function lookups(db: Db) {
  let l = prepared.get(db);
  if (!l) prepared.set(db, (l = prepareLookups(db)));
  return l;
}

export function findSourceByHash(db: Db, hash: string): Source | undefined {
  const row = lookups(db).byHash.get({ hash });
  return row && toSource(row);
}

export function sourceIdTaken(db: Db, id: string): boolean {
  return lookups(db).idTaken.get({ id }) !== undefined;
}

export function freeSourceId(db: Db, base: string): string {
  const taken = new Set(
    lookups(db)
      .idsFrom.all({ base, from: `${base}-`, to: `${base}.` })
      .map((r) => r.id),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function insertSource(db: Db, row: typeof sources.$inferInsert): void {
  inserter(db, sources)(row);
}

export function deleteSourceRow(db: Db, id: string): boolean {
  return db.delete(sources).where(eq(sources.id, id)).run().changes > 0;
}

export function countSources(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(sources).get()?.n ?? 0;
}
