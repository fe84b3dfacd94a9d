import type { Figure } from '#contracts/careers.js';

export const NOT_AVAILABLE = 'not available';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export type FigureKind = 'usd' | 'percent' | 'count';

export function formatFigureValue(value: number | null, kind: FigureKind): string {
  if (value === null) return NOT_AVAILABLE;
  if (kind === 'usd') return usd.format(value);
  if (kind === 'percent') return `${percent.format(value)}%`;
  return count.format(value);
}

/** "BLS Employment Projections 2024-34, 2024": where a figure was read and the year it describes. */
export function formatFigureSource(figure: Figure): string | null {
  const parts = [figure.source, figure.year === null ? null : String(figure.year)].filter(
    (part): part is string => part !== null && part !== '',
  );
  return parts.length > 0 ? parts.join(', ') : null;
}

export function formatList(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : NOT_AVAILABLE;
}

export function formatYesNo(value: boolean | null, yes = 'Yes', no = 'No'): string {
  if (value === null) return NOT_AVAILABLE;
  return value ? yes : no;
}
