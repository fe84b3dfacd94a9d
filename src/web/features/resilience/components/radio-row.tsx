import { useId } from 'react';

interface RadioRowProps {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/**
 * A question answered on a scale: a fieldset whose legend is the question, one radio per answer laid out in
 * a row (a column on a phone). Arrow keys move between answers.
 */
export function RadioRow({ name, legend, options, value, onChange, hint, error }: RadioRowProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="radio-row" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="radio-row-options">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div className="radio-option" key={option.value}>
              <input
                id={inputId}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
