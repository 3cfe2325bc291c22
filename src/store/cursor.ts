import { InvalidInputError } from '../domain/errors.js';

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Array<string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: Array<'string' | 'number'>): Array<string | number> {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length || parsed.some((v, i) => typeof v !== shape[i])) {
    throw malformed();
  }
  return parsed as Array<string | number>;
}

function malformed() {
  return new InvalidInputError('Malformed cursor: pass back the nextCursor of a previous page unchanged.', [
    { path: 'querystring.cursor', message: 'is not a cursor this endpoint issued' },
  ]);
}

/** Splits a fetched `limit + 1` rows into a page and the next cursor. */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => Array<string | number>) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
