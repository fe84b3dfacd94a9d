import type { Figure } from '#contracts/careers.js';
import { type FigureKind, formatFigureSource, formatFigureValue } from '#web/lib/format.js';

interface FigureFactProps {
  label: string;
  figure: Figure;
  kind: FigureKind;
  /** Words after the value ("a year", "jobs"), left off when there is no value. */
  unit?: string;
  /** The caller shows the figure's note once for several figures (career page: one BLS note, not three). */
  hideNote?: boolean;
}

/** One row of a <dl>: a figure is never shown without where it came from and the year it describes. */
export function FigureFact({ label, figure, kind, unit, hideNote = false }: FigureFactProps) {
  const source = formatFigureSource(figure);
  const hasValue = figure.value !== null;
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        <span className={hasValue ? 'figure-value' : 'figure-value figure-missing'}>
          {formatFigureValue(figure.value, kind)}
          {hasValue && unit ? ` ${unit}` : ''}
        </span>
        {source ? <span className="figure-source"> — {source}</span> : null}
        {figure.note && !hideNote ? <span className="figure-note">Note: {figure.note}</span> : null}
      </dd>
    </div>
  );
}
