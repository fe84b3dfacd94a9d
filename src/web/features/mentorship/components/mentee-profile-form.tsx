import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import {
  HELP_KIND_IDS,
  HELP_KIND_LABELS,
  MENTORING_VALUE_IDS,
  MENTORING_VALUE_LABELS,
  type MenteeProfileBody,
  MenteeProfileBodySchema,
} from '#contracts/mentorship.js';
import { CURRENT_STAGE_IDS, CURRENT_STAGE_LABELS } from '#contracts/pathways.js';
import { CAUSE_IDS, CAUSE_LABELS } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useSaveMenteeProfile } from '../api/mentorship-api.js';

const LABELS = {
  goals: 'What you hope a mentor helps you with',
  stage: 'Where you are now',
  causes: 'Causes you care about',
  values: 'What matters to you in the work',
  helpWith: 'Kinds of help you want',
};

/** The mentee profile: what the matcher weighs (values, causes and stage above everything demographic). */
export function MenteeProfileForm({ profile, onSaved }: { profile: MenteeProfileBody | null; onSaved?: () => void }) {
  const formId = `mentee-profile-${useId().replaceAll(':', '')}`;
  const save = useSaveMenteeProfile();
  const [done, setDone] = useState('');
  const { register, control, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: MenteeProfileBodySchema,
    defaultValues: {
      goals: profile?.goals ?? '',
      stage: profile?.stage ?? 'starting',
      causes: profile?.causes ?? [],
      values: profile?.values ?? [],
      helpWith: profile?.helpWith ?? [],
      careers: profile?.careers ?? [],
      scale: profile?.scale ?? null,
      populations: profile?.populations ?? [],
      languages: profile?.languages ?? ['en'],
      mode: profile?.mode ?? 'either',
      place: profile?.place ?? null,
    },
    labels: LABELS,
  });

  const handleSubmit = onSubmit((body) => {
    if (save.isPending) return;
    setDone('');
    save.mutate(body, {
      onSuccess: () => {
        setDone('Saved. Your suggestions are below.');
        onSaved?.();
      },
      onError: showSubmitError,
    });
  });

  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{profile ? 'Change your goals' : 'Tell us what you are looking for'}</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={LABELS.goals} error={errorOf('goals')} hint="A mentor reads this when you ask them.">
        {(p) => <textarea rows={4} maxLength={2000} {...p} {...register('goals')} />}
      </Field>
      <Field label={LABELS.stage} error={errorOf('stage')} isRequired>
        {(p) => (
          <select {...p} {...register('stage')}>
            {CURRENT_STAGE_IDS.map((s) => (
              <option key={s} value={s}>
                {CURRENT_STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Controller
        control={control}
        name="values"
        render={({ field }) => (
          <CheckboxGroup
            name="values"
            legend={LABELS.values}
            hint="Shared values predict a good mentoring relationship better than anything else we ask."
            layout="columns"
            options={MENTORING_VALUE_IDS.map((v) => ({ value: v, label: MENTORING_VALUE_LABELS[v] }))}
            values={field.value ?? []}
            error={errorOf('values')}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="causes"
        render={({ field }) => (
          <CheckboxGroup
            name="causes"
            legend={LABELS.causes}
            layout="columns"
            options={CAUSE_IDS.map((c) => ({ value: c, label: CAUSE_LABELS[c] }))}
            values={field.value ?? []}
            error={errorOf('causes')}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="helpWith"
        render={({ field }) => (
          <CheckboxGroup
            name="helpWith"
            legend={LABELS.helpWith}
            layout="columns"
            options={HELP_KIND_IDS.map((h) => ({ value: h, label: HELP_KIND_LABELS[h] }))}
            values={field.value ?? []}
            error={errorOf('helpWith')}
            onChange={field.onChange}
          />
        )}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          Save and see suggestions
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}
