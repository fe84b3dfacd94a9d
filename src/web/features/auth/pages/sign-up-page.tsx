import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignUpBodySchema } from '#contracts/auth.js';
import { SELF_SERVICE_ROLES } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
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
  // Set when sign-in after sign-up did not work: the address already had an account (its owner got a message).
  const [checkEmail, setCheckEmail] = useState<string | null>(null);
  const checkEmailHeading = useRef<HTMLHeadingElement>(null);
  // The page changes without a navigation: move focus to its new heading, as a route change would.
  useEffect(() => {
    if (checkEmail) checkEmailHeading.current?.focus();
  }, [checkEmail]);
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
      // The answer is the same for a taken address (no account enumeration, ADR 0024): sign-up opens no session, and
      // the form signs in with the new password. Where that fails, the message in that inbox says what to do.
      onSuccess: (outcome) => {
        if (outcome.kind === 'check-email') {
          setCheckEmail(outcome.email);
          return;
        }
        const flash = `Welcome to Vocare, ${outcome.user.displayName}. We sent a message to ${outcome.user.email}: follow its link to confirm your address.`;
        navigate(next ?? '/account', { state: { flash } });
      },
      onError: showSubmitError,
    });
  });

  if (checkEmail) {
    return (
      <div className="narrow">
        <h1 tabIndex={-1} ref={checkEmailHeading}>
          Check your email
        </h1>
        <p className="lead" role="status">
          We sent a message to {checkEmail}. Follow it to finish: it says what to do next.
        </p>
        <p>
          If the address already has a Vocare account, the message explains how to sign in or reset the password.
          Nothing arrived after a few minutes? Look in your spam folder, or{' '}
          <Link to="/forgot-password">reset your password</Link>.
        </p>
        <p>
          <Link to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Go to sign in</Link>
        </p>
      </div>
    );
  }

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
          <PendingButton label="Create account" pendingLabel="Creating your account…" isPending={signUp.isPending} />
        </div>
      </form>
      <p>
        Already have an account? <Link to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Sign in</Link>
      </p>
    </div>
  );
}
