import { Link } from 'react-router';
import { compareHref, MAX_COMPARE, useCompareSelection } from '../hooks/use-compare-selection.js';

/** What is picked for comparison so far, with the way to the comparison table. */
export function CompareTray() {
  const selection = useCompareSelection();
  const { items } = selection;
  return (
    <section className="compare-tray" aria-labelledby="compare-tray-title">
      <h2 id="compare-tray-title" className="compare-tray-title">
        Compare{' '}
        <span className="compare-count">
          ({items.length} of {MAX_COMPARE})
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="compare-hint">Tick “Add to compare” on two to four careers to see them side by side.</p>
      ) : (
        <>
          <ul className="chip-list">
            {items.map((item) => (
              <li key={item.id} className="chip">
                <span>{item.title}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${item.title} from compare`}
                  onClick={() => selection.remove(item.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          {items.length >= 2 ? (
            <Link className="button button-small" to={compareHref(items.map((item) => item.id))}>
              Compare {items.length} careers
            </Link>
          ) : (
            <p className="compare-hint">Pick at least one more career to compare.</p>
          )}
        </>
      )}
    </section>
  );
}
