import { toGroupUnit } from '../compare/index.js';
import type { StoreReader } from '../store/types.js';
import type { Claim } from '../schemas/claims.js';
import type { Conflict } from '../schemas/conflicts.js';
import type { Passage, Source } from '../schemas/sources.js';
import { CitationBox, type SourceCitation } from './citation-box.js';
import { formatInterval, formatPercent, formatValue, qualifierWords, sourceLabel } from './format.js';
import { MarkedSpan } from './highlight.js';
import { Layout } from './layout.js';
import { metricLabel } from './metric-label.js';
import { NumberLine, type MemberRole } from './number-line.js';
import { ConflictBadges } from './conflict-summary.js';

export interface ConflictMemberView {
  claim: Claim;
  passage: Passage;
  source: Source;
  label: string;
  role: MemberRole;
  deviation: number;
  /** Value and interval in the conflict's unit. */
  value: number;
  low: number | null;
  high: number | null;
}

export interface ConflictView {
  conflict: Conflict;
  members: ConflictMemberView[];
  citations: SourceCitation[];
}

const convert = (v: number | null, unit: string) => (v === null ? null : toGroupUnit(v, unit).value);

/**
 * A member is an outlier when the stored judgement has it contradicting a consensus cluster;
 * when the sources split evenly there is no cluster and nobody is singled out.
 */
function roleOf(conflict: Conflict, stance: string | undefined): MemberRole {
  if (conflict.status === 'agreement' || stance === 'corroborating') return 'consensus';
  return conflict.consensus.method === 'median-of-largest-overlapping-cluster' ? 'outlier' : 'split';
}

export async function conflictView(store: StoreReader, id: string, cite: (source: Source) => Promise<SourceCitation>): Promise<ConflictView> {
  const conflict = await store.getConflict(id);
  const first = conflict.claims[0];
  const stances = new Map((first ? await store.conflictPeersOf(first.claimId) : []).filter((p) => p.conflictId === id).map((p) => [p.claimId, p.stance]));
  const members: ConflictMemberView[] = [];
  for (const m of conflict.claims) {
    const claim = await store.getClaim(m.claimId);
    const source = await store.getSource(m.sourceId);
    members.push({
      claim,
      passage: await store.getPassage(claim.passageId),
      source,
      label: sourceLabel(source),
      role: roleOf(conflict, stances.get(m.claimId)),
      deviation: m.deviation,
      value: toGroupUnit(m.value, m.unit).value,
      low: convert(m.interval.low, m.unit),
      high: convert(m.interval.high, m.unit),
    });
  }
  members.sort((a, b) => a.value - b.value || a.source.id.localeCompare(b.source.id));
  const seen = new Set<string>();
  const citations: SourceCitation[] = [];
  for (const m of members) if (!seen.has(m.source.id) && seen.add(m.source.id)) citations.push(await cite(m.source));
  return { conflict, members, citations };
}

const ROLE_WORDS: Record<MemberRole, string> = { consensus: 'within the consensus', outlier: 'outlier', split: 'no consensus (sources split)' };

export function ConflictPage({ view }: { view: ConflictView }) {
  const { conflict, members, citations } = view;
  const unit = conflict.consensus.unit;
  const title = `${metricLabel(conflict.metric)}, ${conflict.period.label}`;
  const roles = new Set(members.map((m) => m.role));
  const split = roles.has('split');
  const consensusLabel = formatValue(conflict.consensus.value, unit);
  return (
    <Layout title={title}>
      <p class="breadcrumb">
        <a href="/conflicts">Conflicts</a> › <a href={`/metrics/${encodeURIComponent(conflict.metric)}`}>{metricLabel(conflict.metric)}</a>
      </p>
      <h1>{title}</h1>
      <ConflictBadges conflict={conflict} />
      <p class="explanation">{conflict.explanation}</p>

      <figure class="chart-figure">
        <NumberLine
          id="values"
          title={`What each source says about ${title}, in ${unit}`}
          unit={unit}
          consensus={{ value: conflict.consensus.value, label: split ? `median ${consensusLabel} (no consensus)` : `consensus ${consensusLabel}` }}
          points={members.map((m) => ({ label: m.label, value: m.value, low: m.low, high: m.high, role: m.role }))}
        />
        <figcaption>
          {`Each bar is the range a source’s wording allows (its hedge and rounding); the dot is the figure it states. The vertical rule is ${
            split ? 'the median of all the figures: the sources split evenly, so there is no consensus' : 'the consensus'
          } (${conflict.consensus.method.replace(/-/g, ' ')}). `}
          <span class="legend-items">
            {roles.has('outlier') ? <span class="legend-outlier">◆ outlier</span> : null}
            {roles.has('outlier') && roles.size > 1 ? ' · ' : null}
            {roles.has('consensus') ? <span class="legend-consensus">● within the consensus</span> : null}
            {roles.has('split') ? <span class="legend-split">● no consensus (sources split)</span> : null}
          </span>
        </figcaption>
      </figure>

      <h2>Figures</h2>
      <div class="table-wrap">
        <table>
          <caption>{`Figures in ${unit}, with the range each wording allows`}</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Figure</th>
              <th scope="col">Wording allows</th>
              <th scope="col">{split ? 'From the median' : 'From consensus'}</th>
              <th scope="col">Judged</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr class={m.role}>
                <th scope="row">
                  <a href={`/sources/${encodeURIComponent(m.source.id)}`}>{m.label}</a>
                </th>
                <td>{formatValue(m.value, unit)}</td>
                <td>{formatInterval(m.low, m.high, unit)}</td>
                <td>{`${m.deviation >= 0 ? '+' : ''}${formatPercent(m.deviation)}`}</td>
                <td>{ROLE_WORDS[m.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>What each source says</h2>
      {members.map((m) => (
        <article class={`statement ${m.role}`} aria-labelledby={`say-${m.claim.id}`}>
          <h3 id={`say-${m.claim.id}`}>
            {m.label}
            {m.role === 'outlier' ? <span class="badge outlier"> outlier</span> : null}
          </h3>
          <p class="source-title">{m.source.title}</p>
          <blockquote cite={`/sources/${m.source.id}#${m.claim.id}`} lang={m.source.language}>
            <p>
              <MarkedSpan text={m.passage.text} start={m.claim.quote.start - m.passage.start} end={m.claim.quote.end - m.passage.start} className="figure" />
            </p>
          </blockquote>
          <p class="claim-facts">{`${qualifierWords(m.claim.qualifier)} · ${m.claim.period?.label ?? 'undated'} · ${m.claim.statement}`}</p>
          <p>
            <a href={`/sources/${encodeURIComponent(m.source.id)}#${m.claim.id}`}>{`Read it in the full text of “${m.source.title}”`}</a>
          </p>
        </article>
      ))}

      <h2>Cite these sources</h2>
      <p class="copy-status" role="status" aria-live="polite" />
      {citations.map((c) => (
        <CitationBox citation={c} />
      ))}
      <p class="api-link">
        As JSON: <a href={`/v1/conflicts/${encodeURIComponent(conflict.id)}`}>{`/v1/conflicts/${conflict.id}`}</a>
      </p>
    </Layout>
  );
}
