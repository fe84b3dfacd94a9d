import { formatDate } from '#web/lib/format-date.js';

// Geometry and words for the trend charts; pure, so it is unit-tested without a browser.

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Math.round(new Date(`${day}T00:00:00Z`).getTime() / DAY_MS);
}

/** The day halfway between two days (rounded down). */
export function midDay(from: string, to: string): string {
  const middle = Math.floor((dayNumber(from) + dayNumber(to)) / 2);
  return new Date(middle * DAY_MS).toISOString().slice(0, 10);
}

/** Round tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export interface ChartPoint {
  date: string;
  value: number;
  /** Shown beside the value, e.g. the band a score fell in. */
  note?: string;
}

/** One sentence a screen reader hears for the chart: span, latest value, lowest and highest. */
export function describeSeries(points: readonly ChartPoint[], format: (v: number) => string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No data yet.';
  const withNote = (p: ChartPoint) => `${format(p.value)}${p.note ? ` (${p.note})` : ''}`;
  if (points.length === 1) return `One value: ${withNote(first)} on ${formatDate(first.date)}.`;
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  return (
    `${points.length} values from ${formatDate(first.date)} to ${formatDate(last.date)}. ` +
    `Latest ${withNote(last)}. Lowest ${format(low.value)} on ${formatDate(low.date)}, highest ${format(high.value)} on ${formatDate(high.date)}.`
  );
}
