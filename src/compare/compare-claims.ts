import { judgeProposition, type JudgeOptions } from './judge.js';
import { groupByProposition } from './proposition.js';
import type { ComparableClaim, ConflictGroup } from './types.js';

/** Every proposition two or more sources speak to, judged; ordered by proposition key. */
export function compareClaims(claims: readonly ComparableClaim[], options: JudgeOptions = {}): ConflictGroup[] {
  return groupByProposition(claims).flatMap((group) => judgeProposition(group, options) ?? []);
}
