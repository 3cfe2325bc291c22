import { describe, expect, it } from 'vitest';
import { conflictRow, planConflictReplacement, type ConflictRow, type MemberRow } from '../../src/store/mapping.js';
import type { NewConflict } from '../../src/store/types.js';
import type { Stance } from '../../src/domain/enums.js';

const group = (id: string, members: Array<[claimId: string, deviation: number, stance: Stance]>, overrides: Partial<NewConflict> = {}): NewConflict => ({
  id,
  metric: 'trade.test',
  unit: 'USD',
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
  periodLabel: '2023',
  periodResolution: 'explicit',
  status: 'agreement',
  severity: 'none',
  consensusValue: 28.4e9,
  consensusMethod: 'median-of-largest-overlapping-cluster',
  spread: 0,
  explanation: 'Compared because all agree.',
  members: members.map(([claimId, deviation, stance]) => ({
    claimId,
    sourceId: `src-${claimId}`,
    deviation,
    stance,
    value: 28.4e9,
    unit: 'USD',
    low: null,
    high: null,
  })),
  ...overrides,
});
const stored = (g: NewConflict): { row: ConflictRow; members: MemberRow[] } => ({
  row: conflictRow(g),
  members: g.members.map((m) => ({ conflictId: g.id, claimId: m.claimId, sourceId: m.sourceId, deviation: m.deviation, stance: m.stance })),
});

describe('replacing a proposition’s stored conflicts', () => {
  it('writes nothing when the judgement is unchanged', () => {
    const g = group('c1', [
      ['a', 0, 'corroborating'],
      ['b', 0, 'corroborating'],
    ]);
    const s = stored(g);
    expect(planConflictReplacement([s.row], s.members, [g])).toEqual({
      deleteConflicts: [],
      insertConflicts: [],
      updateConflicts: [],
      deleteMembers: [],
      insertMembers: [],
    });
  });

  it('adds only the new member when the consensus stays, and rewrites the group row whose text changed', () => {
    const s = stored(
      group('c1', [
        ['a', 0, 'corroborating'],
        ['b', 0, 'corroborating'],
      ]),
    );
    const next = group(
      'c1',
      [
        ['a', 0, 'corroborating'],
        ['b', 0, 'corroborating'],
        ['c', 0, 'corroborating'],
      ],
      { explanation: 'Compared because all three agree.' },
    );
    const plan = planConflictReplacement([s.row], s.members, [next]);
    expect(plan.insertMembers).toEqual([{ conflictId: 'c1', claimId: 'c', sourceId: 'src-c', deviation: 0, stance: 'corroborating' }]);
    expect(plan.deleteMembers).toEqual([]);
    expect(plan.updateConflicts.map((r) => r.explanation)).toEqual(['Compared because all three agree.']);
    expect(plan.insertConflicts).toEqual([]);
  });

  it('rewrites every member whose deviation or stance moved, and removes members that left', () => {
    const s = stored(
      group('c1', [
        ['a', 0, 'corroborating'],
        ['b', 0.1, 'contradicting'],
        ['c', 0, 'corroborating'],
      ]),
    );
    const next = group(
      'c1',
      [
        ['a', -0.05, 'corroborating'],
        ['b', 0.05, 'corroborating'],
      ],
      { consensusValue: 29e9 },
    );
    const plan = planConflictReplacement([s.row], s.members, [next]);
    expect(plan.deleteMembers).toEqual([{ conflictId: 'c1', claimIds: ['a', 'b', 'c'] }]);
    expect(plan.insertMembers.map((m) => [m.claimId, m.deviation, m.stance])).toEqual([
      ['a', -0.05, 'corroborating'],
      ['b', 0.05, 'corroborating'],
    ]);
    expect(plan.updateConflicts).toHaveLength(1);
  });

  it('deletes a group no longer judged and inserts a new one with all its members', () => {
    const s = stored(
      group('c1', [
        ['a', 0, 'corroborating'],
        ['b', 0, 'corroborating'],
      ]),
    );
    const split = group('c2', [
      ['a', 0, 'corroborating'],
      ['d', 0, 'corroborating'],
    ]);
    const plan = planConflictReplacement([s.row], s.members, [split]);
    expect(plan.deleteConflicts).toEqual(['c1']);
    expect(plan.insertConflicts.map((r) => r.id)).toEqual(['c2']);
    expect(plan.insertMembers.map((m) => [m.conflictId, m.claimId])).toEqual([
      ['c2', 'a'],
      ['c2', 'd'],
    ]);
    expect(plan.deleteMembers).toEqual([]);
  });
});
