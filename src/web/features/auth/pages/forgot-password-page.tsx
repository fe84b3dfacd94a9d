import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { MutationNotice } from '#web/components/mutation-notice.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
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
      <MutationNotice mutation={request} success={(data) => data.message} />
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
          <PendingButton label="Send me a link" pendingLabel="Sending…" isPending={request.isPending} />
          <Link to="/signin">Back to sign in</Link>
        </div>
      </form>
    </div>
  );
}
