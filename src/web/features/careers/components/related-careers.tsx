import { Link } from 'react-router';
import type { CareerLink } from '#contracts/careers.js';
import { scaleName } from './career-labels.js';

function LinkList({ links }: { links: CareerLink[] }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={`${link.kind}-${link.id}`}>
          <Link to={`/careers/${link.id}`}>{link.title}</Link>
          <span className="link-meta">
            {link.scale ? ` · ${scaleName(link.scale)}` : ''}
            {link.curated ? '' : ' · O*NET occupation'}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RelatedCareers({ related }: { related: CareerLink[] }) {
  const transitions = related.filter((link) => link.kind === 'scale-transition');
  const onetRelated = related.filter((link) => link.kind === 'onet-related');
  return (
    <section aria-labelledby="related-title" className="panel">
      <h2 id="related-title">Where this work can lead</h2>
      <h3>Moves to another scale</h3>
      {transitions.length > 0 ? (
        <>
          <p className="section-note">
            Careers in the same causes one step wider or closer in scale, e.g. from one-to-one work to running a
            programme.
          </p>
          <LinkList links={transitions} />
        </>
      ) : (
        <p>No scale transitions are recorded for this career yet.</p>
      )}
      <h3>Related occupations (O*NET)</h3>
      {onetRelated.length > 0 ? <LinkList links={onetRelated} /> : <p>O*NET lists no related occupations here.</p>}
    </section>
  );
}
