import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '#web/components/query-status.js';
import { ResultPagination } from '#web/components/result-pagination.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useUrlFilters } from '#web/lib/use-url-filters.js';
import { useCareerList } from '../api/list-careers.js';
import { type AtlasFilters, atlasFilters, countActiveFilters } from '../atlas-filters.js';
import { AtlasFiltersPanel } from '../components/atlas-filters-panel.js';
import { CareerCard } from '../components/career-card.js';
import { CompareTray } from '../components/compare-tray.js';

function describeCount(total: number, filters: AtlasFilters): string {
  const noun = total === 1 ? 'career' : 'careers';
  const q = filters.q.trim();
  const filterCount = countActiveFilters(filters);
  const parts = [`${total.toLocaleString('en-US')} ${noun} found`];
  if (q) parts.push(`for “${q}”`);
  if (filterCount > 0) parts.push(`with ${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}`);
  return parts.join(' ');
}

export function AtlasPage() {
  const { filters, setFilters, hrefFor } = useUrlFilters(atlasFilters);
  const list = useCareerList(filters);
  const searchId = useId();
  const [query, setQuery] = useState(filters.q);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const wantsResultsFocus = useRef(false);
  useDocumentTitle(filters.q ? `“${filters.q}” in the career atlas` : 'Career atlas');

  // Back/forward changes the URL under the search box; the box follows it.
  useEffect(() => setQuery(filters.q), [filters.q]);

  // After choosing another page of results, start reading at the top of the new page.
  useEffect(() => {
    if (wantsResultsFocus.current && !list.isPlaceholderData && list.data) {
      wantsResultsFocus.current = false;
      resultsHeadingRef.current?.focus();
    }
  }, [list.isPlaceholderData, list.data]);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters({ q: query });
  }

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const pageHref = (page: number) => hrefFor({ page });
  let status = 'Loading careers…';
  if (list.isError) status = 'The careers could not be loaded.';
  else if (data) status = describeCount(data.total, filters);

  return (
    <div className="atlas">
      <h1 tabIndex={-1}>Career atlas</h1>
      <p className="lead">
        Helping careers from one-to-one care to changing whole systems. Search by name or idea, then narrow by scale,
        sector, cause, education and licensing.
      </p>
      <search aria-label="Career atlas">
        <form className="search-form" onSubmit={handleSearch}>
          <label htmlFor={searchId}>Search careers</label>
          <div className="search-row">
            <input
              id={searchId}
              name="q"
              type="search"
              value={query}
              maxLength={200}
              autoComplete="off"
              placeholder="e.g. counsel, nurse, policy"
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" className="button">
              Search
            </button>
          </div>
        </form>
      </search>
      <div className="atlas-layout">
        <AtlasFiltersPanel filters={filters} onChange={(next) => setFilters(next)} />
        <section className="atlas-results" id="atlas-results" tabIndex={-1} aria-labelledby="atlas-results-title">
          <div className="results-header">
            <h2 id="atlas-results-title" ref={resultsHeadingRef} tabIndex={-1}>
              Results
            </h2>
            <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
              {status}
            </p>
          </div>
          <CompareTray />
          {list.isError ? <ErrorMessage error={list.error} onRetry={() => list.refetch()} /> : null}
          {data && data.items.length === 0 ? (
            <div className="empty-state">
              <p>No careers match this search and these filters.</p>
              <ul>
                {countActiveFilters(filters) > 0 ? <li>Remove a filter or two.</li> : null}
                {filters.q ? <li>Try a shorter word: “counsel” finds counselor and counseling.</li> : null}
                {filters.includeAll ? null : (
                  <li>
                    <Link to={hrefFor({ includeAll: true })}>Include all O*NET occupations</Link>.
                  </li>
                )}
              </ul>
            </div>
          ) : null}
          {data && data.items.length > 0 ? (
            <ul className="career-grid" aria-busy={list.isPlaceholderData} aria-labelledby="atlas-results-title">
              {data.items.map((career) => (
                <li key={career.id}>
                  <CareerCard career={career} />
                </li>
              ))}
            </ul>
          ) : null}
          {data ? (
            <ResultPagination
              page={filters.page}
              pageCount={pageCount}
              pageHref={pageHref}
              onNavigate={() => {
                wantsResultsFocus.current = true;
              }}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}
