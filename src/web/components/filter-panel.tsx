import { type ReactNode, useId, useState } from 'react';

interface FilterPanelProps {
  /** How many filters are on, shown beside the title. */
  activeCount: number;
  /** The id of the results region the "Skip to results" link jumps to. */
  resultsId: string;
  children: ReactNode;
}

/**
 * The frame of a search page's filters (atlas, board): a "Filters (N on)" heading, a show/hide toggle for small
 * screens, and a skip link past the controls. The page's own controls go inside; each applies at once.
 */
export function FilterPanel({ activeCount, resultsId, children }: FilterPanelProps) {
  const ids = useId();
  const [isOpenOnSmall, setIsOpenOnSmall] = useState(false);
  const bodyId = `${ids}-body`;
  return (
    <section className="filters" aria-labelledby={`${ids}-title`}>
      <div className="filters-header">
        <h2 id={`${ids}-title`} className="filters-title">
          Filters {activeCount > 0 ? <span className="filter-count">({activeCount} on)</span> : null}
        </h2>
        <button
          type="button"
          className="button button-secondary button-small filters-toggle"
          aria-expanded={isOpenOnSmall}
          aria-controls={bodyId}
          onClick={() => setIsOpenOnSmall((open) => !open)}
        >
          {isOpenOnSmall ? 'Hide filters' : 'Show filters'}
        </button>
      </div>
      <div id={bodyId} className={isOpenOnSmall ? 'filters-body is-open' : 'filters-body'}>
        <a className="skip-inline" href={`#${resultsId}`}>
          Skip to results
        </a>
        {children}
      </div>
    </section>
  );
}

interface FilterCheckboxesProps<T extends string> {
  legend: string;
  name: string;
  /** Every choice, in the order they are shown and kept in the URL. */
  ids: readonly T[];
  selected: readonly T[];
  labelOf: (id: T) => string;
  hintOf?: (id: T) => string;
  onChange: (selected: T[]) => void;
}

/** A group of filter checkboxes; the selection keeps the order of `ids`, so one set of filters has one URL. */
export function FilterCheckboxes<T extends string>({
  legend,
  name,
  ids,
  selected,
  labelOf,
  hintOf,
  onChange,
}: FilterCheckboxesProps<T>) {
  const groupId = useId();
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {ids.map((id) => {
        const inputId = `${groupId}-${id}`;
        return (
          <div className="choice" key={id}>
            <input
              id={inputId}
              type="checkbox"
              name={name}
              value={id}
              checked={selected.includes(id)}
              onChange={(event) =>
                onChange(ids.filter((x) => (x === id ? event.target.checked : selected.includes(x))))
              }
            />
            <label htmlFor={inputId}>
              {labelOf(id)}
              {hintOf ? <span className="choice-hint"> {hintOf(id)}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
