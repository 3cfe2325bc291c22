import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { HttpProblem } from '../errors.js';

export function databaseOk(db: Db): void {
  try {
    db.get(sql`select 1`);
  } catch {
    throw new HttpProblem(503, 'The database is not answering.', { 'retry-after': '5' });
  }
}
