import { useId, useState } from 'react';
import {
  CAUSE_IDS,
  CAUSE_LABELS,
  EDUCATION_IDS,
  EDUCATION_LABELS,
  SCALE_IDS,
  SECTOR_IDS,
  SECTOR_LABELS,
} from '#contracts/vocabulary.js';
import { type AtlasFilters, countActiveFilters, LICENSE_FILTERS, type LicenseFilter } from '../atlas-filters.js';
import { scaleMeaning, scaleName } from './career-labels.js';

interface FiltersPanelProps {
  filters: AtlasFilters;
  onChange: (next: AtlasFilters) => void;
}

function toggle<T>(list: readonly T[], item: T, isOn: boolean): T[] {
  return isOn ? [...list, item] : list.filter((x) => x !== item);
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  name: string;
  ids: readonly T[];
  selected: readonly T[];
  labelOf: (id: T) => string;
  hintOf?: (id: T) => string;
  onToggle: (id: T, isOn: boolean) => void;
}

function CheckboxGroup<T extends string>({
  legend,
  name,
  ids,
  selected,
  labelOf,
  hintOf,
  onToggle,
}: CheckboxGroupProps<T>) {
  const groupId = useId();
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {ids.map((id) => {
        const inputId = `${groupId}-${id}`;
        return (
          <div className="choice" key={id}>
            <input
              id={inputId}
              type="checkbox"
              name={name}
              value={id}
              checked={selected.includes(id)}
              onChange={(event) => onToggle(id, event.target.checked)}
            />
            <label htmlFor={inputId}>
              {labelOf(id)}
              {hintOf ? <span className="choice-hint"> {hintOf(id)}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

const LICENSE_LABELS: Record<LicenseFilter, string> = {
  required: 'License required',
  'not-required': 'No license required',
};

/**
 * Every control applies at once and writes the URL, so there is no "apply" step to forget
 * and the browser's back button undoes a filter.
 */
export function AtlasFiltersPanel({ filters, onChange }: FiltersPanelProps) {
  const ids = useId();
  const [isOpenOnSmall, setIsOpenOnSmall] = useState(false);
  const active = countActiveFilters(filters);
  const update = (patch: Partial<AtlasFilters>) => onChange({ ...filters, ...patch, page: 1 });
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
        <a className="skip-inline" href="#atlas-results">
          Skip to results
        </a>
        <CheckboxGroup
          legend="Scale of change"
          name="scale"
          ids={SCALE_IDS}
          selected={filters.scale}
          labelOf={scaleName}
          hintOf={(id) => `(${scaleMeaning(id)})`}
          onToggle={(id, isOn) =>
            update({ scale: SCALE_IDS.filter((s) => toggle(filters.scale, id, isOn).includes(s)) })
          }
        />
        <CheckboxGroup
          legend="Sector"
          name="sector"
          ids={SECTOR_IDS}
          selected={filters.sector}
          labelOf={(id) => SECTOR_LABELS[id]}
          onToggle={(id, isOn) =>
            update({ sector: SECTOR_IDS.filter((s) => toggle(filters.sector, id, isOn).includes(s)) })
          }
        />
        <CheckboxGroup
          legend="Cause area"
          name="cause"
          ids={CAUSE_IDS}
          selected={filters.cause}
          labelOf={(id) => CAUSE_LABELS[id]}
          onToggle={(id, isOn) =>
            update({ cause: CAUSE_IDS.filter((c) => toggle(filters.cause, id, isOn).includes(c)) })
          }
        />
        <div className="field filter-group">
          <label htmlFor={`${ids}-education`}>Highest education you would complete</label>
          <p id={`${ids}-education-hint`} className="field-hint">
            Shows careers whose minimum education is at this level or below.
          </p>
          <select
            id={`${ids}-education`}
            name="education"
            aria-describedby={`${ids}-education-hint`}
            value={filters.education ?? ''}
            onChange={(event) => update({ education: EDUCATION_IDS.find((id) => id === event.target.value) ?? null })}
          >
            <option value="">Any level</option>
            {EDUCATION_IDS.map((id) => (
              <option key={id} value={id}>
                {EDUCATION_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filter-group">
          <legend>License</legend>
          {[null, ...LICENSE_FILTERS].map((value) => {
            const inputId = `${ids}-license-${value ?? 'any'}`;
            return (
              <div className="choice" key={value ?? 'any'}>
                <input
                  id={inputId}
                  type="radio"
                  name="license"
                  value={value ?? ''}
                  checked={filters.license === value}
                  onChange={() => update({ license: value })}
                />
                <label htmlFor={inputId}>{value ? LICENSE_LABELS[value] : 'Either'}</label>
              </div>
            );
          })}
        </fieldset>
        <fieldset className="filter-group">
          <legend>Catalog</legend>
          <div className="choice">
            <input
              id={`${ids}-all`}
              type="checkbox"
              name="curated"
              value="all"
              checked={filters.includeAll}
              aria-describedby={`${ids}-all-hint`}
              onChange={(event) => update({ includeAll: event.target.checked })}
            />
            <label htmlFor={`${ids}-all`}>Include all O*NET occupations</label>
            <p id={`${ids}-all-hint`} className="choice-description">
              Adds about 1,000 occupations from O*NET that Vocare has not curated. Most have no scale, sector or cause
              yet, so those filters skip them.
            </p>
          </div>
        </fieldset>
        {active > 0 ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              onChange({
                ...filters,
                sector: [],
                scale: [],
                cause: [],
                education: null,
                license: null,
                includeAll: false,
                page: 1,
              })
            }
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  );
}
