import type { Conflict } from '../schemas/conflicts.js';
import { formatPercent, formatValue } from './format.js';
import { metricLabel } from './metric-label.js';

export function ConflictBadges({ conflict }: { conflict: Conflict }) {
  return (
    <p class="badges">
      <span class={`badge status-${conflict.status}`}>{conflict.status}</span>{' '}
      <span class={`badge severity-${conflict.severity}`}>{`severity: ${conflict.severity}`}</span>{' '}
      <span class="badge">{`spread ${formatPercent(conflict.spread)}`}</span> <span class="badge">{`${conflict.claims.length} sources`}</span>
    </p>
  );
}

/** One conflict in a list: what, when, how far apart, and the explanation. */
export function ConflictItem({ conflict }: { conflict: Conflict }) {
  const unit = conflict.consensus.unit;
  return (
    <li class="conflict-item">
      <h3>
        <a href={`/conflicts/${encodeURIComponent(conflict.id)}`}>{`${metricLabel(conflict.metric)}, ${conflict.period.label}`}</a>
      </h3>
      <ConflictBadges conflict={conflict} />
      <p>{conflict.explanation}</p>
      <p class="values">
        {conflict.claims.map((c) => formatValue(c.value, c.unit)).join(' · ')}
        {` (${conflict.consensus.method === 'median-of-all' ? 'median, no consensus' : 'consensus'} ${formatValue(conflict.consensus.value, unit)})`}
      </p>
    </li>
  );
}
