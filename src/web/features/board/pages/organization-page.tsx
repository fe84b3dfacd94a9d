import { Link, useParams } from 'react-router';
import { CAUSE_LABELS } from '#contracts/vocabulary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useOrganization } from '../api/get-organization.js';
import { describeResponseTime } from '../components/board-labels.js';
import { BoardSubnav } from '../components/board-subnav.js';
import { OpportunityCard } from '../components/opportunity-card.js';
import '../board.css';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const data = organization.data;
  useDocumentTitle(data?.name ?? 'Organization');
  const open = data?.opportunities.filter((o) => o.status === 'open') ?? [];
  return (
    <div className="board">
      <h1 tabIndex={-1}>{data?.name ?? 'Organization'}</h1>
      <BoardSubnav />
      {organization.isPending ? <LoadingMessage label="Loading the organization…" /> : null}
      {organization.isError ? <ErrorMessage error={organization.error} onRetry={() => organization.refetch()} /> : null}
      {data ? (
        <>
          <p className="lead">{data.mission}</p>
          <dl className="facts panel">
            <div className="fact">
              <dt>Location</dt>
              <dd>{data.location}</dd>
            </div>
            <div className="fact">
              <dt>Cause areas</dt>
              <dd>{data.causes.map((c) => CAUSE_LABELS[c]).join(', ')}</dd>
            </div>
            <div className="fact">
              <dt>Replies to applicants</dt>
              <dd>{describeResponseTime(data.responseTime)}</dd>
            </div>
            {data.website ? (
              <div className="fact">
                <dt>Website</dt>
                <dd>
                  <a href={data.website} rel="nofollow noopener">
                    {data.website}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
          {data.isMember ? (
            <p className="member-actions">
              <Link to={`/organizations/${data.id}/dashboard`} className="button button-secondary button-small">
                Open the dashboard
              </Link>
              <Link to={`/organizations/${data.id}/edit`} className="button button-secondary button-small">
                Edit profile
              </Link>
            </p>
          ) : null}
          <section aria-labelledby="open-title">
            <h2 id="open-title">Open opportunities</h2>
            {open.length === 0 ? (
              <p>Nothing open right now.</p>
            ) : (
              <ul className="opportunity-list">
                {open.map((opportunity) => (
                  <li key={opportunity.id}>
                    <OpportunityCard opportunity={opportunity} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
