import type { ReviewState } from '../domain/enums.js';

/** A conflict group as a reviewer saw it: status and members with their values. */
export interface ReviewSnapshot {
  status: string | null;
  members: Array<{ claimId: string; sourceId: string; value: number; unit: string }>;
}

/** States a person set on purpose; only these can go stale. */
export const VERDICT_STATES = ['confirmed', 'dismissed', 'explained', 'resolved'] as const satisfies readonly ReviewState[];

export const isVerdict = (state: string) => (VERDICT_STATES as readonly string[]).includes(state);

const sorted = (members: ReviewSnapshot['members']) => [...members].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));

export function snapshotOf(group: { status: string; members: ReviewSnapshot['members'] } | null): ReviewSnapshot {
  if (!group) return { status: null, members: [] };
  return { status: group.status, members: sorted(group.members.map(({ claimId, sourceId, value, unit }) => ({ claimId, sourceId, value, unit }))) };
}

export interface SnapshotChanges {
  added?: string[];
  removed?: string[];
  values?: Array<{ claimId: string; from: { value: number; unit: string }; to: { value: number; unit: string } }>;
  status?: { from: string | null; to: string | null };
}

/** What differs between the group a reviewer saw and the group now; null when nothing does. */
export function diffSnapshots(seen: ReviewSnapshot, now: ReviewSnapshot): SnapshotChanges | null {
  const before = new Map(seen.members.map((m) => [m.claimId, m]));
  const after = new Map(now.members.map((m) => [m.claimId, m]));
  const changes: SnapshotChanges = {};
  const added = [...after.keys()].filter((id) => !before.has(id)).sort();
  const removed = [...before.keys()].filter((id) => !after.has(id)).sort();
  const values = [...after.values()]
    .filter((m) => before.has(m.claimId) && (before.get(m.claimId)!.value !== m.value || before.get(m.claimId)!.unit !== m.unit))
    .map((m) => ({
      claimId: m.claimId,
      from: { value: before.get(m.claimId)!.value, unit: before.get(m.claimId)!.unit },
      to: { value: m.value, unit: m.unit },
    }));
  if (added.length) changes.added = added;
  if (removed.length) changes.removed = removed;
  if (values.length) changes.values = values;
  if (seen.status !== now.status) changes.status = { from: seen.status, to: now.status };
  return Object.keys(changes).length ? changes : null;
}
