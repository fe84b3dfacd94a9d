import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignInBodySchema } from '#contracts/auth.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useSignIn } from '../api/sign-in.js';
import { safeNextPath } from '../roles.js';

const FORM_ID = 'sign-in-form';
const LABELS: Record<string, string> = { email: 'Email', password: 'Password' };

export function SignInPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const signIn = useSignIn();
  const { register, errorOf, onSubmit, showSubmitError, summary } = useSchemaForm({
    schema: SignInBodySchema,
    defaultValues: { email: '', password: '' },
    labels: LABELS,
  });

  const handleSubmit = onSubmit((values) => {
    // aria-disabled rather than disabled keeps focus on the button while the request runs.
    if (signIn.isPending) return;
    signIn.mutate(values, {
      onSuccess: (user) => navigate(next ?? '/atlas', { state: { flash: `Signed in as ${user.displayName}.` } }),
      onError: showSubmitError,
    });
  });

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Sign in</h1>
      <ErrorSummary formId={FORM_ID} {...summary} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <Field label="Email" isRequired error={errorOf('email')}>
          {(p) => <input type="email" autoComplete="email" {...p} {...register('email')} />}
        </Field>
        <Field label="Password" isRequired error={errorOf('password')}>
          {(p) => <input type="password" autoComplete="current-password" {...p} {...register('password')} />}
        </Field>
        <div className="form-actions">
          <PendingButton label="Sign in" pendingLabel="Signing in…" isPending={signIn.isPending} />
        </div>
      </form>
      <p>
        New to Vocare? <Link to={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</Link>
      </p>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
    </div>
  );
}
