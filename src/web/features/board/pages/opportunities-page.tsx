import { type FormEvent, useEffect, useId, useState } from 'react';
import { ResultsScaffold } from '#web/components/results-scaffold.js';
import { ApiError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useUrlFilters } from '#web/lib/use-url-filters.js';
import { useOpportunitySearch } from '../api/search-opportunities.js';
import { usePlaceSuggestions } from '../api/suggest-places.js';
import {
  type BoardFilters,
  boardFilters,
  countActiveFilters,
  DISTANCE_CHOICES,
  type SortChoice,
} from '../board-filters.js';
import { BoardFiltersPanel } from '../components/board-filters-panel.js';
import { BoardSubnav } from '../components/board-subnav.js';
import { OpportunityCard } from '../components/opportunity-card.js';
import '../board.css';
import { Field } from '#web/components/field.js';

/** "39.74,-104.99" is measured in km; a US place or ZIP code in miles. */
const isCoordinates = (text: string) => /^\s*[-+]?\d{1,3}(\.\d+)?\s*,\s*[-+]?\d{1,3}(\.\d+)?\s*$/.test(text);

function distanceOf(filters: BoardFilters): { value: number; unit: 'mi' | 'km' } {
  if (isCoordinates(filters.near)) return { value: filters.km, unit: 'km' };
  return { value: filters.mi ?? 25, unit: 'mi' };
}

function describeCount(total: number, filters: BoardFilters, nearLabel: string | undefined): string {
  const parts = [`${total.toLocaleString('en-US')} open ${total === 1 ? 'opportunity' : 'opportunities'}`];
  if (filters.q.trim()) parts.push(`for “${filters.q.trim()}”`);
  if (filters.near.trim()) {
    const { value, unit } = distanceOf(filters);
    parts.push(`within ${value} ${unit} of ${nearLabel ?? filters.near.trim()}`);
  }
  const count = countActiveFilters(filters) - (filters.near.trim() ? 1 : 0);
  if (count > 0) parts.push(`with ${count} ${count === 1 ? 'filter' : 'filters'}`);
  return parts.join(' ');
}

const SORT_LABELS: Record<SortChoice, string> = { relevance: 'Best match', date: 'Newest', distance: 'Nearest' };

export function OpportunitiesPage() {
  const { filters, setFilters, hrefFor } = useUrlFilters(boardFilters);
  const search = useOpportunitySearch(filters);
  const ids = useId();
  const [q, setQ] = useState(filters.q);
  const [near, setNear] = useState(filters.near);
  const [distance, setDistance] = useState(String(distanceOf(filters).value));
  const suggestions = usePlaceSuggestions(isCoordinates(near) ? '' : near);
  const unit = isCoordinates(near) ? 'km' : 'mi';
  useDocumentTitle(filters.q ? `“${filters.q}” on the experience board` : 'Experience board');

  // Back/forward changes the URL under the form; the form follows it.
  useEffect(() => {
    setQ(filters.q);
    setNear(filters.near);
    setDistance(String(distanceOf(filters).value));
  }, [filters]);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const hasPlace = near.trim() !== '';
    // A newly named place sorts nearest first; dropping the place drops distance order.
    let sort = filters.sort;
    if (hasPlace && !filters.near.trim()) sort = 'distance';
    if (!hasPlace && sort === 'distance') sort = 'relevance';
    const value = Number(distance) || 25;
    setFilters(unit === 'km' ? { q, near, km: value, mi: null, sort } : { q, near, mi: value, km: 25, sort });
  }

  const nearError =
    search.error instanceof ApiError && search.error.details.some((d) => d.path === 'query.near')
      ? (search.error.details.find((d) => d.path === 'query.near')?.message ?? search.error.message)
      : null;

  return (
    <div className="board">
      <h1 tabIndex={-1}>Experience board</h1>
      <BoardSubnav />
      <p className="lead">
        Volunteer roles, internships, field placements and first jobs with organizations that help people. Search by
        what you want to do and where you are.
      </p>
      <search aria-label="Opportunities">
        <form className="board-search" onSubmit={handleSearch} noValidate>
          <div className="field">
            <label htmlFor={`${ids}-q`}>What</label>
            <input
              id={`${ids}-q`}
              name="q"
              type="search"
              value={q}
              maxLength={200}
              autoComplete="off"
              placeholder="e.g. counselor, tutoring, shelter"
              onChange={(event) => setQ(event.target.value)}
            />
          </div>
          <Field
            label="Near"
            hint="A US city such as “Springfield, IL”, or a ZIP code such as 19107."
            error={nearError ?? undefined}
          >
            {(p) => (
              <>
                <input
                  {...p}
                  name="near"
                  type="text"
                  value={near}
                  maxLength={100}
                  list={`${ids}-places`}
                  autoComplete="off"
                  onChange={(event) => setNear(event.target.value)}
                />
                <datalist id={`${ids}-places`}>
                  {(suggestions.data?.suggestions ?? []).map((label) => (
                    <option key={label} value={label.replace(/ \(.*\)$/, '')}>
                      {label}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <div className="field">
            <label htmlFor={`${ids}-km`}>Within</label>
            <select id={`${ids}-km`} name={unit} value={distance} onChange={(event) => setDistance(event.target.value)}>
              {DISTANCE_CHOICES.map((d) => (
                <option key={d} value={d}>
                  {d} {unit === 'mi' ? 'miles' : 'km'}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              Search
            </button>
          </div>
        </form>
      </search>
      <div className="atlas-layout">
        <BoardFiltersPanel filters={filters} onChange={(next) => setFilters(next)} />
        <ResultsScaffold
          id="board-results"
          className="atlas-results"
          title="Results"
          query={search}
          labels={{
            loading: 'Loading opportunities…',
            failed: 'The opportunities could not be loaded.',
            // The last results stay on screen while new ones load; the count waits for the new ones.
            searching: 'Searching…',
            describe: (data) => describeCount(data.total, filters, search.data?.near?.label),
          }}
          page={filters.page}
          pageHref={(page) => hrefFor({ page })}
          toolbar={
            <div className="board-sort">
              <label htmlFor={`${ids}-sort`}>Sort by</label>
              <select
                id={`${ids}-sort`}
                value={filters.sort}
                onChange={(event) => setFilters({ sort: event.target.value as SortChoice })}
              >
                {(['relevance', 'date', 'distance'] as const)
                  .filter((s) => s !== 'distance' || filters.near.trim())
                  .map((s) => (
                    <option key={s} value={s}>
                      {SORT_LABELS[s]}
                    </option>
                  ))}
              </select>
            </div>
          }
          error={
            nearError ? (
              <div role="alert" className="notice notice-error">
                <p>That place could not be found: {nearError}</p>
              </div>
            ) : undefined
          }
          empty={
            <>
              <p>No open opportunities match this search.</p>
              <ul>
                {countActiveFilters(filters) > 0 ? <li>Remove a filter or widen the distance.</li> : null}
                {filters.q ? <li>Try a broader word: “counsel” also finds counselor and counseling.</li> : null}
              </ul>
            </>
          }
        >
          {(opportunities, listProps) => (
            <ul className="opportunity-list" {...listProps}>
              {opportunities.map((opportunity) => (
                <li key={opportunity.id}>
                  <OpportunityCard opportunity={opportunity} unit={search.data?.near?.unit ?? 'km'} />
                </li>
              ))}
            </ul>
          )}
        </ResultsScaffold>
      </div>
    </div>
  );
}
