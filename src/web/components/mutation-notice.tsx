import type { ReactNode } from 'react';
import { describeError } from '../lib/api-client.js';

/** What the notice reads of a TanStack mutation: `data` is there once it succeeded. */
export type MutationOutcome<T> = { isError: boolean; error: unknown } & (
  | { isSuccess: true; data: T }
  | { isSuccess: false; data?: T | undefined }
);

interface MutationNoticeProps<T> {
  mutation: MutationOutcome<T>;
  /** The words shown once the action succeeded, from the server's answer. */
  success: (data: T) => ReactNode;
}

/**
 * The outcome of a one-shot action (confirm an address, reset a password): a status region, present from the start
 * so that screen readers announce the success when it fills, and an alert with the server's message on failure.
 */
export function MutationNotice<T>({ mutation, success }: MutationNoticeProps<T>) {
  return (
    <>
      <div role="status" className={mutation.isSuccess ? 'notice notice-success' : undefined}>
        {mutation.isSuccess ? success(mutation.data) : ''}
      </div>
      {mutation.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(mutation.error)}
        </p>
      ) : null}
    </>
  );
}
