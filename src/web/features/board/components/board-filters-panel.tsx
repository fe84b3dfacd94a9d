import { useId } from 'react';
import { OPPORTUNITY_KIND_LABELS, OPPORTUNITY_KINDS } from '#contracts/board.js';
import { CAUSE_IDS, CAUSE_LABELS } from '#contracts/vocabulary.js';
import { FilterCheckboxes, FilterPanel } from '#web/components/filter-panel.js';
import { useCareerOptions } from '../api/list-career-options.js';
import { type BoardFilters, countActiveFilters, type RemoteChoice } from '../board-filters.js';

interface BoardFiltersPanelProps {
  filters: BoardFilters;
  onChange: (next: BoardFilters) => void;
}

const REMOTE_LABELS: Record<RemoteChoice, string> = { only: 'Remote only', exclude: 'In person only' };
const HOUR_CHOICES = [2, 5, 10, 20, 40];

/** Every control applies at once and writes the URL, so the back button undoes a filter. */
export function BoardFiltersPanel({ filters, onChange }: BoardFiltersPanelProps) {
  const ids = useId();
  const careers = useCareerOptions();
  const active = countActiveFilters(filters);
  const update = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch, page: 1 });

  return (
    <FilterPanel activeCount={active} resultsId="board-results">
      <FilterCheckboxes
        legend="Kind"
        name="kind"
        ids={OPPORTUNITY_KINDS}
        selected={filters.kind}
        labelOf={(kind) => OPPORTUNITY_KIND_LABELS[kind]}
        onChange={(kind) => update({ kind })}
      />
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
      <FilterCheckboxes
        legend="Cause area"
        name="cause"
        ids={CAUSE_IDS}
        selected={filters.cause}
        labelOf={(cause) => CAUSE_LABELS[cause]}
        onChange={(cause) => update({ cause })}
      />
    </FilterPanel>
  );
}
