import { useId } from 'react';
import { type CategoryHours, HOUR_CATEGORY_LABELS } from '#contracts/hours.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import { ScrollTable } from '#web/components/scroll-table.js';
import { chartTicks, formatAmount, formatHours } from '../hours-format.js';

export interface ChartPeriod {
  key: string;
  /** Short axis label, e.g. "3 Mar" or "Mar". */
  axisLabel: string;
  /** Full label for the table and the description, e.g. "Week of 3 Mar 2026". */
  label: string;
  byCategory: CategoryHours;
  total: number;
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 12, bottom: 34, left: 44 };

function describe(periods: readonly ChartPeriod[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return 'No periods.';
  const total = periods.reduce((sum, p) => sum + p.total, 0);
  if (total === 0) return `No hours logged from ${first.label} to ${last.label}.`;
  const busiest = periods.reduce((a, b) => (b.total > a.total ? b : a));
  return (
    `${periods.length} periods from ${first.label} to ${last.label}: ${formatAmount(total, 'hours')} in all. ` +
    `Busiest: ${busiest.label}, ${formatAmount(busiest.total, 'hours')}. Latest: ${formatAmount(last.total, 'hours')}.`
  );
}

/**
 * Hours per period stacked by category, as SVG with a text alternative: the SVG is one labelled image with a
 * sentence that sums it up, a legend names each category in words, and every number is in a table beneath.
 */
export function CategoryChart({
  title,
  periodHeading,
  periods,
}: {
  title: string;
  periodHeading: string;
  periods: readonly ChartPeriod[];
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const max = Math.max(0, ...periods.map((p) => p.total));
  const ticks = chartTicks(max);
  const top = ticks.at(-1) ?? 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, periods.length);
  const barWidth = Math.max(4, slot * 0.62);
  const y = (v: number) => MARGIN.top + (1 - v / top) * plotHeight;
  const labelEvery = periods.length > 8 ? 2 : 1;

  return (
    <figure className="hours-chart">
      <figcaption className="hours-chart-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="hours-chart-svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describe(periods)}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="hours-chart-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {formatHours(tick)}
            </text>
          </g>
        ))}
        {periods.map((p, i) => {
          const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={p.key}>
              {HOUR_CATEGORY_IDS.map((c) => {
                const h = p.byCategory[c];
                if (h <= 0) return null;
                const rect = (
                  <rect
                    key={c}
                    className={`hours-bar hours-bar-${c}`}
                    x={x}
                    y={y(base + h)}
                    width={barWidth}
                    height={Math.max(0.5, y(base) - y(base + h))}
                  />
                );
                base += h;
                return rect;
              })}
              {i % labelEvery === 0 ? (
                <text className="hours-chart-axis" x={x + barWidth / 2} y={HEIGHT - 12} textAnchor="middle">
                  {p.axisLabel}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="hours-legend" aria-label={`Categories in ${title}`}>
        {HOUR_CATEGORY_IDS.map((c) => (
          <li key={c}>
            <span className={`hours-swatch hours-bar-${c}`} aria-hidden="true" />
            {HOUR_CATEGORY_LABELS[c]}
          </li>
        ))}
      </ul>
      <details className="hours-chart-table">
        <summary>
          Show the numbers<span className="visually-hidden"> for {title}</span>
        </summary>
        <ScrollTable label={`${title}: the numbers`}>
          <table className="hours-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{periodHeading}</th>
                {HOUR_CATEGORY_IDS.map((c) => (
                  <th key={c} scope="col">
                    {HOUR_CATEGORY_LABELS[c]}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.key}>
                  <th scope="row">{p.label}</th>
                  {HOUR_CATEGORY_IDS.map((c) => (
                    <td key={c}>{formatHours(p.byCategory[c])}</td>
                  ))}
                  <td>{formatHours(p.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}
