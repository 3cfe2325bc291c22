import { toGroupUnit } from '../compare/index.js';
import { NotFoundError } from '../domain/errors.js';
import type { StoreReader } from '../store/types.js';
import type { Claim, Metric } from '../schemas/claims.js';
import type { Conflict } from '../schemas/conflicts.js';
import { ConflictItem } from './conflict-summary.js';
import { formatValue, sourceLabel } from './format.js';
import { Layout } from './layout.js';
import { metricLabel } from './metric-label.js';
import { SeriesLegend, TimeSeries, type Series } from './time-series.js';

/** Past this many claims a metric page shows the first ones only. */
const MAX_CLAIMS = 2000;

export interface MetricView {
  key: string;
  metric: Metric | undefined;
  claims: Array<Claim & { sourceLabel: string }>;
  /** One chart per unit the claims convert to (a metric is rarely stated in two). */
  charts: Array<{ unit: string; series: Series[] }>;
  conflicts: Conflict[];
}

async function allPages<T>(fetch: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>, max: number): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    rows.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < max);
  return rows.slice(0, max);
}

export async function findMetric(store: StoreReader, key: string): Promise<Metric | undefined> {
  return (await allPages((cursor) => store.listMetrics({ limit: 500, cursor }), 100_000)).find((m) => m.key === key);
}

export async function metricView(store: StoreReader, key: string): Promise<MetricView> {
  const metric = await findMetric(store, key);
  const claims = await allPages((cursor) => store.listClaims({ metric: key }, { limit: 500, cursor }), MAX_CLAIMS);
  if (!metric && claims.length === 0) throw new NotFoundError('metric', key);
  const labels = new Map<string, string>();
  for (const c of claims) if (!labels.has(c.sourceId)) labels.set(c.sourceId, sourceLabel(await store.getSource(c.sourceId)));
  const labelled = claims.map((c) => ({ ...c, sourceLabel: labels.get(c.sourceId) ?? c.sourceId }));

  const byUnit = new Map<string, Map<string, Series>>();
  for (const c of labelled) {
    if (!c.period?.start || !c.period.end) continue;
    const unit = toGroupUnit(c.value, c.unit).unit;
    const convert = (v: number | null) => (v === null ? null : toGroupUnit(v, c.unit).value);
    const series = byUnit.get(unit) ?? new Map<string, Series>();
    byUnit.set(unit, series);
    const s = series.get(c.sourceId) ?? { label: c.sourceLabel, points: [] };
    series.set(c.sourceId, s);
    s.points.push({
      start: c.period.start,
      end: c.period.end,
      periodLabel: c.period.label,
      value: toGroupUnit(c.value, c.unit).value,
      low: convert(c.interval.low),
      high: convert(c.interval.high),
    });
  }
  const charts = [...byUnit].map(([unit, series]) => ({ unit, series: [...series.values()] }));
  const conflicts = (await store.listConflicts({ status: 'all', metric: key }, { limit: 100 })).data;
  return { key, metric, claims: labelled, charts, conflicts };
}

export function MetricPage({ view }: { view: MetricView }) {
  const label = view.metric?.label ?? metricLabel(view.key);
  return (
    <Layout title={label}>
      <p class="breadcrumb">
        <a href="/metrics">Metrics</a>
      </p>
      <h1>{label}</h1>
      <p class="metric-key">
        <code>{view.key}</code>
        {view.metric ? ` — ${view.metric.description}` : null}
      </p>
      <h2>What each source says, by period</h2>
      {view.charts.length === 0 ? <p>No claim on this metric is dated, so there is nothing to draw over time.</p> : null}
      {view.charts.map((chart, i) => (
        <figure class="chart-figure">
          <TimeSeries id={`series-${i}`} title={`${label} over time, in ${chart.unit}, one series per source`} unit={chart.unit} series={chart.series} />
          <figcaption>
            Each mark sits in the middle of the period the figure refers to; the horizontal line spans that period and the vertical line the range the wording
            allows.
            <SeriesLegend series={chart.series} />
          </figcaption>
        </figure>
      ))}
      <h2>Claims</h2>
      <div class="table-wrap">
        <table>
          <caption>{`${view.claims.length} claims on this metric`}</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Period</th>
              <th scope="col">Figure</th>
              <th scope="col">Words</th>
            </tr>
          </thead>
          <tbody>
            {view.claims.map((c) => (
              <tr>
                <th scope="row">
                  <a href={`/sources/${encodeURIComponent(c.sourceId)}`}>{c.sourceLabel}</a>
                </th>
                <td>{c.period?.label || 'undated'}</td>
                <td>{formatValue(c.value, c.unit)}</td>
                <td>
                  <a href={`/sources/${encodeURIComponent(c.sourceId)}#${c.id}`}>{c.quote.exact}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Conflicts on this metric</h2>
      {view.conflicts.length === 0 ? <p>No two sources state this metric for the same period.</p> : null}
      <ul class="conflict-list">
        {view.conflicts.map((c) => (
          <ConflictItem conflict={c} />
        ))}
      </ul>
    </Layout>
  );
}
