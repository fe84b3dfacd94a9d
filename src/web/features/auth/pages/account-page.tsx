import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { SessionResponse, User } from '#contracts/auth.js';
import { SELF_SERVICE_ROLES } from '#contracts/vocabulary.js';
import { Field } from '#web/components/field.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAddRole } from '../api/add-role.js';
import { EmailNoticesPanel } from '../components/email-notices-panel.js';
import { EmailPanel } from '../components/email-panel.js';
import { SignOutButton } from '../components/sign-out-button.js';
import { YourDataPanel } from '../components/your-data-panel.js';
import { ROLE_INFO, type SelfServiceRole } from '../roles.js';

function AddRoleForm({ user }: { user: User }) {
  const available = SELF_SERVICE_ROLES.filter((role) => !user.roles.includes(role));
  const [role, setRole] = useState<SelfServiceRole | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const addRole = useAddRole();

  if (available.length === 0) return <p>You hold every role you can choose yourself.</p>;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addRole.isPending) return;
    setAdded(null);
    if (!role) {
      setError('Choose a role to add');
      return;
    }
    setError(null);
    addRole.mutate(role, {
      onSuccess: () => {
        setAdded(`${ROLE_INFO[role].label} added to your account.`);
        setRole('');
      },
      onError: (err) => setError(describeError(err)),
    });
  }

  return (
    <form className="form inline-form" onSubmit={handleSubmit} noValidate>
      <Field label="Add a role" error={error ?? undefined}>
        {(p) => (
          <select
            {...p}
            name="role"
            value={role}
            onChange={(event) => {
              const value = SELF_SERVICE_ROLES.find((r) => r === event.target.value);
              setRole(value ?? '');
            }}
          >
            <option value="">Choose…</option>
            {available.map((r) => (
              <option key={r} value={r}>
                {ROLE_INFO[r].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-secondary" aria-disabled={addRole.isPending}>
        Add role
      </button>
      <p role="status" className="inline-status">
        {added ?? ''}
      </p>
    </form>
  );
}

function AccountDetails({ user }: { user: NonNullable<SessionResponse['user']> }) {
  return (
    <>
      <section aria-labelledby="account-details-title" className="panel">
        <h2 id="account-details-title">Your details</h2>
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
        </dl>
      </section>
      <EmailPanel email={user.email} isVerified={user.emailVerified} />
      <EmailNoticesPanel />
      <section aria-labelledby="account-roles-title" className="panel">
        <h2 id="account-roles-title">Your roles</h2>
        <ul className="role-list">
          {user.roles.map((role) => (
            <li key={role}>
              <strong>{ROLE_INFO[role].label}</strong> — {ROLE_INFO[role].description}
            </li>
          ))}
        </ul>
        <AddRoleForm user={user} />
        {user.roles.includes('admin') ? (
          <p>
            As an administrator: <Link to="/admin/backup">backups of the whole database</Link> and{' '}
            <Link to="/guides/moderation">comments waiting for moderation</Link>.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="account-security-title" className="panel">
        <h2 id="account-security-title">Security</h2>
        <p>
          <Link to="/account/password">Change your password</Link>
        </p>
        <SignOutButton />
      </section>
      <YourDataPanel />
    </>
  );
}

export function AccountPage() {
  useDocumentTitle('Your account');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Your account</h1>
      <RequireUser>{(user) => <AccountDetails user={user} />}</RequireUser>
    </div>
  );
}
