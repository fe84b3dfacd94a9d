import { Link } from 'react-router';
import { ResultsScaffold } from '#web/components/results-scaffold.js';
import { SearchBox } from '#web/components/search-box.js';
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
  useDocumentTitle(filters.q ? `“${filters.q}” in the career atlas` : 'Career atlas');

  return (
    <div className="atlas">
      <h1 tabIndex={-1}>Career atlas</h1>
      <p className="lead">
        Helping careers from one-to-one care to changing whole systems. Search by name or idea, then narrow by scale,
        sector, cause, education and licensing.
      </p>
      <SearchBox
        landmark="Career atlas"
        label="Search careers"
        placeholder="e.g. counsel, nurse, policy"
        value={filters.q}
        onSearch={(q) => setFilters({ q })}
      />
      <div className="atlas-layout">
        <AtlasFiltersPanel filters={filters} onChange={(next) => setFilters(next)} />
        <ResultsScaffold
          id="atlas-results"
          className="atlas-results"
          title="Results"
          query={list}
          labels={{
            loading: 'Loading careers…',
            failed: 'The careers could not be loaded.',
            describe: (data) => describeCount(data.total, filters),
          }}
          page={filters.page}
          pageHref={(page) => hrefFor({ page })}
          aside={<CompareTray />}
          empty={
            <>
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
            </>
          }
        >
          {(careers, listProps) => (
            <ul className="career-grid" {...listProps}>
              {careers.map((career) => (
                <li key={career.id}>
                  <CareerCard career={career} />
                </li>
              ))}
            </ul>
          )}
        </ResultsScaffold>
      </div>
    </div>
  );
}
