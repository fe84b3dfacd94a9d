import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type SessionResponse, SignUpBodySchema } from '#contracts/auth.js';
import { SELF_SERVICE_ROLES } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { sessionQueryKey } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useSignUp } from '../api/sign-up.js';
import { ROLE_INFO, safeNextPath } from '../roles.js';

const FORM_ID = 'sign-up-form';
const LABELS: Record<string, string> = {
  displayName: 'Name',
  email: 'Email',
  password: 'Password',
  roles: 'Roles',
};
const ROLE_OPTIONS = SELF_SERVICE_ROLES.map((role) => ({
  value: role,
  label: ROLE_INFO[role].label,
  hint: ROLE_INFO[role].description,
}));

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const signUp = useSignUp();
  const queryClient = useQueryClient();
  const { register, control, errorOf, onSubmit, showSubmitError, summary } = useSchemaForm({
    schema: SignUpBodySchema,
    // Explorer is always granted by the server; the other roles are the person's choice.
    defaultValues: { displayName: '', email: '', password: '', roles: ['explorer'] },
    labels: LABELS,
  });

  const handleSubmit = onSubmit((values) => {
    // aria-disabled rather than disabled keeps focus on the button while the request runs.
    if (signUp.isPending) return;
    signUp.mutate(values, {
      // The answer is the same for a taken address (no account enumeration, ADR 0024); only then does the session
      // stay empty, and the message in that inbox tells its owner how to sign in.
      onSuccess: (user) => {
        const isSignedIn = queryClient.getQueryData<SessionResponse>(sessionQueryKey)?.user != null;
        const flash = `Welcome to Vocare, ${user.displayName}. We sent a message to ${user.email}: follow its link to confirm your address.`;
        navigate(isSignedIn ? (next ?? '/account') : '/signin', { state: { flash } });
      },
      onError: showSubmitError,
    });
  });

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Create an account</h1>
      <p className="lead">
        An account keeps your comparisons, and later your assessment, pathway and hours, in one place. Fields marked
        (required) must be filled in.
      </p>
      <ErrorSummary formId={FORM_ID} {...summary} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <Field
          label="Name"
          hint="How Vocare greets you. It can be a first name or a nickname."
          isRequired
          error={errorOf('displayName')}
        >
          {(p) => <input type="text" autoComplete="name" {...p} {...register('displayName')} />}
        </Field>
        <Field label="Email" isRequired error={errorOf('email')}>
          {(p) => <input type="email" autoComplete="email" {...p} {...register('email')} />}
        </Field>
        <Field
          label="Password"
          hint="At least 10 characters. A few unrelated words make a strong one."
          isRequired
          error={errorOf('password')}
        >
          {(p) => <input type="password" autoComplete="new-password" {...p} {...register('password')} />}
        </Field>
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <CheckboxGroup
              name="roles"
              legend="What brings you here?"
              hint="Choose all that fit. You can add roles later from your account."
              options={ROLE_OPTIONS}
              values={field.value ?? []}
              disabledValues={['explorer']}
              error={errorOf('roles')}
              onChange={field.onChange}
            />
          )}
        />
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
