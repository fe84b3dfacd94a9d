import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CareerMap } from '#contracts/careers.js';
import { CAUSE_IDS, CAUSE_LABELS, SCALE_IDS, type ScaleId, SECTOR_IDS, SECTOR_LABELS } from '#contracts/vocabulary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCareerMap } from '../api/get-career-map.js';
import { scaleMeaning, scaleName } from '../components/career-labels.js';

type GroupBy = 'sector' | 'cause';
type MapCareer = CareerMap['careers'][number];

interface Group {
  id: string;
  label: string;
  careers: MapCareer[];
}

function groupCareers(careers: MapCareer[], groupBy: GroupBy): Group[] {
  const groups =
    groupBy === 'sector'
      ? SECTOR_IDS.map((id) => ({ id, label: SECTOR_LABELS[id], careers: careers.filter((c) => c.sector === id) }))
      : CAUSE_IDS.map((id) => ({ id, label: CAUSE_LABELS[id], careers: careers.filter((c) => c.causes.includes(id)) }));
  return groups.filter((group) => group.careers.length > 0);
}

const scaleRank = (scale: ScaleId | null) => (scale ? SCALE_IDS.indexOf(scale) : -1);

/**
 * Whole routes from one-to-one work out to systems work: every step goes one scale wider.
 * The API lists single steps; a person planning a career wants to see the road.
 */
function buildPaths(map: CareerMap): MapCareer[][] {
  const byId = new Map(map.careers.map((c) => [c.id, c]));
  const next = new Map<string, MapCareer[]>();
  for (const t of map.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to || scaleRank(to.scale) <= scaleRank(from.scale)) continue;
    next.set(from.id, [...(next.get(from.id) ?? []), to]);
  }
  const paths: MapCareer[][] = [];
  const walk = (path: MapCareer[]) => {
    const last = path[path.length - 1];
    const onward = last ? (next.get(last.id) ?? []) : [];
    if (onward.length === 0) {
      if (path.length > 1) paths.push(path);
      return;
    }
    for (const step of onward) if (!path.includes(step)) walk([...path, step]);
  };
  // Start only where nothing leads in, so each road is listed once and in full.
  const hasIncoming = new Set([...next.values()].flat().map((c) => c.id));
  for (const career of map.careers) if (next.has(career.id) && !hasIncoming.has(career.id)) walk([career]);
  return paths.sort((a, b) => b.length - a.length || (a[0]?.title ?? '').localeCompare(b[0]?.title ?? ''));
}

function Lanes({ group }: { group: Group }) {
  const headingId = useId();
  return (
    <section className="map-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.label}</h2>
      <div className="lanes">
        {SCALE_IDS.map((scale) => {
          const careers = group.careers.filter((c) => c.scale === scale).sort((a, b) => a.title.localeCompare(b.title));
          return (
            <div key={scale} className={`lane lane-${scale}`}>
              <h3 className="lane-title">
                {scaleName(scale)}
                <span className="visually-hidden"> — {group.label}</span>
              </h3>
              {careers.length > 0 ? (
                <ul className="lane-list">
                  {careers.map((c) => (
                    <li key={c.id}>
                      <Link to={`/careers/${c.id}`}>{c.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="lane-empty">None in the catalog yet</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function TransitionPaths({ map }: { map: CareerMap }) {
  const paths = buildPaths(map);
  return (
    <section aria-labelledby="paths-title" className="panel paths">
      <h2 id="paths-title">Transition paths</h2>
      <p>
        Each path moves one scale wider within a cause the careers share: the experience of one-to-one work becomes the
        ground for running programmes, and both inform policy. Paths can be walked the other way too.
      </p>
      {paths.length === 0 ? (
        <p>No transition paths are recorded yet.</p>
      ) : (
        <ul className="path-list">
          {paths.map((path) => (
            <li key={path.map((c) => c.id).join('>')}>
              <ol
                className="path"
                aria-label={`Path from ${path[0]?.title ?? ''} to ${path[path.length - 1]?.title ?? ''}`}
              >
                {path.map((c, index) => (
                  <li key={c.id}>
                    {index > 0 ? (
                      <span className="path-arrow" aria-hidden="true">
                        →
                      </span>
                    ) : null}
                    <Link to={`/careers/${c.id}`}>{c.title}</Link>
                    <span className="path-scale"> ({c.scale ? scaleName(c.scale) : 'scale not assigned'})</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MapPage() {
  useDocumentTitle('Micro-to-macro map');
  const [searchParams, setSearchParams] = useSearchParams();
  const groupBy: GroupBy = searchParams.get('group') === 'cause' ? 'cause' : 'sector';
  const map = useCareerMap();
  const radioName = useId();

  return (
    <div className="map">
      <h1 tabIndex={-1}>Micro-to-macro map</h1>
      <p className="lead">
        The curated careers laid out by scale of change, from one person at a time to whole systems. Within each group
        the lanes run from micro to macro, so you can see how the same cause is served at every scale.
      </p>
      <dl className="scale-legend">
        {SCALE_IDS.map((scale) => (
          <div key={scale} className={`legend-item lane-${scale}`}>
            <dt>{scaleName(scale)}</dt>
            <dd>{scaleMeaning(scale)}</dd>
          </div>
        ))}
      </dl>
      <fieldset className="segmented">
        <legend>Group careers by</legend>
        {(['sector', 'cause'] as const).map((value) => (
          <div key={value} className="segment">
            <input
              id={`${radioName}-${value}`}
              type="radio"
              name="group"
              value={value}
              checked={groupBy === value}
              onChange={() => setSearchParams(value === 'cause' ? { group: 'cause' } : {}, { replace: true })}
            />
            <label htmlFor={`${radioName}-${value}`}>{value === 'sector' ? 'Sector' : 'Cause area'}</label>
          </div>
        ))}
      </fieldset>
      {map.isPending ? <LoadingMessage label="Loading the map…" /> : null}
      {map.isError ? <ErrorMessage error={map.error} onRetry={() => map.refetch()} /> : null}
      {map.data ? (
        <>
          <div className="map-groups">
            {groupCareers(map.data.careers, groupBy).map((group) => (
              <Lanes key={group.id} group={group} />
            ))}
          </div>
          <TransitionPaths map={map.data} />
        </>
      ) : null}
    </div>
  );
}
