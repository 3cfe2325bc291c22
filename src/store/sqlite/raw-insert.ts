import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Db } from './client.js';

type Inserter<T> = (row: T) => void;

const cache = new WeakMap<Database.Database, Map<string, Inserter<never>>>();

/**
 * A row inserter on one statement prepared once per connection. The write path inserts tens of
 * rows per source; building and compiling the same INSERT through the query builder for each
 * batch cost more than the rows themselves. Values go through each column's own driver mapping
 * (JSON and boolean modes) and defaults, exactly as the query builder would write them.
 */
export function inserter<T extends Table>(db: Db, table: T, conflict: 'fail' | 'do nothing' = 'fail'): Inserter<T['$inferInsert']> {
  const client = (db as unknown as { $client: Database.Database }).$client;
  let perClient = cache.get(client);
  if (!perClient) cache.set(client, (perClient = new Map()));
  const name = getTableName(table);
  const key = `${name}\u0000${conflict}`;
  const known = perClient.get(key);
  if (known) return known as Inserter<T['$inferInsert']>;
  const columns = Object.entries(getTableColumns(table));
  const statement = client.prepare(
    `insert into "${name}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})` +
      (conflict === 'do nothing' ? ' on conflict do nothing' : ''),
  );
  const insert: Inserter<T['$inferInsert']> = (row) => {
    const values = columns.map(([key, column]) => {
      let value = (row as Record<string, unknown>)[key];
      if (value === undefined) value = column.hasDefault && column.default !== undefined ? column.default : null;
      return value === null ? null : column.mapToDriverValue(value);
    });
    statement.run(values);
  };
  perClient.set(key, insert as Inserter<never>);
  return insert;
}
