import type { StoreReader } from '../store/types.js';
import type { Conflict } from '../schemas/conflicts.js';
import { ConflictItem } from './conflict-summary.js';
import { Layout } from './layout.js';

const HOME_CONFLICTS = 10;

export interface HomeView {
  discrepancies: Conflict[];
  more: boolean;
}

/** Major discrepancies first, then minor ones: the ones a reader should see first. */
export async function homeView(store: StoreReader): Promise<HomeView> {
  const major = await store.listConflicts({ status: 'discrepancy', severity: 'major' }, { limit: HOME_CONFLICTS });
  const rest =
    major.data.length < HOME_CONFLICTS
      ? await store.listConflicts({ status: 'discrepancy', severity: 'minor' }, { limit: HOME_CONFLICTS - major.data.length })
      : { data: [], nextCursor: null };
  return { discrepancies: [...major.data, ...rest.data], more: Boolean(major.nextCursor ?? rest.nextCursor) };
}

export function HomePage({ view }: { view: HomeView }) {
  return (
    <Layout title="Who says what, and where sources disagree">
      <h1>Who says what, and where sources disagree</h1>
      <p class="lede">
        Every checkable figure in the stored articles, tied to its exact words, and every place where two sources give different figures for the same thing.
      </p>
      <form class="big-search" role="search" aria-label="Claims" action="/search" method="get">
        <label for="home-q">Search the claims’ sentences</label>
        <div class="search-row">
          <input id="home-q" name="q" type="search" maxLength={200} placeholder="e.g. trade 2024" />
          <button type="submit">Search</button>
        </div>
      </form>
      <h2>Discrepancies</h2>
      {view.discrepancies.length === 0 ? <p>No two sources disagree yet.</p> : null}
      <ul class="conflict-list">
        {view.discrepancies.map((c) => (
          <ConflictItem conflict={c} />
        ))}
      </ul>
      <p>
        <a href="/conflicts?status=all">{view.more ? 'More conflicts' : 'All conflicts, agreements included'}</a>
      </p>
    </Layout>
  );
}
