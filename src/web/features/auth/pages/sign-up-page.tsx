import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignUpBodySchema } from '../../../../contracts/auth.js';
import { SELF_SERVICE_ROLES } from '../../../../contracts/vocabulary.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/text-field.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { useDocumentTitle } from '../../../lib/use-document-title.js';
import { useSignUp } from '../api/sign-up.js';
import { ROLE_INFO, type SelfServiceRole, safeNextPath } from '../roles.js';

const FORM_ID = 'sign-up-form';
const LABELS: Record<string, string> = {
  displayName: 'Name',
  email: 'Email',
  password: 'Password',
  roles: 'Roles',
};

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Explorer is always granted by the server; the other roles are the person's choice.
  const [roles, setRoles] = useState<SelfServiceRole[]>(['explorer']);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const signUp = useSignUp();

  function toggleRole(role: SelfServiceRole, isChecked: boolean) {
    setRoles((current) => (isChecked ? [...current, role] : current.filter((r) => r !== role)));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // aria-disabled rather than disabled keeps focus on the button while the request runs.
    if (signUp.isPending) return;
    const values = { displayName, email, password, roles };
    const errors = validateWithSchema(SignUpBodySchema, values, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    signUp.mutate(values, {
      onSuccess: (user) =>
        navigate(next ?? '/account', {
          state: { flash: `Welcome to Vocare, ${user.displayName}. Your account is ready.` },
        }),
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Create an account</h1>
      <p className="lead">
        An account keeps your comparisons, and later your assessment, pathway and hours, in one place. Fields marked
        (required) must be filled in.
      </p>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          name="displayName"
          label="Name"
          hint="How Vocare greets you. It can be a first name or a nickname."
          autoComplete="name"
          isRequired
          value={displayName}
          onChange={setDisplayName}
          error={fieldErrors.displayName}
        />
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          isRequired
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          label="Password"
          hint="At least 10 characters. A few unrelated words make a strong one."
          autoComplete="new-password"
          isRequired
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <fieldset className="choice-group">
          <legend>What brings you here?</legend>
          <p className="field-hint">Choose all that fit. You can add roles later from your account.</p>
          {SELF_SERVICE_ROLES.map((role) => {
            const id = `role-${role}`;
            const isExplorer = role === 'explorer';
            return (
              <div className="choice" key={role}>
                <input
                  id={id}
                  type="checkbox"
                  name="roles"
                  value={role}
                  checked={isExplorer || roles.includes(role)}
                  disabled={isExplorer}
                  aria-describedby={`${id}-description`}
                  onChange={(event) => toggleRole(role, event.target.checked)}
                />
                <label htmlFor={id}>{ROLE_INFO[role].label}</label>
                <p id={`${id}-description`} className="choice-description">
                  {ROLE_INFO[role].description}
                </p>
              </div>
            );
          })}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={signUp.isPending}>
            {signUp.isPending ? 'Creating your account…' : 'Create account'}
          </button>
        </div>
      </form>
      <p>
        Already have an account? <Link to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Sign in</Link>
      </p>
    </div>
  );
}
