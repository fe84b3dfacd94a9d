import { useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  /** A message for the whole form (e.g. wrong password, rate limited). */
  message?: string | null;
  /** Field name -> message; each becomes a link that moves focus to the field. */
  fieldErrors: Record<string, string>;
  fieldLabels: Record<string, string>;
  formId: string;
  /** Submit attempts so far: a repeated failed submit with the same problems takes focus again. */
  submitCount?: number;
}

/**
 * The list of problems at the top of a form. It takes focus when it appears so that
 * keyboard and screen-reader users learn the submit failed without hunting for why.
 */
export function ErrorSummary({ message, fieldErrors, fieldLabels, formId, submitCount = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLElement>(null);
  const entries = Object.entries(fieldErrors);
  const hasProblems = Boolean(message) || entries.length > 0;
  const signature = `${message ?? ''}|${entries.map(([k, v]) => `${k}:${v}`).join('|')}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: submitCount is the trigger, not a value read here
  useEffect(() => {
    if (hasProblems && signature) ref.current?.focus();
  }, [hasProblems, signature, submitCount]);

  if (!hasProblems) return null;
  return (
    <section ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={`${formId}-error-title`}>
      <h2 id={`${formId}-error-title`} className="error-summary-title">
        {entries.length > 0 ? 'Please check the form' : 'That did not work'}
      </h2>
      {message ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, text]) => (
            <li key={field}>
              <a
                href={`#${formId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const form = document.getElementById(formId);
                  // A list field (questions.0, questions.1, …) is reached through its first input.
                  const name = CSS.escape(field);
                  const input = form?.querySelector<HTMLElement>(`[name="${name}"], [name^="${name}."]`);
                  input?.focus();
                }}
              >
                {fieldLabels[field] ?? field}: {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
