import { Link } from 'react-router';
import { CAUSE_LABELS, SCALE_LABELS } from '#contracts/vocabulary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useSameCause } from '../api/get-same-cause.js';

/** "Same cause, different level": the curated careers serving this career's causes at the other scales. */
export function SameCauseList({ careerId, title, isOpen }: { careerId: string; title: string; isOpen: boolean }) {
  const query = useSameCause(careerId, isOpen);
  const headingId = `same-cause-${careerId}`;
  return (
    <section className="same-cause" aria-labelledby={headingId}>
      <h4 id={headingId}>Same cause, different level</h4>
      {query.isPending && isOpen ? <LoadingMessage label="Looking for careers at other scales…" /> : null}
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? <SameCauseGroups data={query.data} title={title} /> : null}
    </section>
  );
}

function SameCauseGroups({
  data,
  title,
}: {
  data: NonNullable<ReturnType<typeof useSameCause>['data']>;
  title: string;
}) {
  const groups = data.groups.filter((g) => g.careers.length > 0);
  if (!data.career.curated) {
    return <p>Vocare has not reviewed which causes {title} serves, so it cannot suggest careers at other scales.</p>;
  }
  if (groups.length === 0) return <p>No curated career serves these causes at another scale yet.</p>;
  return (
    <>
      <p>The causes {title} serves, worked on at another scale:</p>
      <dl className="same-cause-groups">
        {groups.map((group) => (
          <div key={group.scale}>
            <dt>{SCALE_LABELS[group.scale]}</dt>
            <dd>
              <ul className="link-list">
                {group.careers.map((c) => (
                  <li key={c.id}>
                    <Link to={`/careers/${c.id}`}>{c.title}</Link>{' '}
                    <span className="link-meta">({c.sharedCauses.map((cause) => CAUSE_LABELS[cause]).join(', ')})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
