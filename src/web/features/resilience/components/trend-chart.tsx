import { useId } from 'react';
import type { InstrumentBand } from '#contracts/checkin.js';
import { ScrollTable } from '#web/components/scroll-table.js';
import { formatDate, formatDateWithoutYear } from '#web/lib/format-date.js';
import { type ChartPoint, dayNumber, describeSeries, midDay, niceTicks } from '../chart-scale.js';

interface TrendChartProps {
  title: string;
  /** Column heading of the value in the table, e.g. "Score" or "Hours a night". */
  valueLabel: string;
  /** Column heading of the point notes (e.g. "Band"), when points carry one. */
  noteLabel?: string;
  points: readonly ChartPoint[];
  from: string;
  to: string;
  yMin?: number;
  yMax?: number;
  /** Score bands drawn as labelled zones, so the chart reads without colour. */
  bands?: readonly InstrumentBand[];
  format?: (value: number) => string;
  emptyText?: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 92, bottom: 30, left: 44 };

/**
 * A line chart as SVG with a text alternative: the SVG is one labelled image with a sentence that
 * summarises it, and every value is in a table beneath. Zones carry text labels; nothing relies on colour.
 */
export function TrendChart({
  title,
  valueLabel,
  noteLabel,
  points,
  from,
  to,
  yMin,
  yMax,
  bands = [],
  format = (v) => String(Math.round(v * 100) / 100),
  emptyText = 'Nothing logged in this period yet.',
}: TrendChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  if (points.length === 0) {
    return (
      <figure className="trend-chart">
        <figcaption className="trend-title">{title}</figcaption>
        <p className="trend-empty">{emptyText}</p>
      </figure>
    );
  }

  const values = points.map((p) => p.value);
  const low = yMin ?? Math.min(0, ...values);
  const high = Math.max(yMax ?? Math.max(...values), low + 1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  const x = (day: string) => MARGIN.left + ((dayNumber(day) - start) / span) * plotWidth;
  const y = (v: number) => MARGIN.top + (1 - (Math.min(high, Math.max(low, v)) - low) / (high - low)) * plotHeight;
  const ticks = niceTicks(low, high);
  // Start, middle and end of the period, each with a stable key.
  const middle = midDay(from, to);
  const xLabels = [
    { key: 'start', day: from, anchor: 'start' },
    { key: 'middle', day: middle, anchor: 'middle' },
    { key: 'end', day: to, anchor: 'end' },
  ] as const;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const description = describeSeries(points, format);

  return (
    <figure className="trend-chart">
      <figcaption className="trend-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="trend-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {bands.map((band, i) => {
          const top = y(band.max ?? high);
          const bottom = y(band.min ?? low);
          if (bottom - top < 1) return null;
          return (
            <g key={band.label} className={i % 2 === 0 ? 'trend-band trend-band-even' : 'trend-band trend-band-odd'}>
              <rect x={MARGIN.left} y={top} width={plotWidth} height={bottom - top} />
              <text x={WIDTH - MARGIN.right + 8} y={(top + bottom) / 2} dominantBaseline="middle">
                {band.label}
              </text>
            </g>
          );
        })}
        {ticks.map((tick) => (
          <g key={tick} className="trend-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        {xLabels.map((label) => (
          <text key={label.key} className="trend-axis" x={x(label.day)} y={HEIGHT - 8} textAnchor={label.anchor}>
            {formatDateWithoutYear(label.day)}
          </text>
        ))}
        <path d={path} className="trend-line" />
        {points.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={3.5} className="trend-point" />
        ))}
      </svg>
      <details className="trend-table">
        <summary>
          Show the numbers<span className="visually-hidden"> for {title}</span>
        </summary>
        <ScrollTable label={`Numbers for ${title}`}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">{valueLabel}</th>
                {noteLabel ? <th scope="col">{noteLabel}</th> : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">{formatDate(p.date)}</th>
                  <td>{format(p.value)}</td>
                  {noteLabel ? <td>{p.note ?? ''}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}
