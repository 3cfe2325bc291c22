import type { ConflictFilter, StoreReader } from '../store/types.js';
import type { Conflict } from '../schemas/conflicts.js';
import { ConflictItem } from './conflict-summary.js';
import { Layout } from './layout.js';
import { metricLabel } from './metric-label.js';
import { findMetricKeys, propositionOptions } from './metric-options.js';
import { Pager } from './pager.js';

/** The filters as the query string carries them; a filter added to the repo's ConflictFilter passes straight through. */
export type ConflictsQuery = ConflictFilter & { limit: number; cursor?: string | undefined };

export interface ConflictsView {
  query: ConflictsQuery;
  conflicts: Conflict[];
  nextCursor: string | null;
  metricKeys: string[];
  /** The measures and entities the stored metrics name, for the measure and entity filters. */
  measures: Array<[string, string]>;
  entities: Array<[string, string]>;
}

export async function conflictsView(store: StoreReader, query: ConflictsQuery): Promise<ConflictsView> {
  const { limit, cursor, ...filter } = query;
  const page = await store.listConflicts(filter, { limit, cursor });
  const metricKeys = await findMetricKeys(store, filter.metric);
  return { query, conflicts: page.data, nextCursor: page.nextCursor, metricKeys, ...propositionOptions(metricKeys) };
}

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Array<[string, string]> }) {
  return (
    <div class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        {options.map(([v, text]) => (
          <option value={v} selected={v === (value ?? '')}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ConflictsPage({ view }: { view: ConflictsView }) {
  const { query } = view;
  const { cursor: _cursor, ...params } = query;
  return (
    <Layout title="Conflicts">
      <h1>Conflicts</h1>
      <form class="filters" action="/conflicts" method="get">
        <Select
          name="status"
          label="Status"
          value={query.status}
          options={[
            ['discrepancy', 'Discrepancies'],
            ['agreement', 'Agreements'],
            ['all', 'All'],
          ]}
        />
        <Select
          name="severity"
          label="Severity"
          value={query.severity}
          options={[
            ['', 'Any'],
            ['major', 'Major'],
            ['minor', 'Minor'],
            ['none', 'None'],
          ]}
        />
        <Select name="measure" label="Measure" value={query.measure} options={[['', 'Any'], ...view.measures]} />
        <Select name="entity" label="Entity" value={query.entity} options={[['', 'Any'], ...view.entities]} />
        <Select
          name="metric"
          label="Metric"
          value={query.metric}
          options={[['', 'Any'], ...view.metricKeys.map((k): [string, string] => [k, metricLabel(k)])]}
        />
        <div class="field">
          <label for="f-year">Period (year)</label>
          <input id="f-year" name="year" type="number" inputMode="numeric" min={1} max={9999} value={query.year === undefined ? '' : String(query.year)} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <h2>Results</h2>
      <p role="status">{view.conflicts.length === 0 ? 'No conflict matches these filters.' : `Showing ${view.conflicts.length} conflicts.`}</p>
      <ul class="conflict-list">
        {view.conflicts.map((c) => (
          <ConflictItem conflict={c} />
        ))}
      </ul>
      <Pager path="/conflicts" params={params as Record<string, string | number | undefined>} nextCursor={view.nextCursor} />
    </Layout>
  );
}
