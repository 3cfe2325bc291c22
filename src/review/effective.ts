/**
 * A claim as conflicts judge it: a reviewer's override where there is one, else what was
 * extracted. The extracted row is never changed, so a correction can be inspected and undone.
 */
export interface ExtractedFields {
  metric: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  periodResolution: string | null;
  value: number;
  unit: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  comparable: boolean;
}

export interface OverrideFields {
  metric: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  value: number | null;
  unit: string | null;
  excluded: boolean;
}

export function effectiveFields<T extends ExtractedFields>(row: T, o: OverrideFields | null | undefined): T {
  if (!o) return row;
  const valueSet = o.value !== null;
  return {
    ...row,
    metric: o.metric ?? row.metric,
    periodStart: o.periodStart ?? row.periodStart,
    periodEnd: o.periodEnd ?? row.periodEnd,
    periodLabel: o.periodLabel ?? row.periodLabel,
    // A reviewer who names the period has resolved it.
    periodResolution: o.periodStart !== null ? 'explicit' : row.periodResolution,
    value: o.value ?? row.value,
    unit: o.unit ?? row.unit,
    // A corrected value is the reviewer's exact figure, not the text's hedge.
    qualifier: valueSet ? 'exact' : row.qualifier,
    low: valueSet ? o.value : row.low,
    high: valueSet ? o.value : row.high,
    // Naming the proposition or the period makes a claim comparable; splitting it out never is.
    comparable: !o.excluded && (row.comparable || o.metric !== null || o.periodStart !== null),
  };
}
