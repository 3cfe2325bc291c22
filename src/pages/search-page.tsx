import type { StoreReader } from '../store/types.js';
import type { Claim } from '../schemas/claims.js';
import type { Passage } from '../schemas/sources.js';
import { formatValue, sourceLabel } from './format.js';
import { MatchedPassage, queryWords } from './highlight.js';
import { Layout } from './layout.js';
import { metricLabel } from './metric-label.js';
import { Pager } from './pager.js';

export interface SearchQuery {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface SearchView {
  q: string;
  hits: Array<{ claim: Claim; passage: Passage; sourceLabel: string }>;
  nextCursor: string | null;
}

/** The same full-text search as GET /v1/claims?q=, with each claim's sentence. */
export async function searchView(store: StoreReader, { q, limit, cursor }: SearchQuery): Promise<SearchView> {
  if (!q?.trim()) return { q: '', hits: [], nextCursor: null };
  const page = await store.listClaims({ q }, { limit, cursor });
  const labels = new Map<string, string>();
  const hits: SearchView['hits'] = [];
  for (const claim of page.data) {
    let label = labels.get(claim.sourceId);
    if (label === undefined) labels.set(claim.sourceId, (label = sourceLabel(await store.getSource(claim.sourceId))));
    hits.push({ claim, passage: await store.getPassage(claim.passageId), sourceLabel: label });
  }
  return { q, hits, nextCursor: page.nextCursor };
}

export function SearchPage({ view, limit }: { view: SearchView; limit: number }) {
  const words = queryWords(view.q);
  return (
    <Layout title={view.q ? `Claims matching “${view.q}”` : 'Search claims'} query={view.q}>
      <h1>{view.q ? `Claims matching “${view.q}”` : 'Search claims'}</h1>
      {!view.q ? <p>Type words from a sentence in the search box above; every word must appear.</p> : null}
      {view.q ? (
        <p role="status">{view.hits.length === 0 ? 'No claim’s sentence contains all these words.' : `${view.hits.length} claims on this page.`}</p>
      ) : null}
      <ol class="search-results">
        {view.hits.map(({ claim, passage, sourceLabel: label }) => (
          <li>
            <p class="hit-text">
              <MatchedPassage text={passage.text} start={claim.quote.start - passage.start} end={claim.quote.end - passage.start} words={words} />
            </p>
            <p class="hit-meta">
              <a href={`/sources/${encodeURIComponent(claim.sourceId)}#${claim.id}`}>{`${label}: ${claim.quote.exact}`}</a>
              {` — ${claim.metric ? metricLabel(claim.metric) : 'no metric'}, ${formatValue(claim.value, claim.unit)}, ${claim.period?.label || 'undated'}`}
            </p>
          </li>
        ))}
      </ol>
      {view.q ? <Pager path="/search" params={{ q: view.q, limit }} nextCursor={view.nextCursor} /> : null}
    </Layout>
  );
}
