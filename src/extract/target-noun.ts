import { quickEdges } from './word-edges.js';
/**
 * "the 2 % inflation target", "the bank's two-percent target", "its 1.5-degree goal": a figure followed
 * by the noun of a target names the target, not an outturn. Not "2 % above target" or "0.4 points short
 * of the goal": those measure a gap from it.
 */
const TARGET_NOUN_AFTER = quickEdges(
  /^\s*(?:(?!(?:above|below|over|under|short|of|from|versus|vs|than|and|or|the|a|an|to|in|on|at|for|with)\b)[\p{L}-]+\s+){0,2}(?:targets?|goals?)\b/iu,
);

export function namesATarget(after: string): boolean {
  return TARGET_NOUN_AFTER.test(after.slice(0, 60));
}
