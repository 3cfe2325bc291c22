export { compareClaims } from './compare-claims.js';
export { judgeProposition, type JudgeOptions } from './judge.js';
export { groupByProposition, propositionKey } from './proposition.js';
export { explainConflict, type ExplainInput } from './explain.js';
export { MAJOR_GAP } from './severity.js';
export { toGroupUnit, unitFamily, groupUnitOf } from './units.js';
export type * from './types.js';
export { partitionBySeparations } from './separate.js';
