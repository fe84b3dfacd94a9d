import { useId, useState } from 'react';
import { CreateMentorshipRequestBodySchema, type SuggestionList } from '#contracts/mentorship.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { ActionError } from '#web/components/query-status.js';
import { formatDate } from '#web/lib/format-date.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useDismissSuggestion, useSendRequest } from '../api/mentorship-api.js';

type Suggestion = SuggestionList['suggestions'][number];

const RequestFormSchema = CreateMentorshipRequestBodySchema.omit({ mentorId: true });
const LABELS = { message: 'Your message' };

function RequestForm({ suggestion, onSent }: { suggestion: Suggestion; onSent: (requestId: string) => void }) {
  const formId = `request-${useId().replaceAll(':', '')}`;
  const send = useSendRequest();
  const { register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: RequestFormSchema,
    defaultValues: { message: '', helpWith: [] },
    labels: LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (send.isPending) return;
    send.mutate(
      { ...body, mentorId: suggestion.mentorId },
      { onSuccess: (r) => onSent(r.id), onError: showSubmitError },
    );
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h4 id={`${formId}-title`}>Ask {suggestion.mentor.displayName} to mentor you</h4>
      <ErrorSummary formId={formId} {...summary} />
      <Field
        label={LABELS.message}
        isRequired
        error={errorOf('message')}
        hint="Say in a few words what you hope for. Markdown works."
      >
        {(p) => <textarea rows={4} maxLength={2000} {...p} {...register('message')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={send.isPending}>
          Send request
        </button>
      </div>
    </form>
  );
}

/** One explained suggestion: its three strongest reasons and its weakest factor, in words, never a bare percentage. */
export function SuggestionCard({
  suggestion,
  onDismissed,
  onRequested,
}: {
  suggestion: Suggestion;
  onDismissed: (name: string) => void;
  /** Called once the request is sent: the mentor then leaves the suggestions, so the page says it, not the card. */
  onRequested: (name: string, requestId: string) => void;
}) {
  const headingId = `suggestion-${suggestion.mentorId}`;
  const dismiss = useDismissSuggestion();
  const [isAsking, setIsAsking] = useState(false);
  const { mentor } = suggestion;
  return (
    <li className="panel mentorship-suggestion">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{mentor.displayName}</h3>
        {mentor.headline ? <p>{mentor.headline}</p> : null}
        <dl className="facts">
          <div>
            <dt>Years in the field</dt>
            <dd>{mentor.yearsInField}</dd>
          </div>
          <div>
            <dt>Free places</dt>
            <dd>{mentor.freeSeats}</dd>
          </div>
          <div>
            <dt>Last answered a request</dt>
            <dd>{mentor.lastAnsweredAt ? formatDate(mentor.lastAnsweredAt.slice(0, 10)) : 'not yet'}</dd>
          </div>
        </dl>
        <h4>Why we suggest {mentor.displayName}</h4>
        <ul>
          {suggestion.strongest.map((f) => (
            <li key={f.factor}>{f.reason}</li>
          ))}
        </ul>
        <h4>Where the match is weakest</h4>
        <p>{suggestion.weakest.reason}</p>
        <div className="form-actions">
          <button type="button" className="button" aria-expanded={isAsking} onClick={() => setIsAsking((v) => !v)}>
            Ask {mentor.displayName}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={dismiss.isPending}
            onClick={() => {
              if (dismiss.isPending) return;
              dismiss.mutate(suggestion.mentorId, { onSuccess: () => onDismissed(mentor.displayName) });
            }}
          >
            Not for me
          </button>
        </div>
        <ActionError error={dismiss.error} />
        {isAsking ? <RequestForm suggestion={suggestion} onSent={(id) => onRequested(mentor.displayName, id)} /> : null}
      </article>
    </li>
  );
}
