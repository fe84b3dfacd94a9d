import { Link } from 'react-router';
import type { Career } from '#contracts/careers.js';
import { EDUCATION_LABELS } from '#contracts/vocabulary.js';
import { formatFigureValue, NOT_AVAILABLE } from '#web/lib/format.js';
import { describeSector } from './career-labels.js';
import { CompareToggle } from './compare-toggle.js';
import { CuratedTag } from './curated-tag.js';
import { ScaleTag } from './scale-tag.js';

export function CareerCard({ career }: { career: Career }) {
  const pay = career.medianPay;
  return (
    <article className="career-card" aria-labelledby={`card-${career.id}`}>
      <h3 id={`card-${career.id}`} className="career-card-title">
        <Link to={`/careers/${career.id}`}>{career.title}</Link>
      </h3>
      <div className="tag-row">
        <ScaleTag scale={career.scale} />
        {career.curated ? null : <CuratedTag isCurated={false} />}
      </div>
      {career.summary ? <p className="career-card-summary">{career.summary}</p> : null}
      <dl className="card-facts">
        <div>
          <dt>Sector</dt>
          <dd>{describeSector(career.sector)}</dd>
        </div>
        <div>
          <dt>Median pay</dt>
          <dd>
            {formatFigureValue(pay.value, 'usd')}
            {pay.value !== null && pay.year !== null ? <span className="figure-year"> ({pay.year})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Minimum education</dt>
          <dd>{career.minEducation ? EDUCATION_LABELS[career.minEducation] : NOT_AVAILABLE}</dd>
        </div>
      </dl>
      <CompareToggle id={career.id} title={career.title} />
    </article>
  );
}
