import { type ReactNode, useId } from 'react';

/** What a control needs to be tied to its label, hint and error. Spread it onto the input, select or textarea. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function RequiredMark({ isRequired }: { isRequired: boolean }) {
  return isRequired ? <span className="required-mark"> (required)</span> : null;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  className?: string;
  /** Renders the control; spread the props it is given so label, hint and error reach assistive technology. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The one labelled form field: label (with the required marker), hint, error, and the control tied to them by
 * `id`, `aria-describedby` and `aria-invalid` (STYLE rule 12). Works for input, textarea and select alike:
 *
 *   <Field label="Email" error={errors.email}>{(p) => <input type="email" {...p} {...register('email')} />}</Field>
 */
export function Field({ label, hint, error, isRequired = false, className = 'field', children }: FieldProps) {
  const id = `field-${useId()}`;
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        <RequiredMark isRequired={isRequired} />
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children({
        id,
        'aria-describedby': describedBy(id, hint, error),
        'aria-invalid': error ? true : undefined,
        required: isRequired || undefined,
      })}
    </div>
  );
}

interface FieldGroupProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A fieldset whose legend names the question and whose hint and error are read with the group: the variant of
 * `Field` for radio and checkbox groups, and for a few controls that belong together.
 */
export function FieldGroup({
  legend,
  hint,
  error,
  isRequired = false,
  className = 'field',
  children,
}: FieldGroupProps) {
  const id = `group-${useId()}`;
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {legend}
        <RequiredMark isRequired={isRequired} />
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
