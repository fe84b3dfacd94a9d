import { Link } from 'react-router';
import {
  LICENSE_FAMILIES,
  LICENSE_FAMILY_LABELS,
  type LicenseFamily,
  SOURCE_KIND_LABELS,
} from '#contracts/licensure.js';
import type { CoverageRow, RulesCoverage } from '#contracts/licensure-api.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useRulesCoverage } from '../api/get-rules-coverage.js';
import '../pathways.css';
import { countWords } from '#domain/count-words.js';

interface StateRow {
  jurisdiction: string;
  name: string;
  byFamily: Partial<Record<LicenseFamily, CoverageRow[]>>;
}

function byState(coverage: RulesCoverage): StateRow[] {
  const states = new Map<string, StateRow>();
  for (const row of coverage.rows) {
    const state = states.get(row.jurisdiction) ?? {
      jurisdiction: row.jurisdiction,
      name: row.jurisdictionName,
      byFamily: {},
    };
    if (row.family !== null) {
      const list = state.byFamily[row.family] ?? [];
      list.push(row);
      state.byFamily[row.family] = list;
    }
    states.set(row.jurisdiction, state);
  }
  return [...states.values()];
}

function Cell({ rows }: { rows: CoverageRow[] | undefined }) {
  if (!rows || rows.length === 0) return <td>No rules</td>;
  return (
    <td>
      {rows.map((r) => (
        <div key={r.ruleSetId}>
          <Link to={`/rules/${encodeURIComponent(r.ruleSetId)}`}>{r.license}</Link>{' '}
          <span>
            {r.verified} of {r.requirements} verified
          </span>
          {r.notVerified > 0 ? <span className="visually-hidden">, {r.notVerified} not verified</span> : null}
        </div>
      ))}
    </td>
  );
}

/** Which states and licenses have rules, and how many requirements a source verifies. */
export function CoveragePage() {
  useDocumentTitle('Licensure rules coverage');
  const coverage = useRulesCoverage();
  const data = coverage.data;
  return (
    <div className="rules-page">
      <h1 tabIndex={-1}>Licensure rules coverage</h1>
      <p className="lead">
        For every state and the District of Columbia, the four licenses that need supervised hours: how many of each
        rule set’s requirements a source verifies. A requirement is verified by a statute, administrative code, the
        board or a national body, or by two independent third-party guides that agree; the rest are shown as “not
        verified”.
      </p>
      <p>
        <Link to="/rules">All rule sets as a list</Link>
      </p>
      {coverage.isPending ? <LoadingMessage label="Loading coverage…" /> : null}
      {coverage.isError ? <ErrorMessage error={coverage.error} onRetry={() => coverage.refetch()} /> : null}
      {data ? (
        <>
          <section aria-labelledby="coverage-summary">
            <h2 id="coverage-summary">In short</h2>
            <p>
              {countWords(data.ruleSets, 'rule set')} in {countWords(data.jurisdictions, 'jurisdiction')} hold
              {data.ruleSets === 1 ? 's' : ''} {countWords(data.requirements, 'requirement')}; {data.verified}{' '}
              {data.verified === 1 ? 'is' : 'are'} verified (
              {Math.round((data.verified / Math.max(1, data.requirements)) * 100)}%), and {data.officialSources} rest on
              official text.
            </p>
            <ul>
              {Object.entries(data.bySourceKind).map(([kind, n]) => (
                <li key={kind}>
                  {SOURCE_KIND_LABELS[kind as keyof typeof SOURCE_KIND_LABELS]}: cited by {countWords(n, 'requirement')}
                </li>
              ))}
            </ul>
          </section>
          <div className="table-scroll">
            <table className="compare-table rules-table">
              <caption>Verified requirements per state and license</caption>
              <thead>
                <tr>
                  <th scope="col">State</th>
                  {LICENSE_FAMILIES.map((f) => (
                    <th key={f} scope="col">
                      {LICENSE_FAMILY_LABELS[f]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {byState(data).map((s) => (
                  <tr key={s.jurisdiction}>
                    <th scope="row">{s.name}</th>
                    {LICENSE_FAMILIES.map((f) => (
                      <Cell key={f} rows={s.byFamily[f]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
