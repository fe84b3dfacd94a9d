import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { TextField } from '#web/components/text-field.js';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useRequestPasswordReset } from '../api/account-mail.js';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgotten password');
  const [email, setEmail] = useState('');
  const request = useRequestPasswordReset();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!request.isPending) request.mutate(email);
  }
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Forgotten password</h1>
      <div role="status" className={request.isSuccess ? 'notice notice-success' : undefined}>
        {request.isSuccess ? request.data.message : ''}
      </div>
      {request.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(request.error)}
        </p>
      ) : null}
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          isRequired
          value={email}
          onChange={setEmail}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={request.isPending}>
            {request.isPending ? 'Sending…' : 'Send me a link'}
          </button>
          <Link to="/signin">Back to sign in</Link>
        </div>
      </form>
    </div>
  );
}
