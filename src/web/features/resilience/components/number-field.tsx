import { type ChangeEvent, useId } from 'react';

interface NumberFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  error?: string;
  /** "date" reuses the same labelled, described field for a date. */
  type?: 'number' | 'date';
}

/** A labelled number (or date) input whose hint and error are read out with it. */
export function NumberField({
  name,
  label,
  value,
  onChange,
  min,
  max,
  step,
  hint,
  error,
  type = 'number',
}: NumberFieldProps) {
  const id = `field-${name}-${useId()}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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
      <input
        id={id}
        name={name}
        type={type}
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={value}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </div>
  );
}
