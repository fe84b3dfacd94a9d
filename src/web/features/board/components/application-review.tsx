import { useId, useState } from 'react';

import { APPLICATION_STATUS_LABELS, type Application } from '#contracts/board.js';
import { ActionError } from '#web/components/query-status.js';
import { formatDate } from '#web/lib/format-date.js';
import { useUpdateApplicationStatus } from '../api/update-application-status.js';
import { ApplicationThread } from './application-thread.js';
import { formatHours } from './board-labels.js';

/** One application in the organization's pipeline, with the moves open to it. */
export function ApplicationReview({
  application,
  organizationId,
}: {
  application: Application;
  organizationId: string;
}) {
  const ids = useId();
  const [message, setMessage] = useState('');
  const update = useUpdateApplicationStatus(organizationId);
  const isOpen = application.status === 'new' || application.status === 'reviewing';
  const who = application.applicant.displayName;
  const move = (status: 'reviewing' | 'accepted' | 'declined') => {
    if (update.isPending) return;
    update.mutate({
      id: application.id,
      body: { status, message: status === 'reviewing' ? null : message.trim() || null },
    });
  };
  return (
    <article className="application-card" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>
        {who} <span className="section-note">for {application.opportunity.title}</span>
      </h4>
      <p className="section-note">
        Applied {formatDate(application.createdAt)} · {APPLICATION_STATUS_LABELS[application.status]}
        {application.isOverdue ? <strong className="overdue"> · waiting more than 7 days</strong> : null}
      </p>
      {application.answers.length > 0 ? (
        <dl className="answers">
          {application.answers.map((a) => (
            <div key={a.question}>
              <dt>{a.question}</dt>
              <dd>{a.answer}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {application.note ? <p>Note: {application.note}</p> : null}
      <ApplicantContact application={application} />
      {application.decisionMessage ? <p>Your message: {application.decisionMessage}</p> : null}
      {application.status === 'accepted' ? (
        <p className="section-note">
          Hours: {formatHours(application.hours.confirmed)} confirmed, {formatHours(application.hours.pending)} waiting
        </p>
      ) : null}
      {isOpen ? (
        <div className="review-actions">
          {application.status === 'new' ? (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={update.isPending}
              onClick={() => move('reviewing')}
            >
              Start review<span className="visually-hidden"> of {who}</span>
            </button>
          ) : null}
          <div className="field">
            <label htmlFor={`${ids}-message`}>Message to {who} (optional)</label>
            <textarea
              id={`${ids}-message`}
              rows={2}
              maxLength={1000}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-small"
              aria-disabled={update.isPending}
              onClick={() => move('accepted')}
            >
              Accept {who}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={update.isPending}
              onClick={() => move('declined')}
            >
              Decline {who}
            </button>
          </div>
        </div>
      ) : null}
      <ActionError error={update.error} />
      <ApplicationThread application={application} side="organization" />
    </article>
  );
}

/** The contact details the applicant chose to share when applying, or that they shared none. */
function ApplicantContact({ application }: { application: Application }) {
  const { email, phone } = application.contact;
  if (!email && !phone) {
    return (
      <p className="section-note">
        {application.applicant.displayName} shared no contact details: write to them in the messages below.
      </p>
    );
  }
  return (
    <dl className="answers applicant-contact">
      {email ? (
        <div>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </div>
      ) : null}
      {phone ? (
        <div>
          <dt>Phone</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
