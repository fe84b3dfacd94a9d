import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ActionError } from '#web/components/query-status.js';
import { TextField } from '#web/components/text-field.js';
import { ApiError, describeError } from '#web/lib/api-client.js';
import { useDeleteAccount } from '../api/delete-account.js';

const CONFIRM_PHRASE = 'delete my account';

/** Export everything, or delete everything: the person's data is theirs. */
export function YourDataPanel() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const deleteAccount = useDeleteAccount();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (deleteAccount.isPending) return;
    const next: typeof errors = {};
    if (!password) next.password = 'Enter your password';
    if (confirm !== CONFIRM_PHRASE) next.confirm = `Type "${CONFIRM_PHRASE}" exactly`;
    setErrors(next);
    if (next.password || next.confirm) return;
    deleteAccount.mutate(
      { password, confirm: CONFIRM_PHRASE },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (err) =>
          setErrors(
            err instanceof ApiError && err.fieldErrors().password
              ? { password: 'That password is not right' }
              : { form: describeError(err) },
          ),
      },
    );
  }

  return (
    <section aria-labelledby="your-data-title" className="panel">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Everything Vocare holds about you, in one file you can keep:{' '}
        <a href="/api/me/export" download="vocare-personal-data.json">
          download your data (JSON)
        </a>
        .
      </p>
      <h3>Delete your account</h3>
      <p>This removes your account and everything in it, at once and for good.</p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ActionError error={errors.form} />
        <TextField
          name="delete-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
          error={errors.password}
        />
        <TextField
          name="delete-confirm"
          label={`Type "${CONFIRM_PHRASE}" to confirm`}
          value={confirm}
          onChange={setConfirm}
          isRequired
          error={errors.confirm}
        />
        <button type="submit" className="button button-danger" aria-disabled={deleteAccount.isPending}>
          Delete my account
        </button>
      </form>
    </section>
  );
}
