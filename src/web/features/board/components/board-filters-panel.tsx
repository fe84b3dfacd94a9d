import { useId, useState } from 'react';
import { OPPORTUNITY_KIND_LABELS, OPPORTUNITY_KINDS } from '#contracts/board.js';
import { CAUSE_IDS, CAUSE_LABELS } from '#contracts/vocabulary.js';
import { useCareerOptions } from '../api/list-career-options.js';
import { type BoardFilters, countActiveFilters, type RemoteChoice } from '../board-filters.js';

interface BoardFiltersPanelProps {
  filters: BoardFilters;
  onChange: (next: BoardFilters) => void;
}

function toggle<T>(list: readonly T[], item: T, isOn: boolean, order: readonly T[]): T[] {
  const next = isOn ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

const REMOTE_LABELS: Record<RemoteChoice, string> = { only: 'Remote only', exclude: 'In person only' };
const HOUR_CHOICES = [2, 5, 10, 20, 40];

/** Every control applies at once and writes the URL, so the back button undoes a filter. */
export function BoardFiltersPanel({ filters, onChange }: BoardFiltersPanelProps) {
  const ids = useId();
  const careers = useCareerOptions();
  const [isOpenOnSmall, setIsOpenOnSmall] = useState(false);
  const active = countActiveFilters(filters);
  const update = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const bodyId = `${ids}-body`;

  return (
    <section className="filters" aria-labelledby={`${ids}-title`}>
      <div className="filters-header">
        <h2 id={`${ids}-title`} className="filters-title">
          Filters {active > 0 ? <span className="filter-count">({active} on)</span> : null}
        </h2>
        <button
          type="button"
          className="button button-secondary button-small filters-toggle"
          aria-expanded={isOpenOnSmall}
          aria-controls={bodyId}
          onClick={() => setIsOpenOnSmall((open) => !open)}
        >
          {isOpenOnSmall ? 'Hide filters' : 'Show filters'}
        </button>
      </div>
      <div id={bodyId} className={isOpenOnSmall ? 'filters-body is-open' : 'filters-body'}>
        <a className="skip-inline" href="#board-results">
          Skip to results
        </a>
        <fieldset className="filter-group">
          <legend>Kind</legend>
          {OPPORTUNITY_KINDS.map((kind) => (
            <div className="choice" key={kind}>
              <input
                id={`${ids}-kind-${kind}`}
                type="checkbox"
                checked={filters.kind.includes(kind)}
                onChange={(event) =>
                  update({ kind: toggle(filters.kind, kind, event.target.checked, OPPORTUNITY_KINDS) })
                }
              />
              <label htmlFor={`${ids}-kind-${kind}`}>{OPPORTUNITY_KIND_LABELS[kind]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="filter-group">
          <legend>Field experience</legend>
          <div className="choice">
            <input
              id={`${ids}-placement`}
              type="checkbox"
              checked={filters.isPlacement}
              onChange={(event) => update({ isPlacement: event.target.checked })}
            />
            <label htmlFor={`${ids}-placement`}>Can count as supervised field experience</label>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-remote`}>Remote or in person</label>
          <select
            id={`${ids}-remote`}
            value={filters.remote ?? ''}
            onChange={(event) => update({ remote: (event.target.value || null) as RemoteChoice | null })}
          >
            <option value="">Either</option>
            <option value="only">{REMOTE_LABELS.only}</option>
            <option value="exclude">{REMOTE_LABELS.exclude}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-hours`}>Hours per week</label>
          <select
            id={`${ids}-hours`}
            value={filters.maxHours ?? ''}
            onChange={(event) => update({ maxHours: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">Any</option>
            {HOUR_CHOICES.map((h) => (
              <option key={h} value={h}>
                {h} or fewer
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-career`}>Prepares for</label>
          <select
            id={`${ids}-career`}
            value={filters.career ?? ''}
            onChange={(event) => update({ career: event.target.value || null })}
          >
            <option value="">Any career</option>
            {(careers.data ?? []).map((career) => (
              <option key={career.id} value={career.id}>
                {career.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filter-group">
          <legend>Cause area</legend>
          {CAUSE_IDS.map((cause) => (
            <div className="choice" key={cause}>
              <input
                id={`${ids}-cause-${cause}`}
                type="checkbox"
                checked={filters.cause.includes(cause)}
                onChange={(event) => update({ cause: toggle(filters.cause, cause, event.target.checked, CAUSE_IDS) })}
              />
              <label htmlFor={`${ids}-cause-${cause}`}>{CAUSE_LABELS[cause]}</label>
            </div>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
