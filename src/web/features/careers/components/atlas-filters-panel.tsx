import { useId } from 'react';
import {
  CAUSE_IDS,
  CAUSE_LABELS,
  EDUCATION_IDS,
  EDUCATION_LABELS,
  SCALE_IDS,
  SECTOR_IDS,
  SECTOR_LABELS,
} from '#contracts/vocabulary.js';
import { FilterCheckboxes, FilterPanel } from '#web/components/filter-panel.js';
import { type AtlasFilters, countActiveFilters, LICENSE_FILTERS, type LicenseFilter } from '../atlas-filters.js';
import { scaleMeaning, scaleName } from './career-labels.js';

interface FiltersPanelProps {
  filters: AtlasFilters;
  onChange: (next: AtlasFilters) => void;
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
  const active = countActiveFilters(filters);
  const update = (patch: Partial<AtlasFilters>) => onChange({ ...filters, ...patch, page: 1 });

  return (
    <FilterPanel activeCount={active} resultsId="atlas-results">
      <FilterCheckboxes
        legend="Scale of change"
        name="scale"
        ids={SCALE_IDS}
        selected={filters.scale}
        labelOf={scaleName}
        hintOf={(id) => `(${scaleMeaning(id)})`}
        onChange={(scale) => update({ scale })}
      />
      <FilterCheckboxes
        legend="Sector"
        name="sector"
        ids={SECTOR_IDS}
        selected={filters.sector}
        labelOf={(id) => SECTOR_LABELS[id]}
        onChange={(sector) => update({ sector })}
      />
      <FilterCheckboxes
        legend="Cause area"
        name="cause"
        ids={CAUSE_IDS}
        selected={filters.cause}
        labelOf={(id) => CAUSE_LABELS[id]}
        onChange={(cause) => update({ cause })}
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
    </FilterPanel>
  );
}
