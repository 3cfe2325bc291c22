import type { StoreReader } from '../store/types.js';
import type { Metric } from '../schemas/claims.js';
import type { Source } from '../schemas/sources.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';

export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
}

export const sourcesView = (store: StoreReader, page: ListQuery) => store.listSources(page);
export const metricsView = (store: StoreReader, page: ListQuery) => store.listMetrics(page);

export function SourcesPage({ view, limit }: { view: { data: Source[]; nextCursor: string | null }; limit: number }) {
  return (
    <Layout title="Sources">
      <h1>Sources</h1>
      <ul class="source-list">
        {view.data.map((s) => (
          <li>
            <a href={`/sources/${encodeURIComponent(s.id)}`}>{s.title}</a>
            <span class="meta">{` — ${[s.authors.join(', '), s.publisher, s.publishedAt].filter(Boolean).join(' · ')} · ${s.claimCount} claims`}</span>
          </li>
        ))}
      </ul>
      <Pager path="/sources" params={{ limit }} nextCursor={view.nextCursor} />
    </Layout>
  );
}

export function MetricsPage({ view, limit }: { view: { data: Metric[]; nextCursor: string | null }; limit: number }) {
  return (
    <Layout title="Metrics">
      <h1>Metrics</h1>
      <p>What the claims measure: metrics from the catalogue, and metrics named from the words around a figure (marked “derived from wording”).</p>
      <ul class="metric-list">
        {view.data.map((m) => (
          <li>
            <a href={`/metrics/${encodeURIComponent(m.key)}`}>{m.label}</a>
            <span class="meta">{` — ${m.claimCount} claims${m.derived ? ' · derived from wording' : ''}`}</span>
          </li>
        ))}
      </ul>
      <Pager path="/metrics" params={{ limit }} nextCursor={view.nextCursor} />
    </Layout>
  );
}
