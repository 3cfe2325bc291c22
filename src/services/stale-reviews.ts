import { diffSnapshots, isVerdict, snapshotOf, type ReviewSnapshot, type SnapshotChanges } from '../review/snapshot.js';
import type { StoreWriter } from '../store/types.js';

export interface StaleMark {
  conflictId: string;
  reviewId: number;
  was: string;
  changes: SnapshotChanges;
}

/** A group as just judged: its id, status and members with the values the API shows. */
export interface JudgedGroup {
  id: string;
  status: string;
  members: ReviewSnapshot['members'];
}

/**
 * After a proposition was re-judged: every reviewed conflict among those stored before and
 * written now whose members, values or status differ from what its reviewer saw gets a `stale`
 * entry saying what changed. The review is neither kept as if nothing happened nor dropped.
 */
export async function markStaleReviews(
  tx: StoreWriter,
  before: string[],
  judged: JudgedGroup[],
  options: { exempt?: ReadonlySet<string> | undefined; now?: Date | undefined },
): Promise<StaleMark[]> {
  const now = new Map(judged.map((g) => [g.id, snapshotOf({ status: g.status, members: g.members })]));
  const ids = [...new Set([...before, ...now.keys()])].filter((id) => !options.exempt?.has(id));
  const marks: StaleMark[] = [];
  for (const [conflictId, review] of await tx.latestReviews(ids)) {
    if (!isVerdict(review.state)) continue;
    const current = now.get(conflictId) ?? snapshotOf(null);
    const changes = diffSnapshots(review.snapshot, current);
    if (!changes) continue;
    const row = await tx.insertReview({
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
