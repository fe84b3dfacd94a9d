import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import {
  AgreementBodySchema,
  CloseBodySchema,
  ConversationBodySchema,
  type Mentorship,
  NOT_SUPERVISION_NOTE,
  NoteBodySchema,
} from '#contracts/mentorship.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import {
  useAddNote,
  useCloseMentorship,
  useMentorship,
  useNotes,
  useSaveAgreement,
  useScheduleConversation,
} from '../api/mentorship-api.js';
import '../mentorship.css';

const AGREEMENT_LABELS = { goals: 'Goals', frequency: 'How often you will talk', lengthWeeks: 'How long, in weeks' };
/** The form holds text as typed; the weeks become a number before the contract schema checks them. */
const AgreementFormSchema = z
  .object({ goals: z.string(), frequency: z.string(), lengthWeeks: z.string() })
  .transform((v) => ({ ...v, lengthWeeks: v.lengthWeeks.trim() === '' ? Number.NaN : Number(v.lengthWeeks) }))
  .pipe(AgreementBodySchema);

function AgreementForm({ m }: { m: Mentorship }) {
  const formId = `agreement-${useId().replaceAll(':', '')}`;
  const save = useSaveAgreement(m.id);
  const [done, setDone] = useState('');
  const { register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: AgreementFormSchema,
    defaultValues: { goals: m.goals, frequency: m.frequency, lengthWeeks: m.lengthWeeks ? String(m.lengthWeeks) : '' },
    labels: AGREEMENT_LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (save.isPending) return;
    save.mutate(body, { onSuccess: () => setDone('Agreement saved.'), onError: showSubmitError });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{m.agreedAt ? 'Your agreement' : 'Start with a short agreement'}</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={AGREEMENT_LABELS.goals} isRequired error={errorOf('goals')} hint="What you want to reach together.">
        {(p) => <textarea rows={3} maxLength={2000} {...p} {...register('goals')} />}
      </Field>
      <Field
        label={AGREEMENT_LABELS.frequency}
        isRequired
        error={errorOf('frequency')}
        hint="For example: every other week, 45 minutes."
      >
        {(p) => <input type="text" maxLength={200} {...p} {...register('frequency')} />}
      </Field>
      <Field label={AGREEMENT_LABELS.lengthWeeks} isRequired error={errorOf('lengthWeeks')} hint="From 1 to 156.">
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('lengthWeeks')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          Save the agreement
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}

const CONVERSATION_LABELS = { startsAt: 'Date and time', minutes: 'Minutes', topic: 'Topic', where: 'Where or link' };
const ConversationFormSchema = z
  .object({ startsAt: z.string(), minutes: z.string(), topic: z.string(), where: z.string() })
  .transform((v): z.input<typeof ConversationBodySchema> => {
    const at = new Date(v.startsAt);
    return {
      ...v,
      startsAt: Number.isNaN(at.getTime()) ? '' : at.toISOString(),
      minutes: v.minutes.trim() === '' ? Number.NaN : Number(v.minutes),
    };
  })
  .pipe(ConversationBodySchema);

function ConversationForm({ m }: { m: Mentorship }) {
  const formId = `conversation-${useId().replaceAll(':', '')}`;
  const schedule = useScheduleConversation(m.id);
  const [done, setDone] = useState('');
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: ConversationFormSchema,
    defaultValues: { startsAt: '', minutes: '45', topic: '', where: '' },
    labels: CONVERSATION_LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (schedule.isPending) return;
    schedule.mutate(body, {
      onSuccess: () => {
        setDone('Conversation scheduled. Add it to your calendar from the list.');
        form.reset();
      },
      onError: showSubmitError,
    });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>Schedule a conversation</h3>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={CONVERSATION_LABELS.startsAt} isRequired error={errorOf('startsAt')} hint="In your own time zone.">
        {(p) => <input type="datetime-local" {...p} {...register('startsAt')} />}
      </Field>
      <Field label={CONVERSATION_LABELS.minutes} isRequired error={errorOf('minutes')}>
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('minutes')} />}
      </Field>
      <Field label={CONVERSATION_LABELS.topic} isRequired error={errorOf('topic')}>
        {(p) => <input type="text" maxLength={200} {...p} {...register('topic')} />}
      </Field>
      <Field label={CONVERSATION_LABELS.where} error={errorOf('where')}>
        {(p) => <input type="text" maxLength={300} {...p} {...register('where')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={schedule.isPending}>
          Schedule
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}

function Notes({ m }: { m: Mentorship }) {
  const formId = `notes-${useId().replaceAll(':', '')}`;
  const notes = useNotes(m.id);
  const add = useAddNote(m.id);
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: NoteBodySchema,
    defaultValues: { body: '' },
    labels: { body: 'New note' },
  });
  const handleSubmit = onSubmit((body) => {
    if (add.isPending) return;
    add.mutate(body, { onSuccess: () => form.reset(), onError: showSubmitError });
  });
  return (
    <section aria-labelledby={`${formId}-title`} className="mentorship-section">
      <h2 id={`${formId}-title`}>Your private notes</h2>
      <p>Only you read these: {m.role === 'mentee' ? m.mentorName : m.menteeName} never sees them.</p>
      {notes.isPending ? <LoadingMessage label="Loading your notes…" /> : null}
      {notes.isError ? <ErrorMessage error={notes.error} onRetry={() => notes.refetch()} /> : null}
      {notes.data ? (
        <ul className="plain-list">
          {notes.data.notes.map((n) => (
            <li key={n.id} className="panel">
              <p className="field-hint">{formatDateTime(n.createdAt)}</p>
              <Markdown source={n.body} author="user" headingLevel={null} isCompact />
            </li>
          ))}
        </ul>
      ) : null}
      <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-label="Add a private note">
        <ErrorSummary formId={formId} {...summary} />
        <Field label="New note" isRequired error={errorOf('body')} hint="Markdown works.">
          {(p) => <textarea rows={3} maxLength={5000} {...p} {...register('body')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={add.isPending}>
            Add note
          </button>
        </div>
      </form>
    </section>
  );
}

function CloseForm({ m }: { m: Mentorship }) {
  const formId = `close-${useId().replaceAll(':', '')}`;
  const close = useCloseMentorship(m.id);
  const { register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: CloseBodySchema,
    defaultValues: { reflection: '' },
    labels: { reflection: 'Your closing reflection' },
  });
  const handleSubmit = onSubmit((body) => {
    if (close.isPending) return;
    close.mutate(body, { onError: showSubmitError });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>End the mentorship</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field
        label="Your closing reflection"
        isRequired
        error={errorOf('reflection')}
        hint="What you learned and what comes next. Only you read your reflection."
      >
        {(p) => <textarea rows={4} maxLength={5000} {...p} {...register('reflection')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" aria-disabled={close.isPending}>
          End the mentorship
        </button>
      </div>
    </form>
  );
}

function MentorshipView({ id }: { id: string }) {
  const query = useMentorship(id);
  if (query.isPending) return <LoadingMessage label="Loading the mentorship…" />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => query.refetch()} />;
  const m = query.data;
  const isOpen = !m.closedAt;
  return (
    <>
      <h1 tabIndex={-1}>{m.role === 'mentee' ? `Mentored by ${m.mentorName}` : `Mentoring ${m.menteeName}`}</h1>
      <p className="notice">{NOT_SUPERVISION_NOTE}</p>
      {m.closedAt ? (
        <section aria-labelledby="closed-title" className="panel">
          <h2 id="closed-title">Ended {formatDateTime(m.closedAt)}</h2>
          {m.myReflection ? <Markdown source={m.myReflection} author="user" headingLevel={null} /> : null}
        </section>
      ) : null}
      {isOpen ? <AgreementForm m={m} /> : null}
      {!isOpen && m.agreedAt ? (
        <section aria-labelledby="agreement-title" className="panel">
          <h2 id="agreement-title">Your agreement</h2>
          <p>
            {m.frequency}, for {m.lengthWeeks} weeks.
          </p>
          <Markdown source={m.goals} author="user" headingLevel={null} />
        </section>
      ) : null}
      <section aria-labelledby="conversations-title" className="mentorship-section">
        <h2 id="conversations-title">Conversations</h2>
        {m.conversations.length === 0 ? <p>None scheduled yet.</p> : null}
        <ul>
          {m.conversations.map((c) => (
            <li key={c.id}>
              {formatDateTime(c.startsAt)}, {c.minutes} minutes: {c.topic}
              {c.where ? ` (${c.where})` : ''}.{' '}
              <a href={`/api/mentorship/mentorships/${m.id}/conversations/${c.id}/calendar.ics`} download>
                Add “{c.topic}” to your calendar
              </a>
            </li>
          ))}
        </ul>
        {isOpen ? <ConversationForm m={m} /> : null}
      </section>
      <Notes m={m} />
      {isOpen && m.agreedAt ? <CloseForm m={m} /> : null}
      <p>
        <Link to="/mentorship">Back to mentorship</Link>
      </p>
    </>
  );
}

export function MentorshipDetailPage() {
  useDocumentTitle('Mentorship');
  const { id = '' } = useParams();
  return (
    <div className="mentorship">
      <RequireUser>{() => <MentorshipView id={id} />}</RequireUser>
    </div>
  );
}
