import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CareerMap } from '#contracts/careers.js';
import { CAUSE_IDS, CAUSE_LABELS, SCALE_IDS, type ScaleId, SECTOR_IDS, SECTOR_LABELS } from '#contracts/vocabulary.js';
import { emptyCellReason, layoutCareerMap, MAP_GEOMETRY, mapCells } from '#domain/atlas/career-map.js';
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
  /** For a sector: why a scale has no career (written down, ADR 0031); causes are not cells and have none. */
  emptyReason: (scale: ScaleId) => string | null;
}

function groupCareers(careers: MapCareer[], groupBy: GroupBy): Group[] {
  const groups: Group[] =
    groupBy === 'sector'
      ? SECTOR_IDS.map((id) => ({
          id,
          label: SECTOR_LABELS[id],
          careers: careers.filter((c) => c.sector === id),
          emptyReason: (scale: ScaleId) => emptyCellReason(id, scale),
        }))
      : CAUSE_IDS.map((id) => ({
          id,
          label: CAUSE_LABELS[id],
          careers: careers.filter((c) => c.causes.includes(id)),
          emptyReason: () => null,
        }));
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
      <h3 id={headingId}>{group.label}</h3>
      <div className="lanes">
        {SCALE_IDS.map((scale) => {
          const careers = group.careers.filter((c) => c.scale === scale).sort((a, b) => a.title.localeCompare(b.title));
          return (
            <div key={scale} className={`lane lane-${scale}`}>
              <h4 className="lane-title">
                {scaleName(scale)}
                <span className="visually-hidden"> — {group.label}</span>
              </h4>
              {careers.length > 0 ? (
                <ul className="lane-list">
                  {careers.map((c) => (
                    <li key={c.id}>
                      <Link to={`/careers/${c.id}`}>{c.title}</Link>
                      {c.curated ? null : <span className="lane-onet"> (O*NET occupation)</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="lane-empty">{group.emptyReason(scale) ?? 'No career at this scale here yet'}</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

const ARROW_ID = 'career-map-arrow';

/**
 * The map as a picture: scales as columns, sectors as rows, careers as boxes linking to their pages, transition
 * paths as arrows. The boxes are links (keyboard and screen reader reach them); the arrows are drawn only, and
 * the same paths are listed in words under "Transition paths". Fixed size: on a phone the picture scrolls
 * sideways inside its own labelled region instead of shrinking its text.
 */
function MapPicture({ map }: { map: CareerMap }) {
  const layout = layoutCareerMap(map.careers, map.transitions);
  return (
    <section aria-labelledby="map-picture-title" className="panel map-picture">
      <h2 id="map-picture-title">The map as a picture</h2>
      <p id="map-picture-help">
        Columns run from micro to macro, one row per sector. Each box is a career (a dashed box is an O*NET occupation
        Vocare placed where no curated career stands yet); each arrow is a transition path one scale wider. The same
        careers and paths are listed in words below the picture.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard */}
      <section className="map-scroll" aria-label="Map picture, scrolls sideways" tabIndex={0}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG picture cannot be a fieldset; the group names it */}
        <svg
          className="career-map"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby="map-picture-title"
          aria-describedby="map-picture-help"
        >
          <defs>
            <marker id={ARROW_ID} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0 0 L10 5 L0 10 z" className="map-arrowhead" />
            </marker>
          </defs>
          {layout.rows.map((row, index) => (
            <g key={row.sector} className={index % 2 === 0 ? 'map-row map-row-even' : 'map-row'}>
              <rect x={0} y={row.y} width={layout.width} height={row.height} />
              <text x={8} y={row.y + 24} className="map-row-label">
                {row.lines.map((line, i) => (
                  <tspan key={line} x={8} dy={i === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          {layout.columns.map((column) => (
            <g key={column.scale} className={`lane-${column.scale}`}>
              <line x1={column.x} x2={column.x} y1={0} y2={layout.height} className="map-column-rule" />
              <text
                x={column.x + column.width / 2}
                y={MAP_GEOMETRY.headerHeight / 2 + 6}
                textAnchor="middle"
                className="map-column-title"
              >
                {scaleName(column.scale)}
              </text>
            </g>
          ))}
          <g className="map-edges">
            {layout.edges.map((edge) => (
              <path key={`${edge.from}>${edge.to}`} d={edge.d} markerEnd={`url(#${ARROW_ID})`} />
            ))}
          </g>
          <g className="map-empty">
            {layout.empty.map((cell) => (
              <g key={`${cell.sector}/${cell.scale}`}>
                <rect x={cell.x} y={cell.y} width={cell.width} height={cell.height} rx={6} />
                <text x={cell.x + cell.width / 2} y={cell.y + cell.height / 2 + 4} textAnchor="middle">
                  {emptyCellReason(cell.sector, cell.scale) ? 'no career here: why, below' : 'none yet'}
                </text>
              </g>
            ))}
          </g>
          {layout.nodes.map((node) => (
            <a
              key={node.id}
              href={`/careers/${node.id}`}
              className={`map-node lane-${node.scale}${node.curated ? '' : ' map-node-onet'}`}
              aria-label={`${node.title}: ${node.scale ? scaleName(node.scale) : ''}, ${node.sector ? SECTOR_LABELS[node.sector] : ''}${node.curated ? '' : ', O*NET occupation'}`}
            >
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
              <text x={node.x + 10} y={node.y + 8 + 12}>
                {node.lines.map((line, i) => (
                  <tspan key={line} x={node.x + 10} dy={i === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          ))}
        </svg>
      </section>
    </section>
  );
}

function PlacementNotes({ map }: { map: CareerMap }) {
  const placed = map.careers.filter((c) => !c.curated && c.placement);
  const emptyCells = mapCells(map.careers).filter((cell) => cell.careers.length === 0);
  const cellCount = SECTOR_IDS.length * SCALE_IDS.length;
  return (
    <section aria-labelledby="placement-title" className="panel placement-notes">
      <h2 id="placement-title">How the cells are filled</h2>
      <p>
        Curated careers stand at the place Vocare gave them. Where no curated career works at a scale in a sector, an
        O*NET occupation stands in if its own title says it works at that scale; its figures are O*NET's and the BLS's,
        as on its page.{' '}
        {emptyCells.length === 0
          ? `Every one of the ${cellCount} cells holds at least one career.`
          : `${emptyCells.length} of ${cellCount} ${emptyCells.length === 1 ? 'cell has' : 'cells have'} no career.`}
      </p>
      {placed.length > 0 ? (
        <ul>
          {placed.map((c) => (
            <li key={c.id}>
              <Link to={`/careers/${c.id}`}>{c.title}</Link>: {c.placement}
            </li>
          ))}
        </ul>
      ) : null}
      {emptyCells.length > 0 ? (
        <>
          <h3>Cells with no career</h3>
          <ul>
            {emptyCells.map((cell) => (
              <li key={`${cell.sector}/${cell.scale}`}>
                {SECTOR_LABELS[cell.sector]}, {scaleName(cell.scale)}:{' '}
                {emptyCellReason(cell.sector, cell.scale) ?? 'Vocare has not found a career for this cell yet.'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
      {map.isPending ? <LoadingMessage label="Loading the map…" /> : null}
      {map.isError ? <ErrorMessage error={map.error} onRetry={() => map.refetch()} /> : null}
      {map.data ? (
        <>
          <MapPicture map={map.data} />
          <section aria-labelledby="map-words-title" className="map-words">
            <h2 id="map-words-title">The map in words</h2>
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
            <div className="map-groups">
              {groupCareers(map.data.careers, groupBy).map((group) => (
                <Lanes key={group.id} group={group} />
              ))}
            </div>
          </section>
          <TransitionPaths map={map.data} />
          <PlacementNotes map={map.data} />
        </>
      ) : null}
    </div>
  );
}
