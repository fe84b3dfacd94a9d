import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignInBodySchema } from '../../../../contracts/auth.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/text-field.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { useDocumentTitle } from '../../../lib/use-document-title.js';
import { useSignIn } from '../api/sign-in.js';
import { safeNextPath } from '../roles.js';

const FORM_ID = 'sign-in-form';
const LABELS: Record<string, string> = { email: 'Email', password: 'Password' };

export function SignInPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const signIn = useSignIn();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // aria-disabled rather than disabled keeps focus on the button while the request runs.
    if (signIn.isPending) return;
    const values = { email, password };
    const errors = validateWithSchema(SignInBodySchema, values, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    signIn.mutate(values, {
      onSuccess: (user) => navigate(next ?? '/atlas', { state: { flash: `Signed in as ${user.displayName}.` } }),
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Sign in</h1>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
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
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      <p>
        New to Vocare? <Link to={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</Link>
      </p>
    </div>
  );
}
