import type { ReviewState } from '../domain/enums.js';

/**
 * Which review state may follow which. A verdict (confirmed, explained) may be revised into a
 * firmer one; a dismissal or a resolution is final until reopened; `stale` is set only by
 * re-judging and asks for a fresh verdict. Writing the state a conflict is already in is refused.
 */
export const TRANSITIONS: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  open: ['confirmed', 'dismissed', 'explained', 'resolved'],
  confirmed: ['open', 'dismissed', 'explained', 'resolved'],
  explained: ['open', 'confirmed', 'resolved'],
  dismissed: ['open'],
  resolved: ['open'],
  stale: ['open', 'confirmed', 'dismissed', 'explained', 'resolved'],
};

export function allowedAfter(state: ReviewState): readonly ReviewState[] {
  return TRANSITIONS[state] ?? [];
}
