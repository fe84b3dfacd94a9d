import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useRuleSets } from '../api/list-rule-sets.js';
import '../pathways.css';

/** Every licensure rule set, with how many of its requirements no source verified. */
export function RulesPage() {
  useDocumentTitle('Licensure rules');
  const ruleSets = useRuleSets();
  const session = useSession();
  const isAdmin = session.data?.user?.roles.includes('admin') ?? false;
  return (
    <div className="rules-page">
      <h1 tabIndex={-1}>Licensure rules</h1>
      <p className="lead">
        What each state asks for each license: supervised hours, direct client hours, supervision and minimum duration.
        Every figure carries its source and the date it was checked; where no source states one, it says “not verified”.
      </p>
      <p>
        <Link to="/rules/coverage">Coverage: every state and license, and how much of it is verified</Link>
      </p>
      {isAdmin ? (
        <p>
          <Link className="button button-secondary" to="/rules/new">
            Add a rule set
          </Link>
        </p>
      ) : null}
      {ruleSets.isPending ? <LoadingMessage label="Loading rules…" /> : null}
      {ruleSets.isError ? <ErrorMessage error={ruleSets.error} onRetry={() => ruleSets.refetch()} /> : null}
      {ruleSets.data ? (
        <div className="table-scroll">
          <table className="compare-table rules-table">
            <caption>{ruleSets.data.items.length} rule sets</caption>
            <thead>
              <tr>
                <th scope="col">License</th>
                <th scope="col">State</th>
                <th scope="col">Requirements</th>
                <th scope="col">Not verified</th>
                <th scope="col">Version</th>
                <th scope="col">Checked</th>
              </tr>
            </thead>
            <tbody>
              {ruleSets.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/rules/${encodeURIComponent(r.id)}`}>{r.title}</Link>{' '}
                    <span className="link-meta">({r.id})</span>
                  </th>
                  <td>{r.jurisdictionName}</td>
                  <td>{r.requirementCount}</td>
                  <td>{r.unverifiedCount > 0 ? <strong className="not-verified">{r.unverifiedCount}</strong> : 0}</td>
                  <td>{r.version}</td>
                  <td>{r.checkedDate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
