import { useId } from 'react';

interface ChoiceListProps<T extends string> {
  legend: string;
  name: string;
  ids: readonly T[];
  selected: readonly T[];
  labelOf: (id: T) => string;
  onChange: (next: T[]) => void;
  isRequired?: boolean;
  hint?: string;
  error?: string | undefined;
}

/** A group of checkboxes whose error and hint are read with the group (aria-describedby on the fieldset). */
export function ChoiceList<T extends string>({
  legend,
  name,
  ids,
  selected,
  labelOf,
  onChange,
  isRequired = false,
  hint,
  error,
}: ChoiceListProps<T>) {
  const groupId = useId();
  const describedBy = [hint ? `${groupId}-hint` : '', error ? `${groupId}-error` : ''].join(' ').trim() || undefined;
  return (
    <fieldset className="choice-group field" aria-describedby={describedBy}>
      <legend>
        {legend}
        {isRequired ? <span className="required-mark"> (required)</span> : null}
      </legend>
      {hint ? (
        <p id={`${groupId}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${groupId}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="choice-columns">
        {ids.map((id) => (
          <div className="choice" key={id}>
            <input
              id={`${groupId}-${id}`}
              type="checkbox"
              name={name}
              value={id}
              checked={selected.includes(id)}
              onChange={(event) => {
                const next = event.target.checked ? [...selected, id] : selected.filter((x) => x !== id);
                onChange(ids.filter((x) => next.includes(x)));
              }}
            />
            <label htmlFor={`${groupId}-${id}`}>{labelOf(id)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
