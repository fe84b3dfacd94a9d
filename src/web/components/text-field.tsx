import { Field } from './field.js';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'number' | 'date';
  autoComplete?: string;
  isRequired?: boolean;
  hint?: string;
  error?: string | undefined;
  min?: number;
  max?: number;
  step?: number;
}

/**
 * A controlled single-line input inside the one `Field`, for small forms that hold their values in state
 * (text, email, password, search, number or date). Forms with react-hook-form use `Field` directly.
 */
export function TextField({
  name,
  value,
  onChange,
  type = 'text',
  autoComplete,
  min,
  max,
  step,
  ...field
}: TextFieldProps) {
  return (
    <Field label={field.label} hint={field.hint} error={field.error} isRequired={field.isRequired}>
      {(p) => (
        <input
          {...p}
          name={name}
          type={type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          value={value}
          autoComplete={autoComplete}
          min={min}
          max={max}
          step={step}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
