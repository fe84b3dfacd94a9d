import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TextField } from '#web/components/text-field.js';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCompletePasswordReset } from '../api/account-mail.js';

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const reset = useCompletePasswordReset();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reset.isPending) reset.mutate({ token: params.get('token') ?? '', password });
  }
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Choose a new password</h1>
      <div role="status" className={reset.isSuccess ? 'notice notice-success' : undefined}>
        {reset.isSuccess ? 'Your new password is set, and every session was signed out.' : ''}
      </div>
      {reset.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(reset.error)}
        </p>
      ) : null}
      {reset.isSuccess ? (
        <p>
          <Link to="/signin">Sign in with your new password</Link>
        </p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <TextField
            name="password"
            type="password"
            label="New password"
            hint="At least 10 characters."
            autoComplete="new-password"
            isRequired
            value={password}
            onChange={setPassword}
          />
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={reset.isPending}>
              {reset.isPending ? 'Saving…' : 'Set new password'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
