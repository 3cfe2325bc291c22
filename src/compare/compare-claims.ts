import { judgeProposition, type JudgeOptions } from './judge.js';
import { compareStrings, groupByProposition } from './proposition.js';
import type { ComparableClaim, ConflictGroup } from './types.js';

/** Every proposition two or more sources speak to, judged; ordered by proposition key. */
export function compareClaims(claims: readonly ComparableClaim[], options: JudgeOptions = {}): ConflictGroup[] {
  return groupByProposition(claims).flatMap((group) => judgeByIssue(group, options));
}

/** Months between two issues ("2023-06", "2024-01"). */
function monthsApart(a: string, b: string): number {
  const months = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7)) - 1;
  return Math.abs(months(b) - months(a));
}

/** Issues at least this many months after the previous one are another edition of the forecast, not its restatement. */
const EDITION_GAP_MONTHS = 5;

/**
 * Claims in runs of issues with no gap of EDITION_GAP_MONTHS or more between one issue and the next: the
 * editions of a forecast (June 2023, January 2024), each with the reports that restated it in the weeks after.
 */
function editions(claims: readonly ComparableClaim[]): ComparableClaim[][] {
  // (A report dated by its year alone could belong to any edition of that year: then none is told apart.)
  const dated = claims.filter((c) => c.issued && c.issued.length >= 7);
  if (dated.length < claims.length) return [[...claims]];
  const sorted = [...dated].sort((a, b) => compareStrings(a.issued!, b.issued!));
  const runs: ComparableClaim[][] = [];
  for (const c of sorted) {
    const run = runs.at(-1);
    if (run && monthsApart(run.at(-1)!.issued!, c.issued!) < EDITION_GAP_MONTHS) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * Views held at different times (forecasts issued in June and in January) that disagree are a
 * forecaster revising its view, not sources disputing one figure: each time is judged apart. So are
 * estimates a revision replaced ("the previous estimate was 740,000", in 2024; "the earlier estimate
 * of 906,000", in 2025): each report gives the estimate superseded when it was written.
 * When they agree, they state one figure and stay one group, unless months apart: two editions of a
 * forecast that happen to give the same figure are two views, each restated by its own reports.
 */
function judgeByIssue(claims: readonly ComparableClaim[], options: JudgeOptions): ConflictGroup[] {
  const whole = judgeProposition(claims, options);
  if (whole?.status === 'agreement') {
    // (An estimate restated months later is the same estimate: "the initial estimate of 740,000", in May and in November.)
    if (claims.some((c) => c.estimate)) return [whole];
    const runs = editions(claims);
    if (runs.length < 2) return [whole];
    return runs.flatMap((run) => {
      const months = new Set(run.map((c) => c.issued));
      return judgeProposition(run, { ...options, issued: months.size === 1 ? run[0]!.issued! : null }) ?? [];
    });
  }
  if (!whole) return [];
  // (As for editions: a forecast reported in a text dated by its year alone could have been issued in any month of
  // it, so no month is told apart.)
  if (!claims.some((c) => c.estimate) && claims.some((c) => c.issued && c.issued.length < 7)) return [whole];
  const byIssue = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    const issued = c.issued ?? '';
    byIssue.set(issued, [...(byIssue.get(issued) ?? []), c]);
  }
  if (byIssue.size < 2) return [whole];
  return [...byIssue.keys()].sort(compareStrings).flatMap((issued) => judgeProposition(byIssue.get(issued)!, { ...options, issued: issued || null }) ?? []);
}
