import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import {
  HELP_KIND_IDS,
  HELP_KIND_LABELS,
  MENTORING_VALUE_IDS,
  MENTORING_VALUE_LABELS,
  type MentorProfile,
  MentorProfileBodySchema,
} from '#contracts/mentorship.js';
import { CAUSE_IDS, CAUSE_LABELS, SCALE_IDS, SCALE_LABELS } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useMentorProfile, useSaveMentorProfile } from '../api/mentorship-api.js';
import '../mentorship.css';

const LABELS = {
  headline: 'Headline',
  yearsInField: 'Years in the field',
  capacity: 'How many mentees at once',
  availability: 'When you are available',
  scales: 'Scale of your work',
  causes: 'Causes',
  values: 'What matters to you in the work',
  helpWith: 'What you can help with',
  isOpen: 'Open to new mentees',
};

/** Numbers are typed as text and become numbers before the contract schema checks them. */
const MentorFormSchema = z
  .object({
    headline: z.string(),
    yearsInField: z.string(),
    capacity: z.string(),
    availability: z.string(),
    scales: z.array(z.string()),
    causes: z.array(z.string()),
    values: z.array(z.string()),
    helpWith: z.array(z.string()),
    isOpen: z.boolean(),
    rest: z.object({ careers: z.array(z.string()), stages: z.array(z.string()), languages: z.array(z.string()) }),
  })
  // The pipe checks every value; the cast only tells the compiler the arrays hold vocabulary ids.
  .transform(
    ({ rest, ...v }) =>
      ({
        ...v,
        ...rest,
        yearsInField: v.yearsInField.trim() === '' ? 0 : Number(v.yearsInField),
        capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity),
      }) as z.input<typeof MentorProfileBodySchema>,
  )
  .pipe(MentorProfileBodySchema);

function MentorProfileForm({ profile }: { profile: MentorProfile | null }) {
  const formId = `mentor-profile-${useId().replaceAll(':', '')}`;
  const save = useSaveMentorProfile();
  const [done, setDone] = useState('');
  const { register, control, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: MentorFormSchema,
    defaultValues: {
      headline: profile?.headline ?? '',
      yearsInField: String(profile?.yearsInField ?? ''),
      capacity: String(profile?.capacity ?? '2'),
      availability: profile?.availability ?? '',
      scales: profile?.scales ?? [],
      causes: profile?.causes ?? [],
      values: profile?.values ?? [],
      helpWith: profile?.helpWith ?? [],
      isOpen: profile?.isOpen ?? true,
      rest: {
        careers: profile?.careers ?? [],
        stages: profile?.stages ?? [],
        languages: profile?.languages ?? ['en'],
      },
    },
    labels: LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (save.isPending) return;
    setDone('');
    save.mutate(body, { onSuccess: () => setDone('Your mentor profile is saved.'), onError: showSubmitError });
  });
  const checkboxes = (
    name: 'scales' | 'causes' | 'values' | 'helpWith',
    options: { value: string; label: string }[],
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup
          name={name}
          legend={LABELS[name]}
          layout="columns"
          options={options}
          values={field.value}
          error={errorOf(name)}
          onChange={field.onChange}
        />
      )}
    />
  );
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Your mentor profile</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={LABELS.headline} error={errorOf('headline')} hint="One line about your work.">
        {(p) => <input type="text" maxLength={200} {...p} {...register('headline')} />}
      </Field>
      <Field label={LABELS.yearsInField} error={errorOf('yearsInField')}>
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('yearsInField')} />}
      </Field>
      <Field
        label={LABELS.capacity}
        isRequired
        error={errorOf('capacity')}
        hint="You are never suggested to more people than you have free places (0 to 50)."
      >
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('capacity')} />}
      </Field>
      <Field
        label={LABELS.availability}
        error={errorOf('availability')}
        hint="For example: weekday evenings, Central time."
      >
        {(p) => <input type="text" maxLength={300} {...p} {...register('availability')} />}
      </Field>
      {checkboxes(
        'values',
        MENTORING_VALUE_IDS.map((v) => ({ value: v, label: MENTORING_VALUE_LABELS[v] })),
      )}
      {checkboxes(
        'causes',
        CAUSE_IDS.map((c) => ({ value: c, label: CAUSE_LABELS[c] })),
      )}
      {checkboxes(
        'scales',
        SCALE_IDS.map((s) => ({ value: s, label: SCALE_LABELS[s] })),
      )}
      {checkboxes(
        'helpWith',
        HELP_KIND_IDS.map((h) => ({ value: h, label: HELP_KIND_LABELS[h] })),
      )}
      <div className="field">
        <input id={`${formId}-open`} type="checkbox" {...register('isOpen')} />
        <label htmlFor={`${formId}-open`}>{LABELS.isOpen}</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          Save your profile
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}

function MentorSide() {
  const profile = useMentorProfile(true);
  if (profile.isPending) return <LoadingMessage label="Loading your mentor profile…" />;
  if (profile.isError) return <ErrorMessage error={profile.error} onRetry={() => profile.refetch()} />;
  const p = profile.data.profile;
  return (
    <>
      {p ? (
        <p>
          {p.freeSeats} of {p.capacity} places free. Last answered a request:{' '}
          {p.lastAnsweredAt ? formatDateTime(p.lastAnsweredAt) : 'not yet'} (mentees see this).
        </p>
      ) : null}
      <MentorProfileForm profile={p} />
    </>
  );
}

export function MentorProfilePage() {
  useDocumentTitle('Your mentor profile');
  return (
    <div className="mentorship">
      <h1 tabIndex={-1}>Your mentor profile</h1>
      <RequireUser>
        {(user) =>
          user.roles.includes('mentor') ? (
            <MentorSide />
          ) : (
            <div className="notice">
              <p>Mentor profiles are for people with the mentor role. Add it to your account to offer mentoring.</p>
              <p>
                <Link to="/account">Go to your account</Link>
              </p>
            </div>
          )
        }
      </RequireUser>
      <p>
        <Link to="/mentorship">Back to mentorship</Link>
      </p>
    </div>
  );
}
