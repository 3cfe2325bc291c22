import { scaleLinear } from 'd3-scale';
import { formatInterval, formatValue } from './format.js';

export type MemberRole = 'consensus' | 'outlier' | 'split';

export interface NumberLinePoint {
  label: string;
  /** Value and interval already converted to the chart's unit. */
  value: number;
  low: number | null;
  high: number | null;
  role: MemberRole;
}

export interface NumberLineProps {
  id: string;
  title: string;
  unit: string;
  points: NumberLinePoint[];
  /** Where the vertical rule stands and how it is labelled ("consensus US$244.9B"). */
  consensus: { value: number; label: string };
}

const WIDTH = 480;
const MARGIN = { left: 16, right: 24, top: 40, bottom: 44 };
const ROW = 52;

/**
 * Every source's value on one axis, each with the range its wording allows, and the consensus
 * as a vertical rule. An outlier differs in shape (a diamond), in words ("outlier") and in
 * colour, so colour is never the only signal. Drawn by hand: a few rects, circles and text
 * nodes read better to a screen reader (title/desc) and a phone than a charting runtime's SVG.
 */
export function NumberLine({ id, title, unit, points, consensus }: NumberLineProps) {
  const finite = points.flatMap((p) => [p.value, p.low, p.high]).filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = Math.min(consensus.value, ...finite);
  let hi = Math.max(consensus.value, ...finite);
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.05 || 1;
  lo -= pad;
  hi += pad;
  const x = scaleLinear()
    .domain([lo, hi])
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .nice(6);
  const [d0, d1] = x.domain() as [number, number];
  const height = MARGIN.top + points.length * ROW + MARGIN.bottom;
  const axisY = MARGIN.top + points.length * ROW + 8;
  const clamp = (v: number | null, fallback: number) => x(v === null ? fallback : Math.min(d1, Math.max(d0, v)));
  const cx = x(consensus.value);
  const description = points
    .map((p) => `${p.label}: ${formatValue(p.value, unit)} (${formatInterval(p.low, p.high, unit)})${p.role === 'outlier' ? ', outlier' : ''}`)
    .join('; ');

  return (
    <svg class="chart number-line" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{`${description}. The vertical rule: ${consensus.label}.`}</desc>
      <line class="consensus-rule" x1={cx} x2={cx} y1={MARGIN.top - 12} y2={axisY} />
      <text class="consensus-label" x={cx} y={MARGIN.top - 18} text-anchor={cx > WIDTH / 2 ? 'end' : 'start'}>
        {consensus.label}
      </text>
      {points.map((p, i) => {
        const rowY = MARGIN.top + i * ROW;
        const lineY = rowY + 32;
        const left = clamp(p.low, d0);
        const right = clamp(p.high, d1);
        const px = clamp(p.value, p.value);
        return (
          <g class={`member ${p.role}`}>
            <text class="member-label" x={MARGIN.left} y={rowY + 14}>
              {`${p.label} — ${formatValue(p.value, unit)}${p.role === 'outlier' ? ' · outlier' : ''}`}
            </text>
            <rect class="interval" x={left} y={lineY - 4} width={Math.max(2, right - left)} height={8} rx={3} />
            {p.role === 'outlier' ? (
              <path class="marker" d={`M ${px} ${lineY - 10} L ${px + 10} ${lineY} L ${px} ${lineY + 10} L ${px - 10} ${lineY} Z`} />
            ) : (
              <circle class="marker" cx={px} cy={lineY} r={7} />
            )}
          </g>
        );
      })}
      <line class="axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={axisY} y2={axisY} />
      {x.ticks(5).map((t) => (
        <g class="tick">
          <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 6} />
          <text x={x(t)} y={axisY + 22} text-anchor="middle">
            {formatValue(t, unit)}
          </text>
        </g>
      ))}
    </svg>
  );
}
