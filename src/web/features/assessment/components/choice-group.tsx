import { useId } from 'react';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps<T extends string> {
  /** The field name the error summary uses to move focus here. */
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly ChoiceOption<T>[];
  isRequired?: boolean;
}

interface RadioGroupProps<T extends string> extends ChoiceGroupProps<T> {
  value: T | '';
  onChange: (value: T) => void;
}

interface CheckboxGroupProps<T extends string> extends ChoiceGroupProps<T> {
  values: readonly T[];
  onChange: (values: T[]) => void;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string): string | undefined {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

function GroupHeader({
  legend,
  hint,
  error,
  hintId,
  errorId,
  isRequired,
}: {
  legend: string;
  hint?: string;
  error?: string;
  hintId: string;
  errorId: string;
  isRequired?: boolean;
}) {
  return (
    <>
      <legend>
        {legend}
        {isRequired ? <span className="required-mark"> (required)</span> : null}
      </legend>
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
    </>
  );
}

/** A radio group in a fieldset: arrow keys move between options, the legend names the question. */
export function RadioGroup<T extends string>({
  name,
  legend,
  hint,
  error,
  options,
  isRequired,
  value,
  onChange,
}: RadioGroupProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="choice-group"
      aria-describedby={describedBy(hintId, errorId, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <GroupHeader {...{ legend, hint, error, hintId, errorId, isRequired }} />
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        const optionHintId = `${inputId}-hint`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={inputId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              required={isRequired}
              aria-describedby={option.hint ? optionHintId : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={inputId}>{option.label}</label>
            {option.hint ? (
              <p id={optionHintId} className="choice-description">
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** Checkboxes in a fieldset, for "choose any" questions. */
export function CheckboxGroup<T extends string>({
  name,
  legend,
  hint,
  error,
  options,
  isRequired,
  values,
  onChange,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="choice-group"
      aria-describedby={describedBy(hintId, errorId, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <GroupHeader {...{ legend, hint, error, hintId, errorId, isRequired }} />
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        const optionHintId = `${inputId}-hint`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={inputId}
              type="checkbox"
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              aria-describedby={option.hint ? optionHintId : undefined}
              onChange={(event) =>
                onChange(event.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value))
              }
            />
            <label htmlFor={inputId}>{option.label}</label>
            {option.hint ? (
              <p id={optionHintId} className="choice-description">
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
