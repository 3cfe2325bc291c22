import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Column, type Table } from 'drizzle-orm';
import type { Db } from './client.js';

type Inserter<T> = (row: T) => void;
type ManyInserter<T> = (rows: readonly T[]) => void;
type Updater<T> = (row: T) => void;

const cache = new WeakMap<Database.Database, Map<string, unknown>>();

function cached<T>(db: Db, key: string, make: (client: Database.Database) => T): T {
  const client = (db as unknown as { $client: Database.Database }).$client;
  let perClient = cache.get(client);
  if (!perClient) cache.set(client, (perClient = new Map()));
  let known = perClient.get(key) as T | undefined;
  if (known === undefined) perClient.set(key, (known = make(client)));
  return known;
}

/** A statement prepared once per connection (for SQL the query builder cannot express). */
export function preparedStatement(db: Db, sql: string): Database.Statement {
  return cached(db, `sql\u0000${sql}`, (client) => client.prepare(sql));
}

/** A row's values in column order, through each column's own driver mapping (JSON and boolean modes) and defaults. */
function valuesOf(columns: Array<[string, Column]>, row: Record<string, unknown>, out: unknown[]): void {
  for (const [key, column] of columns) {
    let value = row[key];
    if (value === undefined) value = column.hasDefault && column.default !== undefined ? column.default : null;
    out.push(value === null ? null : column.mapToDriverValue(value));
  }
}

/**
 * A row inserter on one statement prepared once per connection. The write path inserts tens of
 * rows per source; building and compiling the same INSERT through the query builder for each
 * batch cost more than the rows themselves. Values go through each column's own driver mapping
 * (JSON and boolean modes) and defaults, exactly as the query builder would write them.
 */
export function inserter<T extends Table>(db: Db, table: T, conflict: 'fail' | 'do nothing' = 'fail'): Inserter<T['$inferInsert']> {
  const many = manyInserter(db, table, conflict);
  return (row) => many([row]);
}

/**
 * What an insert does with a row whose key is taken: fail, skip it, or update the given columns
 * of the stored row to the new row's values (`insert … on conflict (target) do update set`).
 */
export type OnConflict<T extends Table> = 'fail' | 'do nothing' | { target: keyof T['$inferInsert'] & string; set: Array<keyof T['$inferInsert'] & string> };

/** Rows per statement at most: powers of two up to this, so a few statements per table serve every count. */
const MAX_ROWS = 128;

/**
 * Inserts many rows with as few statements as possible (a power-of-two number of rows each,
 * prepared once per connection). Each statement costs a fixed amount on top of its rows.
 */
export function manyInserter<T extends Table>(db: Db, table: T, conflict: OnConflict<T> = 'fail'): ManyInserter<T['$inferInsert']> {
  const name = getTableName(table);
  const how = typeof conflict === 'string' ? conflict : `update ${String(conflict.target)} ${conflict.set.join(' ')}`;
  return cached(db, `insert\u0000${name}\u0000${how}`, (client) => {
    const columns = Object.entries(getTableColumns(table)) as Array<[string, Column]>;
    const head = `insert into "${name}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const column = (key: string) => columns.find(([k]) => k === key)![1].name;
    const tail =
      conflict === 'fail'
        ? ''
        : conflict === 'do nothing'
          ? ' on conflict do nothing'
          : ` on conflict ("${column(String(conflict.target))}") do update set ${conflict.set.map((k) => `"${column(String(k))}" = excluded."${column(String(k))}"`).join(', ')}`;
    const statements = new Map<number, Database.Statement>();
    const statement = (n: number) => {
      let s = statements.get(n);
      if (!s) statements.set(n, (s = client.prepare(head + Array.from({ length: n }, () => tuple).join(', ') + tail)));
      return s;
    };
    return (rows: readonly T['$inferInsert'][]) => {
      let i = 0;
      while (i < rows.length) {
        let n = MAX_ROWS;
        while (n > rows.length - i) n >>= 1;
        const values: unknown[] = [];
        for (let k = i; k < i + n; k++) valuesOf(columns, rows[k] as Record<string, unknown>, values);
        statement(n).run(values);
        i += n;
      }
    };
  });
}

/** Updates every column of the row with the same key (the table's `key` column), on one prepared statement. */
export function updater<T extends Table>(db: Db, table: T, key: keyof T['$inferInsert'] & string): Updater<T['$inferInsert']> {
  const name = getTableName(table);
  return cached(db, `update\u0000${name}\u0000${key}`, (client) => {
    const all = Object.entries(getTableColumns(table)) as Array<[string, Column]>;
    const keyColumn = all.find(([k]) => k === key)!;
    const columns = all.filter(([k]) => k !== key);
    const statement = client.prepare(`update "${name}" set ${columns.map(([, c]) => `"${c.name}" = ?`).join(', ')} where "${keyColumn[1].name}" = ?`);
    return (row: T['$inferInsert']) => {
      const values: unknown[] = [];
      valuesOf([...columns, keyColumn], row as Record<string, unknown>, values);
      statement.run(values);
    };
  });
}
