import { describeError } from '../lib/api-client.js';

/** A quiet "loading" line; role=status so screen readers hear it without it stealing focus. */
export function LoadingMessage({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert" className="notice notice-error">
      <p>{describeError(error)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * A failed action next to the control that started it (withdraw, dismiss, sign out): an alert, so it is read at
 * once, or nothing while there is no error. A string is shown as it is; anything else is described.
 */
export function ActionError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="field-error">
      {typeof error === 'string' ? error : describeError(error)}
    </p>
  );
}
