import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { claimOverrides, claimSeparations, conflictReviews } from './schema.js';
import type { ReviewSnapshot } from '../../review/snapshot.js';
import type { ReviewState } from '../../domain/enums.js';
import type { NewReview, OverrideRecord, ReviewRecord } from '../types.js';

type ReviewRow = ReviewRecord;
type OverrideRow = OverrideRecord;

export function insertReview(db: Db, row: NewReview): ReviewRow {
  return db.insert(conflictReviews).values(row).returning().get();
}

export function reviewHistory(db: Db, conflictId: string): ReviewRow[] {
  return db.select().from(conflictReviews).where(eq(conflictReviews.conflictId, conflictId)).orderBy(asc(conflictReviews.id)).all();
}

/** The values of a JSON array parameter: one statement for any number of ids. */
const listed = sql`(select value from json_each(${sql.placeholder('ids')}))`;

/** Run by every ingest, once per proposition it touches: compiled once per connection. */
const prepared = new WeakMap<Db, ReturnType<typeof prepareQueries>>();

function prepareQueries(db: Db) {
  return {
    latest: db
      .select()
      .from(conflictReviews)
      .where(
        and(
          inArray(conflictReviews.conflictId, listed),
          sql`${conflictReviews.id} = (select max(r.id) from conflict_reviews r where r.conflict_id = ${conflictReviews.conflictId})`,
        ),
      )
      .prepare(),
    separations: db
      .select({ a: claimSeparations.claimA, b: claimSeparations.claimB })
      .from(claimSeparations)
      .where(or(inArray(claimSeparations.claimA, listed), inArray(claimSeparations.claimB, listed)))
      .prepare(),
  };
}

function queries(db: Db) {
  let q = prepared.get(db);
  if (!q) prepared.set(db, (q = prepareQueries(db)));
  return q;
}

/** The latest review of each given conflict (its current review state). */
export function latestReviews(db: Db, conflictIds: string[]): Map<string, ReviewRow> {
  const out = new Map<string, ReviewRow>();
  if (conflictIds.length === 0) return out;
  for (const r of queries(db).latest.all({ ids: JSON.stringify([...new Set(conflictIds)]) })) out.set(r.conflictId, r);
  return out;
}

/** Latest review per conflict whose state is `state`, newest first (for publishing). */
export function reviewsInState(db: Db, state: ReviewState): ReviewRow[] {
  return db
    .select()
    .from(conflictReviews)
    .where(
      and(
        eq(conflictReviews.state, state),
        sql`${conflictReviews.id} = (select max(r.id) from conflict_reviews r where r.conflict_id = ${conflictReviews.conflictId})`,
      ),
    )
    .orderBy(desc(conflictReviews.id))
    .all();
}

/** SQL for a conflict's current review state, 'open' when never reviewed. */
export const reviewStateOf = (conflictIdColumn: unknown) =>
  sql<string>`coalesce((select r.state from conflict_reviews r where r.conflict_id = ${conflictIdColumn} order by r.id desc limit 1), 'open')`;

export function getOverride(db: Db, claimId: string): OverrideRow | undefined {
  return db.select().from(claimOverrides).where(eq(claimOverrides.claimId, claimId)).get();
}

export function upsertOverride(db: Db, row: OverrideRecord): void {
  const { claimId: _id, ...set } = row;
  db.insert(claimOverrides).values(row).onConflictDoUpdate({ target: claimOverrides.claimId, set }).run();
}

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export function insertSeparations(db: Db, pairs: Array<[string, string]>, reviewId: number, now: string): void {
  for (const [a, b] of pairs) {
    const [claimA, claimB] = ordered(a, b);
    db.insert(claimSeparations).values({ claimA, claimB, reviewId, createdAt: now }).onConflictDoNothing().run();
  }
}

/** Separated pairs that involve any of the given claims. */
export function separationsAmong(db: Db, claimIds: string[]): Array<[string, string]> {
  if (claimIds.length === 0) return [];
  // One statement however many claims: the ids travel as one JSON parameter.
  return queries(db)
    .separations.all({ ids: JSON.stringify(claimIds) })
    .map((r): [string, string] => [r.a, r.b]);
}

export function updateReviewSnapshot(db: Db, id: number, snapshot: ReviewSnapshot): void {
  db.update(conflictReviews).set({ snapshot }).where(eq(conflictReviews.id, id)).run();
}

/** The claims a review separated from each other (a "different proposition" dismissal). */
export function claimsSeparatedBy(db: Db, reviewId: number): string[] {
  const rows = db
    .select({ a: claimSeparations.claimA, b: claimSeparations.claimB })
    .from(claimSeparations)
    .where(eq(claimSeparations.reviewId, reviewId))
    .all();
  return [...new Set(rows.flatMap((r) => [r.a, r.b]))].sort();
}
