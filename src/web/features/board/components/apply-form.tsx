import { type FormEvent, useId, useState } from 'react';
import type { OpportunityDetail } from '#contracts/board.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
import { ApiError } from '#web/lib/api-client.js';
import { useApply } from '../api/apply.js';

/** Answers to the listing's questions and a short note; every question needs an answer. */
export function ApplyForm({ opportunity }: { opportunity: OpportunityDetail }) {
  const formId = useId();
  const [answers, setAnswers] = useState<string[]>(opportunity.questions.map(() => ''));
  const [note, setNote] = useState('');
  const [shareEmail, setShareEmail] = useState(false);
  const [phone, setPhone] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const apply = useApply(opportunity.id);
  const labels: Record<string, string> = { note: 'Note to the organization', phone: 'Phone number' };
  opportunity.questions.forEach((question, i) => {
    labels[`answer-${i}`] = question;
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (apply.isPending) return;
    const errors: Record<string, string> = {};
    answers.forEach((answer, i) => {
      if (answer.trim() === '') errors[`answer-${i}`] = 'Enter an answer';
    });
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    apply.mutate(
      { answers, note: note.trim() || null, shareEmail, phone: phone.trim() || null },
      {
        onError: (error) => {
          const byField: Record<string, string> = {};
          if (error instanceof ApiError) {
            for (const detail of error.details) {
              const match = /^body\.answers\.(\d+)$/.exec(detail.path);
              if (match) byField[`answer-${match[1]}`] = detail.message;
              if (detail.path === 'body.note') byField.note = detail.message;
              if (detail.path === 'body.phone') byField.phone = `Check the phone number: ${detail.message}`;
            }
          }
          setFieldErrors(byField);
          setFormError(
            Object.keys(byField).length ? null : error instanceof Error ? error.message : 'That did not work.',
          );
        },
      },
    );
  }

  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Apply</h2>
      <ErrorSummary formId={formId} message={formError} fieldErrors={fieldErrors} fieldLabels={labels} />
      {opportunity.questions.map((question, i) => (
        <Field key={question} label={question} isRequired error={fieldErrors[`answer-${i}`]}>
          {(p) => (
            <textarea
              {...p}
              name={`answer-${i}`}
              rows={3}
              maxLength={2000}
              value={answers[i] ?? ''}
              onChange={(event) => setAnswers((current) => current.map((a, j) => (j === i ? event.target.value : a)))}
            />
          )}
        </Field>
      ))}
      <Field label="Note to the organization" hint="Optional: when you are free, or anything they should know.">
        {(p) => (
          <textarea
            {...p}
            name="note"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend>How the organization can reach you</legend>
        <p id={`${formId}-contact-hint`} className="field-hint">
          They see only what you choose here, and only once you apply. You can also write to each other on the
          application.
        </p>
        <div className="choice">
          <input
            id={`${formId}-share-email`}
            type="checkbox"
            checked={shareEmail}
            aria-describedby={`${formId}-contact-hint`}
            onChange={(event) => setShareEmail(event.target.checked)}
          />
          <label htmlFor={`${formId}-share-email`}>Share my account's email address</label>
        </div>
        <label htmlFor={`${formId}-phone`}>Phone number (optional)</label>
        {fieldErrors.phone ? (
          <p id={`${formId}-phone-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {fieldErrors.phone}
          </p>
        ) : null}
        <input
          id={`${formId}-phone`}
          name="phone"
          type="tel"
          autoComplete="tel"
          maxLength={40}
          value={phone}
          aria-invalid={fieldErrors.phone ? true : undefined}
          aria-describedby={fieldErrors.phone ? `${formId}-phone-error` : undefined}
          onChange={(event) => setPhone(event.target.value)}
        />
      </fieldset>
      <div className="form-actions">
        <PendingButton label="Send application" pendingLabel="Sending…" isPending={apply.isPending} />
      </div>
    </form>
  );
}
