import { useId } from 'react';
import { FieldGroup } from './field.js';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps<T extends string> {
  /** The input name; the error summary moves focus to `[name=...]`. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly ChoiceOption<T>[];
  isRequired?: boolean;
  /**
   * `stack`: one option per line (the default); `row`: answers of a scale side by side on a wide screen;
   * `columns`: a long list of checkboxes in two columns.
   */
  layout?: 'stack' | 'row' | 'columns';
  /** Options shown but not changeable (e.g. a role always granted). */
  disabledValues?: readonly T[];
}

interface RadioGroupProps<T extends string> extends ChoiceGroupProps<T> {
  value: T | '';
  onChange: (value: T) => void;
}

interface CheckboxGroupProps<T extends string> extends ChoiceGroupProps<T> {
  values: readonly T[];
  onChange: (values: T[]) => void;
}

const GROUP_CLASS = { stack: 'choice-group field', row: 'choice-group radio-row', columns: 'choice-group field' };
const OPTIONS_CLASS = { stack: undefined, row: 'radio-row-options', columns: 'choice-columns' };
const OPTION_CLASS = { stack: 'choice', row: 'radio-option', columns: 'choice' };

function ChoiceInput<T extends string>({
  baseId,
  type,
  name,
  option,
  isChecked,
  isDisabled,
  isRequired,
  onToggle,
  className,
}: {
  className: string;
  baseId: string;
  type: 'radio' | 'checkbox';
  name: string;
  option: ChoiceOption<T>;
  isChecked: boolean;
  isDisabled: boolean;
  isRequired: boolean;
  onToggle: (isChecked: boolean) => void;
}) {
  const inputId = `${baseId}-${option.value}`;
  const hintId = `${inputId}-hint`;
  return (
    <div className={className}>
      <input
        id={inputId}
        type={type}
        name={name}
        value={option.value}
        checked={isChecked}
        disabled={isDisabled}
        required={type === 'radio' && isRequired ? true : undefined}
        aria-describedby={option.hint ? hintId : undefined}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label htmlFor={inputId}>{option.label}</label>
      {option.hint ? (
        <p id={hintId} className="choice-description">
          {option.hint}
        </p>
      ) : null}
    </div>
  );
}

/** One answer from a list: a fieldset of radios (arrow keys move between them), the legend naming the question. */
export function RadioGroup<T extends string>({ value, onChange, ...group }: RadioGroupProps<T>) {
  const baseId = useId();
  const layout = group.layout ?? 'stack';
  return (
    <FieldGroup
      legend={group.legend}
      hint={group.hint}
      error={group.error}
      isRequired={group.isRequired}
      className={GROUP_CLASS[layout]}
    >
      <div className={OPTIONS_CLASS[layout]}>
        {group.options.map((option) => (
          <ChoiceInput
            key={option.value}
            className={OPTION_CLASS[layout]}
            baseId={baseId}
            type="radio"
            name={group.name}
            option={option}
            isChecked={value === option.value}
            isDisabled={group.disabledValues?.includes(option.value) ?? false}
            isRequired={group.isRequired ?? false}
            onToggle={() => onChange(option.value)}
          />
        ))}
      </div>
    </FieldGroup>
  );
}

/** Any number of answers from a list: a fieldset of checkboxes; the chosen values keep the options' order. */
export function CheckboxGroup<T extends string>({ values, onChange, ...group }: CheckboxGroupProps<T>) {
  const baseId = useId();
  const layout = group.layout ?? 'stack';
  return (
    <FieldGroup
      legend={group.legend}
      hint={group.hint}
      error={group.error}
      isRequired={group.isRequired}
      className={GROUP_CLASS[layout]}
    >
      <div className={OPTIONS_CLASS[layout]}>
        {group.options.map((option) => (
          <ChoiceInput
            key={option.value}
            className={OPTION_CLASS[layout]}
            baseId={baseId}
            type="checkbox"
            name={group.name}
            option={option}
            isChecked={values.includes(option.value)}
            isDisabled={group.disabledValues?.includes(option.value) ?? false}
            isRequired={false}
            onToggle={(isChecked) => {
              const next = isChecked ? [...values, option.value] : values.filter((v) => v !== option.value);
              onChange(group.options.map((o) => o.value).filter((v) => next.includes(v)));
            }}
          />
        ))}
      </div>
    </FieldGroup>
  );
}
