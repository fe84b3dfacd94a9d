import { Link } from 'react-router';
import type { OpportunitySummary } from '#contracts/board.js';
import { OPPORTUNITY_KIND_LABELS } from '#contracts/board-lists.js';
import { CAUSE_LABELS } from '#contracts/vocabulary.js';
import { countWords } from '#domain/count-words.js';
import { describePlace, describeResponseTime, describeWhen } from './board-labels.js';

export function OpportunityCard({
  opportunity,
  headingLevel = 3,
  unit = 'km',
}: {
  opportunity: OpportunitySummary;
  headingLevel?: 2 | 3;
  /** How the search measured distances. */
  unit?: 'mi' | 'km';
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `opportunity-${opportunity.id}`;
  return (
    <article className="opportunity-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="opportunity-card-title">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </Heading>
      <p className="opportunity-card-org">{opportunity.organization.name}</p>
      <div className="tag-row">
        <span className="tag tag-curated">{OPPORTUNITY_KIND_LABELS[opportunity.kind]}</span>
        {opportunity.countsAsPlacement ? <span className="tag tag-mezzo">Counts as field experience</span> : null}
        {opportunity.isRemote ? <span className="tag tag-micro">Remote</span> : null}
        {opportunity.status !== 'open' ? <span className="tag tag-muted">{opportunity.status}</span> : null}
      </div>
      <p className="opportunity-card-excerpt">{opportunity.excerpt}</p>
      <dl className="card-facts">
        <div>
          <dt>Where</dt>
          <dd>{describePlace(opportunity, unit)}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>
            {countWords(opportunity.hoursPerWeek, 'hour')} a week, {describeWhen(opportunity)}
          </dd>
        </div>
        <div>
          <dt>Causes</dt>
          <dd>{opportunity.causes.map((c) => CAUSE_LABELS[c]).join(', ')}</dd>
        </div>
        <div>
          <dt>Replies</dt>
          <dd>{describeResponseTime(opportunity.organization.responseTime)}</dd>
        </div>
      </dl>
    </article>
  );
}
