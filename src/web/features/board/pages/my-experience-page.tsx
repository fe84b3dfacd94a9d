import { Link } from 'react-router';

import { APPLICATION_STATUS_LABELS, type Application, OPPORTUNITY_KIND_LABELS } from '#contracts/board.js';

import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useExperience } from '../api/get-experience.js';

import { useMyApplications } from '../api/list-my-applications.js';

import { useSavedOpportunities } from '../api/list-saved.js';

import { useWithdrawApplication } from '../api/withdraw-application.js';
import { ApplicationThread } from '../components/application-thread.js';
import { formatHours } from '../components/board-labels.js';
import { BoardSubnav } from '../components/board-subnav.js';
import { HoursLog } from '../components/hours-log.js';

import { OpportunityCard } from '../components/opportunity-card.js';

import '../board.css';
import { formatDate } from '#web/lib/format-date.js';

function ApplicationItem({ application }: { application: Application }) {
  const withdraw = useWithdrawApplication();
  const canWithdraw = ['new', 'reviewing', 'accepted'].includes(application.status);
  const titleId = `application-${application.id}`;
  return (
    <article className="application-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <Link to={`/opportunities/${application.opportunity.id}`}>{application.opportunity.title}</Link>
      </h3>
      <p className="opportunity-card-org">
        {application.opportunity.organization.name} · {OPPORTUNITY_KIND_LABELS[application.opportunity.kind]}
      </p>
      <p>
        <span className={`tag status-${application.status}`}>{APPLICATION_STATUS_LABELS[application.status]}</span>{' '}
        <span className="section-note">Sent {formatDate(application.createdAt)}</span>
      </p>
      {application.decisionMessage ? (
        <blockquote className="decision-message">
          <p>{application.decisionMessage}</p>
        </blockquote>
      ) : null}
      {application.status === 'accepted' ? <HoursLog application={application} /> : null}
      <ApplicationThread application={application} side="applicant" />
      {canWithdraw ? (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={withdraw.isPending}
            onClick={() => {
              if (withdraw.isPending) return;
              if (window.confirm(`Withdraw your application to “${application.opportunity.title}”?`)) {
                withdraw.mutate(application.id);
              }
            }}
          >
            Withdraw application<span className="visually-hidden"> to {application.opportunity.title}</span>
          </button>
        </p>
      ) : null}
      <ActionError error={withdraw.error} />
    </article>
  );
}

function Applications() {
  const applications = useMyApplications();
  if (applications.isPending) return <LoadingMessage label="Loading your applications…" />;
  if (applications.isError) return <ErrorMessage error={applications.error} onRetry={() => applications.refetch()} />;
  if (applications.data.items.length === 0) {
    return (
      <p>
        You have not applied to anything yet. <Link to="/opportunities">Find an opportunity</Link>.
      </p>
    );
  }
  return (
    <ul className="application-list">
      {applications.data.items.map((application) => (
        <li key={application.id}>
          <ApplicationItem application={application} />
        </li>
      ))}
    </ul>
  );
}

function ExperienceRecord() {
  const record = useExperience();
  if (record.isPending) return <LoadingMessage label="Loading your record…" />;
  if (record.isError) return <ErrorMessage error={record.error} onRetry={() => record.refetch()} />;
  const { items, totalConfirmedHours, placementHours } = record.data;
  if (items.length === 0) return <p>Hours appear here once an organization confirms them.</p>;
  return (
    <>
      <p>
        <strong>{formatHours(totalConfirmedHours)}</strong> confirmed in total, of which{' '}
        <strong>{formatHours(placementHours)}</strong> on placements that count as supervised field experience.
      </p>
      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">Confirmed hours by opportunity</caption>
          <thead>
            <tr>
              <th scope="col">Opportunity</th>
              <th scope="col">Organization</th>
              <th scope="col">Confirmed hours</th>
              <th scope="col">Period</th>
              <th scope="col">Field experience</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.opportunity.id}>
                <th scope="row">
                  <Link to={`/opportunities/${item.opportunity.id}`}>{item.opportunity.title}</Link>
                </th>
                <td>{item.organization.name}</td>
                <td>{formatHours(item.confirmedHours)}</td>
                <td>
                  {formatDate(item.firstDate)} – {formatDate(item.lastDate)}
                </td>
                <td>
                  {item.opportunity.countsAsPlacement
                    ? `Yes${item.opportunity.placementLicense ? ` (${item.opportunity.placementLicense})` : ''}`
                    : 'No'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Saved() {
  const saved = useSavedOpportunities();
  if (saved.isPending) return <LoadingMessage label="Loading saved opportunities…" />;
  if (saved.isError) return <ErrorMessage error={saved.error} onRetry={() => saved.refetch()} />;
  if (saved.data.items.length === 0) return <p>Nothing saved yet. Use “Save for later” on an opportunity.</p>;
  return (
    <ul className="opportunity-list">
      {saved.data.items.map((item) => (
        <li key={item.id}>
          <OpportunityCard opportunity={item} />
        </li>
      ))}
    </ul>
  );
}

export function MyExperiencePage() {
  useDocumentTitle('My applications and hours');
  return (
    <div className="board">
      <h1 tabIndex={-1}>My applications and hours</h1>
      <BoardSubnav />
      <RequireUser>
        {() => (
          <>
            <section aria-labelledby="record-title" className="panel">
              <h2 id="record-title">My experience record</h2>
              <ExperienceRecord />
            </section>
            <section aria-labelledby="applications-title">
              <h2 id="applications-title">Applications</h2>
              <Applications />
            </section>
            <section aria-labelledby="saved-title">
              <h2 id="saved-title">Saved opportunities</h2>
              <Saved />
            </section>
          </>
        )}
      </RequireUser>
    </div>
  );
}
