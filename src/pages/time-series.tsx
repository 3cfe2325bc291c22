import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatInterval, formatValue } from './format.js';

export interface SeriesPoint {
  /** Period bounds as ISO dates, inclusive. */
  start: string;
  end: string;
  periodLabel: string;
  /** Value and interval in the chart's unit. */
  value: number;
  low: number | null;
  high: number | null;
}

export interface Series {
  label: string;
  points: SeriesPoint[];
}

const WIDTH = 480;
const MARGIN = { left: 64, right: 16, top: 16, bottom: 36 };
const PLOT_HEIGHT = 240;
const DAY = 86_400_000;

/** Shapes tell the sources apart without colour; the legend repeats them in words. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];
export const shapeOf = (i: number): Shape => SHAPES[i % SHAPES.length]!;

export function Marker({ shape, x, y, size = 6 }: { shape: Shape; x: number; y: number; size?: number }) {
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle class="marker" cx={x} cy={y} r={s} />;
    case 'square':
      return <rect class="marker" x={x - s} y={y - s} width={2 * s} height={2 * s} />;
    case 'triangle':
      return <path class="marker" d={`M ${x} ${y - s - 1} L ${x + s + 1} ${y + s} L ${x - s - 1} ${y + s} Z`} />;
    case 'diamond':
      return <path class="marker" d={`M ${x} ${y - s - 2} L ${x + s + 2} ${y} L ${x} ${y + s + 2} L ${x - s - 2} ${y} Z`} />;
    case 'cross':
      return <path class="marker" d={`M ${x - s} ${y - s} L ${x + s} ${y + s} M ${x + s} ${y - s} L ${x - s} ${y + s}`} />;
  }
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * What each source says per period: a point at the middle of the period it dates the figure
 * to, a horizontal line across that period and a vertical one across the range its wording
 * allows. One series (shape) per source, so a revision or an outlier stands apart.
 */
export function TimeSeries({ id, title, unit, series }: { id: string; title: string; unit: string; series: Series[] }) {
  const all = series.flatMap((s) => s.points);
  const t0 = Math.min(...all.map((p) => time(p.start)));
  const t1 = Math.max(...all.map((p) => time(p.end) + DAY));
  const values = all.flatMap((p) => [p.value, p.low, p.high]).filter((v): v is number => v !== null && Number.isFinite(v));
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  const vpad = v1 > v0 ? (v1 - v0) * 0.1 : Math.abs(v1) * 0.1 || 1;
  const tpad = Math.max((t1 - t0) * 0.05, 30 * DAY);
  const x = scaleUtc()
    .domain([t0 - tpad, t1 + tpad])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([v0 - vpad, v1 + vpad])
    .range([MARGIN.top + PLOT_HEIGHT, MARGIN.top])
    .nice(5);
  const [y0, y1] = y.domain() as [number, number];
  const clampY = (v: number | null, fallback: number) => y(v === null ? fallback : Math.min(y1, Math.max(y0, v)));
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom;
  const bottom = MARGIN.top + PLOT_HEIGHT;
  const tickFormat = x.tickFormat(5);
  const description = series.map((s) => `${s.label}: ${s.points.map((p) => `${p.periodLabel} ${formatValue(p.value, unit)}`).join(', ')}`).join('; ');

  return (
    <svg class="chart time-series" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(5).map((v) => (
        <g class="tick">
          <line class="grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} />
          <text x={MARGIN.left - 6} y={y(v) + 4} text-anchor="end">
            {formatValue(v, unit)}
          </text>
        </g>
      ))}
      <line class="axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} />
      {x.ticks(5).map((t) => (
        <g class="tick">
          <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} />
          <text x={x(t)} y={bottom + 22} text-anchor="middle">
            {tickFormat(t)}
          </text>
        </g>
      ))}
      {series.map((s, i) => {
        const points = [...s.points].sort((a, b) => time(a.start) - time(b.start));
        const mid = (p: SeriesPoint) => x((time(p.start) + time(p.end) + DAY) / 2);
        return (
          <g class={`series series-${i % SHAPES.length}`}>
            {points.length > 1 ? <polyline class="trend" points={points.map((p) => `${mid(p)},${y(p.value)}`).join(' ')} /> : null}
            {points.map((p) => (
              <g class="observation">
                <title>{`${s.label}, ${p.periodLabel}: ${formatValue(p.value, unit)} (${formatInterval(p.low, p.high, unit)})`}</title>
                <line class="period" x1={x(time(p.start))} x2={x(time(p.end) + DAY)} y1={y(p.value)} y2={y(p.value)} />
                <line class="range" x1={mid(p)} x2={mid(p)} y1={clampY(p.low, y0)} y2={clampY(p.high, y1)} />
                <Marker shape={shapeOf(i)} x={mid(p)} y={y(p.value)} />
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend as HTML, so it wraps at phone width and reads as a list. */
export function SeriesLegend({ series }: { series: Series[] }) {
  return (
    <ul class="legend">
      {series.map((s, i) => (
        <li class={`series-${i % SHAPES.length}`}>
          <svg class="legend-marker" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <Marker shape={shapeOf(i)} x={10} y={10} />
          </svg>
          {`${s.label} (${shapeOf(i)})`}
        </li>
      ))}
    </ul>
  );
}
