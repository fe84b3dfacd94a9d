import { type FormEvent, useId, useState } from 'react';
import { type Organization, OrganizationBodySchema } from '#contracts/board.js';
import { CAUSE_IDS, CAUSE_LABELS, type CauseId } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';

const LABELS: Record<string, string> = {
  name: 'Name',
  mission: 'Mission',
  causes: 'Cause areas',
  location: 'Location',
  website: 'Website',
};

export interface OrganizationFormValues {
  name: string;
  mission: string;
  causes: CauseId[];
  location: string;
  website: string | null;
}

interface OrganizationFormProps {
  initial?: Organization;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (values: OrganizationFormValues, onError: (error: unknown) => void) => void;
}

export function OrganizationForm({ initial, submitLabel, isPending, onSubmit }: OrganizationFormProps) {
  const formId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [mission, setMission] = useState(initial?.mission ?? '');
  const [causes, setCauses] = useState<CauseId[]>(initial?.causes ?? []);
  const [location, setLocation] = useState(initial?.location ?? '');
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const values = { name, mission, causes, location, website: website.trim() || null };
    const errors = validateWithSchema(OrganizationBodySchema, values, LABELS);
    if (causes.length === 0) errors.causes = 'Choose at least one cause area';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    onSubmit(values, (error) => {
      const split = splitSubmitError(error, LABELS);
      setFieldErrors(split.fieldErrors);
      setFormError(split.formError);
    });
  }

  return (
    <>
      <ErrorSummary formId={formId} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={formId} className="form board-form" onSubmit={handleSubmit} noValidate>
        <TextField name="name" label="Name" isRequired value={name} onChange={setName} error={fieldErrors.name} />
        <TextField
          name="mission"
          label="Mission"
          hint="One sentence: who you help and how."
          isRequired
          value={mission}
          onChange={setMission}
          error={fieldErrors.mission}
        />
        <CheckboxGroup
          legend="Cause areas"
          name="causes"
          layout="columns"
          options={CAUSE_IDS.map((c) => ({ value: c, label: CAUSE_LABELS[c] }))}
          values={causes}
          onChange={setCauses}
          isRequired
          error={fieldErrors.causes}
        />
        <TextField
          name="location"
          label="Location"
          hint="City and state, e.g. Denver, CO."
          isRequired
          value={location}
          onChange={setLocation}
          error={fieldErrors.location}
        />
        <TextField
          name="website"
          label="Website"
          hint="Optional; starts with https://"
          value={website}
          onChange={setWebsite}
          error={fieldErrors.website}
        />
        <div className="form-actions">
          <PendingButton label={submitLabel} pendingLabel="Saving…" isPending={isPending} />
        </div>
      </form>
    </>
  );
}
