import { Link, useParams } from 'react-router';

import { APPLICATION_STATUS_LABELS, OPPORTUNITY_KIND_LABELS, type OpportunityDetail } from '#contracts/board.js';

import { CAUSE_LABELS } from '#contracts/vocabulary.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useOpportunity } from '../api/get-opportunity.js';
import { useSetSaved } from '../api/save-opportunity.js';
import { ApplyForm } from '../components/apply-form.js';
import { describePlace, describeResponseTime, describeWhen } from '../components/board-labels.js';
import { BoardSubnav } from '../components/board-subnav.js';

import '../board.css';
import { countWords } from '#domain/count-words.js';
import { formatDate } from '#web/lib/format-date.js';

function SaveButton({ opportunity }: { opportunity: OpportunityDetail }) {
  const save = useSetSaved(opportunity.id);
  const isSaved = opportunity.viewer.isSaved;
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-pressed={isSaved}
      aria-disabled={save.isPending}
      onClick={() => {
        if (!save.isPending) save.mutate(!isSaved);
      }}
    >
      {isSaved ? 'Saved' : 'Save for later'}
    </button>
  );
}

function ApplySection({ opportunity }: { opportunity: OpportunityDetail }) {
  const { viewer } = opportunity;
  if (viewer.application) {
    return (
      <section className="panel" aria-labelledby="applied-title">
        <h2 id="applied-title">Your application</h2>
        <p>
          Status: <strong>{APPLICATION_STATUS_LABELS[viewer.application.status]}</strong>.{' '}
          <Link to="/experience">Follow it, log hours or withdraw on My applications</Link>.
        </p>
      </section>
    );
  }
  if (opportunity.status !== 'open') {
    return (
      <section className="panel" aria-labelledby="closed-title">
        <h2 id="closed-title">Applications closed</h2>
        <p>This opportunity no longer takes applications.</p>
      </section>
    );
  }
  if (!viewer.isSignedIn) {
    const next = encodeURIComponent(`/opportunities/${opportunity.id}`);
    return (
      <section className="panel" aria-labelledby="apply-title">
        <h2 id="apply-title">Apply</h2>
        <p>
          <Link to={`/signin?next=${next}`}>Sign in</Link> or <Link to={`/signup?next=${next}`}>create an account</Link>{' '}
          to apply and follow your application.
        </p>
      </section>
    );
  }
  return (
    <section className="panel">
      <ApplyForm opportunity={opportunity} />
    </section>
  );
}

function OpportunityBody({ opportunity }: { opportunity: OpportunityDetail }) {
  return (
    <>
      <p className="opportunity-org">
        <Link to={`/organizations/${opportunity.organization.id}`}>{opportunity.organization.name}</Link>
        {' · '}
        {describeResponseTime(opportunity.organization.responseTime)}
      </p>
      <div className="tag-row">
        <span className="tag tag-curated">{OPPORTUNITY_KIND_LABELS[opportunity.kind]}</span>
        {opportunity.countsAsPlacement ? <span className="tag tag-mezzo">Counts as field experience</span> : null}
        {opportunity.status !== 'open' ? <span className="tag tag-muted">{opportunity.status}</span> : null}
      </div>
      {opportunity.viewer.isMember ? (
        <p className="member-actions">
          <Link to={`/opportunities/${opportunity.id}/edit`} className="button button-secondary button-small">
            Edit this opportunity
          </Link>
          <Link
            to={`/organizations/${opportunity.organization.id}/dashboard`}
            className="button button-secondary button-small"
          >
            Applications dashboard
          </Link>
        </p>
      ) : opportunity.viewer.isSignedIn ? (
        <p>
          <SaveButton opportunity={opportunity} />
        </p>
      ) : null}
      <div className="career-sections">
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">About this opportunity</h2>
          <Markdown source={opportunity.description} author="user" headingLevel={3} />
        </section>
        <section className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">At a glance</h2>
          <dl className="facts">
            <div className="fact">
              <dt>Where</dt>
              <dd>{describePlace(opportunity)}</dd>
            </div>
            <div className="fact">
              <dt>Time commitment</dt>
              <dd>
                {countWords(opportunity.hoursPerWeek, 'hour')} a week, {describeWhen(opportunity)}
              </dd>
            </div>
            <div className="fact">
              <dt>Cause areas</dt>
              <dd>{opportunity.causes.map((c) => CAUSE_LABELS[c]).join(', ')}</dd>
            </div>
            <div className="fact">
              <dt>Prepares for</dt>
              <dd>
                {opportunity.careers.length === 0 ? (
                  'Not specified'
                ) : (
                  <ul className="link-list">
                    {opportunity.careers.map((career) => (
                      <li key={career.id}>
                        <Link to={`/careers/${career.id}`}>{career.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="fact">
              <dt>Supervised field experience</dt>
              <dd>
                {opportunity.countsAsPlacement
                  ? [
                      'Can count',
                      opportunity.placementLicense ? `toward ${opportunity.placementLicense}` : null,
                      opportunity.hasLicensedSupervisor
                        ? 'with a licensed supervisor on site'
                        : 'no licensed supervisor on site',
                    ]
                      .filter(Boolean)
                      .join(', ')
                  : 'Does not count as a supervised placement'}
              </dd>
            </div>
            <div className="fact">
              <dt>Skills wanted</dt>
              <dd>{opportunity.skills.length ? opportunity.skills.join(', ') : 'None listed'}</dd>
            </div>
            {opportunity.publishedAt ? (
              <div className="fact">
                <dt>Posted</dt>
                <dd>{formatDate(opportunity.publishedAt)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      </div>
      {opportunity.viewer.isMember ? null : <ApplySection opportunity={opportunity} />}
    </>
  );
}

export function OpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  useDocumentTitle(opportunity.data?.title ?? 'Opportunity');
  return (
    <div className="board">
      <p className="breadcrumb">
        <Link to="/opportunities">Experience board</Link>
      </p>
      <h1 tabIndex={-1}>{opportunity.data?.title ?? 'Opportunity'}</h1>
      <BoardSubnav />
      {opportunity.isPending ? <LoadingMessage label="Loading the opportunity…" /> : null}
      {opportunity.isError ? (
        opportunity.error instanceof ApiError && opportunity.error.status === 404 ? (
          <p className="notice notice-error">This opportunity does not exist or is not published.</p>
        ) : (
          <ErrorMessage error={opportunity.error} onRetry={() => opportunity.refetch()} />
        )
      ) : null}
      {opportunity.data ? <OpportunityBody opportunity={opportunity.data} /> : null}
    </div>
  );
}
