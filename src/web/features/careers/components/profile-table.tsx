interface ProfileRow {
  key: string;
  label: string;
  hint?: string;
  value: number;
  isHighlighted?: boolean;
}

interface ProfileTableProps {
  caption: string;
  rows: ProfileRow[];
  max: number;
  highlightNote?: string;
}

/**
 * Scores as a real table: the number is always written out, and the bar beside it is
 * decoration for sighted readers (aria-hidden), so nothing depends on seeing it.
 */
export function ProfileTable({ caption, rows, max, highlightNote }: ProfileTableProps) {
  return (
    <table className="profile-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Score</th>
          <th scope="col">
            <span className="visually-hidden">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.isHighlighted ? 'is-highlighted' : undefined}>
            <th scope="row">
              <span className="profile-label">{row.label}</span>
              {row.isHighlighted && highlightNote ? <span className="profile-flag"> ({highlightNote})</span> : null}
              {row.hint ? <span className="profile-hint">{row.hint}</span> : null}
            </th>
            <td className="profile-score">{row.value.toFixed(2)}</td>
            <td className="profile-bar-cell" aria-hidden="true">
              <span className="profile-bar">
                <span
                  className="profile-bar-fill"
                  style={{ width: `${Math.max(0, Math.min(1, row.value / max)) * 100}%` }}
                />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
