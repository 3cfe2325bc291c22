import type { Db } from './db/client.js';
import type { ConflictWrite } from './repos/conflicts.js';
import { insertReview, latestReviews } from './repos/reviews.js';
import { diffSnapshots, isVerdict, snapshotOf, type SnapshotChanges } from './review/snapshot.js';

export interface StaleMark {
  conflictId: string;
  reviewId: number;
  was: string;
  changes: SnapshotChanges;
}

/**
 * After a proposition was re-judged: every reviewed conflict among those stored before and
 * written now whose members, values or status differ from what its reviewer saw gets a `stale`
 * entry saying what changed. The review is neither kept as if nothing happened nor dropped.
 */
export function markStaleReviews(db: Db, before: string[], writes: ConflictWrite[], options: { exempt?: ReadonlySet<string>; now?: Date }): StaleMark[] {
  const now = new Map(writes.map((w) => [w.row.id, snapshotOf({ status: w.row.status, members: w.values ?? [] })]));
  const ids = [...new Set([...before, ...now.keys()])].filter((id) => !options.exempt?.has(id));
  const marks: StaleMark[] = [];
  for (const [conflictId, review] of latestReviews(db, ids)) {
    if (!isVerdict(review.state)) continue;
    const current = now.get(conflictId) ?? snapshotOf(null);
    const changes = diffSnapshots(review.snapshot, current);
    if (!changes) continue;
    const row = insertReview(db, {
      conflictId,
      state: 'stale',
      author: 'system',
      requestId: null,
      createdAt: (options.now ?? new Date()).toISOString(),
      snapshot: current,
      changes: { was: review.state, ...changes },
    });
    marks.push({ conflictId, reviewId: row.id, was: review.state, changes });
  }
  return marks;
}
