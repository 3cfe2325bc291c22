import type { ComponentChildren } from 'preact';
import type { StoreReader } from '../store/types.js';
import type { Claim } from '../schemas/claims.js';
import type { Conflict } from '../schemas/conflicts.js';
import type { Source } from '../schemas/sources.js';
import { formatInterval, formatValue, qualifierWords } from './format.js';
import { codePointSlice } from './highlight.js';
import { Layout } from './layout.js';
import { metricLabel } from './metric-label.js';

export interface SourceView {
  source: Source;
  text: string;
  claims: Claim[];
  /** The conflicts each claim is a member of, by claim id. */
  conflictsOf: Map<string, Conflict[]>;
}

export async function sourceView(store: StoreReader, id: string): Promise<SourceView> {
  const source = await store.getSource(id);
  const claims = await store.claimsOfSource(id);
  const conflicts = new Map<string, Conflict>();
  const conflictsOf = new Map<string, Conflict[]>();
  for (const claim of claims) {
    const ids = new Set((await store.conflictPeersOf(claim.id)).filter((p) => p.claimId === claim.id).map((p) => p.conflictId));
    const list: Conflict[] = [];
    for (const conflictId of ids) {
      let conflict = conflicts.get(conflictId);
      if (!conflict) conflicts.set(conflictId, (conflict = await store.getConflict(conflictId)));
      list.push(conflict);
    }
    if (list.length) conflictsOf.set(claim.id, list);
  }
  return { source, text: await store.getSourceText(id), claims, conflictsOf };
}

function conflictLabel(c: Conflict): string {
  return `${c.status === 'discrepancy' ? 'Discrepancy' : 'Agreement'}: ${metricLabel(c.metric)}, ${c.period.label}`;
}

function ClaimDetails({ claim }: { claim: Claim }) {
  return (
    <>
      {`${claim.metric ? metricLabel(claim.metric) : 'no metric'}: ${formatValue(claim.value, claim.unit)} (${qualifierWords(claim.qualifier)}; allows ${formatInterval(claim.interval.low, claim.interval.high, claim.unit)}); period ${claim.period?.label || 'undated'}.`}
    </>
  );
}

/**
 * One claim inline: the figure's words are a link to the claim itself (its deep link), and
 * hover or keyboard focus shows the structured claim and the conflicts it belongs to.
 */
function ClaimMark({ claim, conflicts, extraIds, children }: { claim: Claim; conflicts: Conflict[]; extraIds: string[]; children: ComponentChildren }) {
  return (
    <mark class={`claim${conflicts.length ? ' in-conflict' : ''}`} id={claim.id}>
      {extraIds.map((id) => (
        <span id={id} class="anchor" />
      ))}
      <a class="claim-link" href={`#${claim.id}`} aria-describedby={`tip-${claim.id}`}>
        {children}
      </a>
      <span class="tip" id={`tip-${claim.id}`}>
        <ClaimDetails claim={claim} />
        {conflicts.map((c) => (
          <>
            {' '}
            <a href={`/conflicts/${encodeURIComponent(c.id)}`}>{conflictLabel(c)}</a>
          </>
        ))}
      </span>
    </mark>
  );
}

/** The text one paragraph (line) at a time, every claim's quote marked; overlapping quotes share the first mark. */
function FullText({ view }: { view: SourceView }) {
  const chars = Array.from(view.text);
  const claims = [...view.claims].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  const paragraphs: ComponentChildren[] = [];
  let next = 0;
  let paraStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    const paraEnd = i;
    const parts: ComponentChildren[] = [];
    let at = paraStart;
    while (next < claims.length && claims[next]!.quote.start < paraEnd) {
      const claim = claims[next]!;
      const start = Math.max(claim.quote.start, at);
      const end = Math.min(claim.quote.end, paraEnd);
      const extraIds: string[] = [];
      next++;
      while (next < claims.length && claims[next]!.quote.start < end) extraIds.push(claims[next++]!.id);
      if (start > at) parts.push(codePointSlice(chars, at, start));
      parts.push(
        <ClaimMark claim={claim} conflicts={view.conflictsOf.get(claim.id) ?? []} extraIds={extraIds}>
          {codePointSlice(chars, start, end)}
        </ClaimMark>,
      );
      at = end;
    }
    if (paraEnd > at) parts.push(codePointSlice(chars, at, paraEnd));
    if (paraEnd > paraStart && codePointSlice(chars, paraStart, paraEnd).trim()) paragraphs.push(<p>{parts}</p>);
    paraStart = i + 1;
  }
  return (
    <div class="fulltext" lang={view.source.language}>
      {paragraphs}
    </div>
  );
}

export function SourcePage({ view }: { view: SourceView }) {
  const { source, claims } = view;
  return (
    <Layout title={source.title}>
      <p class="breadcrumb">
        <a href="/sources">Sources</a>
      </p>
      <h1>{source.title}</h1>
      <dl class="metadata">
        <dt>Authors</dt>
        <dd>{source.authors.length ? source.authors.join(', ') : 'unknown'}</dd>
        <dt>Publisher</dt>
        <dd>{source.publisher ?? 'unknown'}</dd>
        <dt>Published</dt>
        <dd>{source.publishedAt ?? 'unknown'}</dd>
        <dt>Original</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          ) : (
            'no address given'
          )}
        </dd>
        <dt>Claims</dt>
        <dd>{String(source.claimCount)}</dd>
      </dl>
      <p class="hint">Each highlighted figure is a claim: hover over it or move to it with the keyboard to see what was read from it.</p>
      <h2>Full text</h2>
      <FullText view={view} />
      <h2>Claims in this source</h2>
      <div class="table-wrap">
        <table>
          <caption>{`${claims.length} claims, in the order they appear`}</caption>
          <thead>
            <tr>
              <th scope="col">Words</th>
              <th scope="col">Read as</th>
              <th scope="col">Conflicts</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr>
                <td>
                  <a href={`#${c.id}`}>{c.quote.exact}</a>
                </td>
                <td>
                  <ClaimDetails claim={c} />
                </td>
                <td>
                  {(view.conflictsOf.get(c.id) ?? []).map((k) => (
                    <a class="conflict-link" href={`/conflicts/${encodeURIComponent(k.id)}`}>
                      {conflictLabel(k)}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="api-link">
        As JSON: <a href={`/v1/sources/${encodeURIComponent(source.id)}`}>{`/v1/sources/${source.id}`}</a>
      </p>
    </Layout>
  );
}
