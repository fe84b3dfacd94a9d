import { useId } from 'react';
import { MAX_COMPARE, useCompareSelection } from '../hooks/use-compare-selection.js';

/** "Add to compare" for one career; its accessible name carries the title so a list of them is not ambiguous. */
export function CompareToggle({ id, title }: { id: string; title: string }) {
  const inputId = useId();
  const selection = useCompareSelection();
  const isChecked = selection.has(id);
  const isBlocked = !isChecked && selection.isFull;
  return (
    <div className="compare-toggle">
      <input
        id={inputId}
        type="checkbox"
        checked={isChecked}
        // The visible words plus the title: a page of these checkboxes must not all sound alike.
        aria-label={`Add to compare: ${title}`}
        disabled={isBlocked}
        aria-describedby={isBlocked ? `${inputId}-full` : undefined}
        onChange={(event) => (event.target.checked ? selection.add({ id, title }) : selection.remove(id))}
      />
      <label htmlFor={inputId}>Add to compare</label>
      {isBlocked ? (
        <span id={`${inputId}-full`} className="compare-full">
          (compare holds {MAX_COMPARE})
        </span>
      ) : null}
    </div>
  );
}
