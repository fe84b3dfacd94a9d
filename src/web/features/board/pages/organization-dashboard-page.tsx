import { type FormEvent, useId, useState } from 'react';

import { Link, useParams } from 'react-router';

import {
  APPLICATION_STATUS_LABELS,
  type Application,
  type ApplicationStatus,
  OPPORTUNITY_KIND_LABELS,
} from '#contracts/board.js';

import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useOrganization } from '../api/get-organization.js';

import { useInviteMember } from '../api/invite-member.js';

import { useMembers } from '../api/list-members.js';

import { useOrganizationApplications } from '../api/list-organization-applications.js';

import { usePendingHours } from '../api/list-pending-hours.js';

import { useReviewHours } from '../api/review-hours.js';

import { ApplicationReview } from '../components/application-review.js';

import { describeResponseTime, formatHours } from '../components/board-labels.js';
import { BoardSubnav } from '../components/board-subnav.js';

import '../board.css';
import { formatDate } from '#web/lib/format-date.js';

const PIPELINE: ApplicationStatus[] = ['new', 'reviewing', 'accepted', 'declined', 'withdrawn'];

function Pipeline({ organizationId }: { organizationId: string }) {
  const applications = useOrganizationApplications(organizationId);
  if (applications.isPending) return <LoadingMessage label="Loading applications…" />;
  if (applications.isError) return <ErrorMessage error={applications.error} onRetry={() => applications.refetch()} />;
  const byStatus = new Map<ApplicationStatus, Application[]>(PIPELINE.map((s) => [s, []]));
  for (const a of applications.data.items) byStatus.get(a.status)?.push(a);
  const overdue = applications.data.items.filter((a) => a.isOverdue).length;
  return (
    <>
      {overdue > 0 ? (
        <p className="notice notice-error" role="status">
          Reminder: {overdue} {overdue === 1 ? 'application has' : 'applications have'} waited more than 7 days for a
          reply. A quick “we are reviewing” helps.
        </p>
      ) : null}
      <div className="pipeline">
        {PIPELINE.map((status) => {
          const list = byStatus.get(status) ?? [];
          return (
            <section key={status} className="pipeline-column" aria-labelledby={`pipeline-${status}`}>
              <h3 id={`pipeline-${status}`}>
                {APPLICATION_STATUS_LABELS[status]} <span className="filter-count">({list.length})</span>
              </h3>
              {list.length === 0 ? (
                <p className="section-note">None</p>
              ) : (
                <ul className="application-list">
                  {list.map((application) => (
                    <li key={application.id}>
                      <ApplicationReview application={application} organizationId={organizationId} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function PendingHours({ organizationId }: { organizationId: string }) {
  const hours = usePendingHours(organizationId);
  const review = useReviewHours(organizationId);
  if (hours.isPending) return <LoadingMessage label="Loading hours…" />;
  if (hours.isError) return <ErrorMessage error={hours.error} onRetry={() => hours.refetch()} />;
  if (hours.data.items.length === 0) return <p>No hours waiting for confirmation.</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">Volunteer hours waiting for confirmation</caption>
          <thead>
            <tr>
              <th scope="col">Volunteer</th>
              <th scope="col">Opportunity</th>
              <th scope="col">Date</th>
              <th scope="col">Hours</th>
              <th scope="col">What they did</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {hours.data.items.map((entry) => {
              const label = `${formatHours(entry.hours)} by ${entry.applicant.displayName} on ${formatDate(entry.date)}`;
              return (
                <tr key={entry.id}>
                  <th scope="row">{entry.applicant.displayName}</th>
                  <td>{entry.opportunity.title}</td>
                  <td>{formatDate(entry.date)}</td>
                  <td>{formatHours(entry.hours)}</td>
                  <td>{entry.description || '—'}</td>
                  <td className="table-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Confirm ${label}`}
                      aria-disabled={review.isPending}
                      onClick={() => {
                        if (!review.isPending) review.mutate({ id: entry.id, body: { status: 'confirmed' } });
                      }}
                    >
                      Confirm
                    </button>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={`Reject ${label}`}
                      aria-disabled={review.isPending}
                      onClick={() => {
                        if (!review.isPending) review.mutate({ id: entry.id, body: { status: 'rejected' } });
                      }}
                    >
                      Reject
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ActionError error={review.error} />
    </>
  );
}

function Members({ organizationId }: { organizationId: string }) {
  const ids = useId();
  const members = useMembers(organizationId);
  const invite = useInviteMember(organizationId);
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  function handleInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending || !email.trim()) return;
    invite.mutate(email.trim(), {
      onSuccess: () => {
        setMessage(`Invitation sent to ${email.trim()}. They join when they accept it under Organizations I manage.`);
        setEmail('');
      },
      onError: () => setMessage(null),
    });
  }
  return (
    <>
      {members.data ? (
        <ul className="plain-list">
          {members.data.members.map((m) => (
            <li key={m.userId}>
              {m.displayName} ({m.email}), member since {formatDate(m.joinedAt)}
            </li>
          ))}
          {members.data.invites.map((i) => (
            <li key={i.id}>
              {i.email}: invited {formatDate(i.createdAt)}, not yet accepted
            </li>
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={handleInvite} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-email`}>Invite by email</label>
          {invite.isError ? (
            <p id={`${ids}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {describeError(invite.error)}
            </p>
          ) : null}
          <input
            id={`${ids}-email`}
            type="email"
            autoComplete="off"
            value={email}
            aria-invalid={invite.isError ? true : undefined}
            aria-describedby={invite.isError ? `${ids}-error` : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" aria-disabled={invite.isPending}>
            Send invitation
          </button>
        </div>
      </form>
      <p role="status" className="inline-status">
        {message ?? ''}
      </p>
    </>
  );
}

function Dashboard({ organizationId }: { organizationId: string }) {
  const organization = useOrganization(organizationId);
  useDocumentTitle(organization.data ? `${organization.data.name}: dashboard` : 'Organization dashboard');
  if (organization.isPending) return <LoadingMessage label="Loading the organization…" />;
  if (organization.isError) return <ErrorMessage error={organization.error} onRetry={() => organization.refetch()} />;
  const data = organization.data;
  if (!data.isMember) return <p className="notice notice-error">Only members of {data.name} can see its dashboard.</p>;
  return (
    <>
      <p className="lead">
        {data.name} · {describeResponseTime(data.responseTime)}
      </p>
      <p className="member-actions">
        <Link to={`/organizations/${organizationId}/opportunities/new`} className="button">
          Post an opportunity
        </Link>
        <Link to={`/organizations/${organizationId}`} className="button button-secondary">
          Public profile
        </Link>
        <Link to={`/organizations/${organizationId}/edit`} className="button button-secondary">
          Edit profile
        </Link>
      </p>
      <section aria-labelledby="pipeline-title">
        <h2 id="pipeline-title">Applications</h2>
        <Pipeline organizationId={organizationId} />
      </section>
      <section aria-labelledby="hours-title" className="panel">
        <h2 id="hours-title">Hours to confirm</h2>
        <PendingHours organizationId={organizationId} />
      </section>
      <section aria-labelledby="listings-title">
        <h2 id="listings-title">Your opportunities</h2>
        {data.opportunities.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="plain-list listing-rows">
            {data.opportunities.map((o) => (
              <li key={o.id}>
                <Link to={`/opportunities/${o.id}`}>{o.title}</Link> · {OPPORTUNITY_KIND_LABELS[o.kind]} ·{' '}
                <span className={`tag ${o.status === 'open' ? 'tag-curated' : 'tag-muted'}`}>
                  {o.status}
                  {o.closedReason ? ` (${o.closedReason})` : ''}
                </span>{' '}
                <Link to={`/opportunities/${o.id}/edit`}>
                  Edit<span className="visually-hidden"> {o.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="members-title" className="panel">
        <h2 id="members-title">Members</h2>
        <Members organizationId={organizationId} />
      </section>
    </>
  );
}

export function OrganizationDashboardPage() {
  const { id = '' } = useParams();
  return (
    <div className="board">
      <h1 tabIndex={-1}>Organization dashboard</h1>
      <BoardSubnav />
      <RequireUser>{() => <Dashboard organizationId={id} />}</RequireUser>
    </div>
  );
}
