import { Link, useParams, useSearchParams } from 'react-router';
import { type Requirement, type RuleSource, SOURCE_KIND_LABELS } from '#contracts/licensure.js';
import type { RuleSetDetail } from '#contracts/licensure-api.js';
import { describeEffectivePeriod } from '#domain/licensure/rule-set-versions.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ScrollTable } from '#web/components/scroll-table.js';
import { ApiError } from '#web/lib/api-client.js';
import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useRuleSet } from '../api/get-rule-set.js';
import { REQUIREMENT_KIND_LABELS } from '../rule-set-draft.js';
import '../pathways.css';
import { countWords } from '#domain/count-words.js';
import { formatDate } from '#web/lib/format-date.js';

function target(req: Requirement): string {
  if (!req.verified) return 'Not verified';
  const value = 'hours' in req ? req.hours : 'months' in req ? req.months : undefined;
  const n = (value ?? 0).toLocaleString('en-US');
  switch (req.kind) {
    case 'min-duration':
      return `At least ${n} months`;
    case 'window':
      return `Hours within ${n} months`;
    case 'max-hours-per-week':
      return `At most ${n} hours a week count`;
    case 'max-hours-per-year':
      return `At most ${n} hours a year count (${req.period === 'calendar-year' ? 'calendar year' : 'each twelve months of the experience'})`;
    case 'supervision-ratio':
      return `1 hour of supervision per ${n} hours of ${req.basis === 'direct' ? 'direct client contact' : 'practice'}${req.period === 'overall' ? '' : `, each ${req.period}`}`;
    case 'pre-degree-hours':
      return req.hours === 0 ? 'No pre-degree hours count' : `At most ${n} pre-degree hours count`;
    case 'supervisor-credential':
      return `Held by the supervisor on the date of each hour: ${req.credential ?? ''}${req.categories ? ` (${req.categories.join(', ')} hours)` : ''}`;
    case 'category-hours':
      return `${n} hours (${req.categories.join(', ')})`;
    case 'supervision-hours':
      return req.groupCap === undefined ? `${n} hours` : `${n} hours; at most ${req.groupCap} group hours count`;
    default:
      return `${n} hours`;
  }
}

function SourceList({ sources }: { sources: readonly RuleSource[] }) {
  return (
    <ul className="source-list">
      {sources.map((src) => (
        <li key={`${src.url} ${src.quote}`}>
          <a href={src.url} rel="noreferrer noopener" target="_blank">
            {src.title}
          </a>{' '}
          <span className="link-meta">
            ({SOURCE_KIND_LABELS[src.kind]}; read {formatDate(src.readOn)}
            {src.effectiveDate ? `; in effect from ${formatDate(src.effectiveDate)}` : ''})
          </span>
          <blockquote>{src.quote}</blockquote>
        </li>
      ))}
    </ul>
  );
}

function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="badge badge-verified">Verified</span>
  ) : (
    <strong className="badge not-verified">Not verified</strong>
  );
}

function RequirementSources({ requirements }: { requirements: readonly Requirement[] }) {
  return (
    <section aria-labelledby="rule-sources">
      <h2 id="rule-sources">Where each figure comes from</h2>
      {requirements.map((q) => (
        <section key={q.id} aria-labelledby={`source-${q.id}`}>
          <h3 id={`source-${q.id}`}>
            {q.label}: {target(q)} <VerifiedBadge verified={q.verified} />
          </h3>
          {q.note ? <p>{q.note}</p> : null}
          {q.sources && q.sources.length > 0 ? (
            <SourceList sources={q.sources} />
          ) : (
            <p>No source read states this figure. Ask the board.</p>
          )}
        </section>
      ))}
    </section>
  );
}

/** Either-or groups: one option is enough; each option lists the requirements it needs, by label. */
function Alternatives({ ruleSet }: { ruleSet: RuleSetDetail['ruleSet'] }) {
  const alternatives = ruleSet.alternatives ?? [];
  if (alternatives.length === 0) return null;
  const labelOf = (id: string) => ruleSet.requirements.find((q) => q.id === id)?.label ?? id;
  return (
    <section aria-labelledby="rule-alternatives">
      <h2 id="rule-alternatives">Either-or requirements</h2>
      {alternatives.map((alt) => (
        <div key={alt.id}>
          <h3>{alt.label}</h3>
          <p>Any one of these options is enough; a requirement inside an option is not needed on its own.</p>
          <ul>
            {alt.options.map((o) => (
              <li key={o.label}>
                <strong>{o.label}</strong>: {o.requirementIds.map(labelOf).join(', ')}
              </li>
            ))}
          </ul>
          {alt.note ? <p>{alt.note}</p> : null}
          {alt.sources && alt.sources.length > 0 ? <SourceList sources={alt.sources} /> : null}
        </div>
      ))}
    </section>
  );
}

function RuleSetBody({ detail, isAdmin }: { detail: RuleSetDetail; isAdmin: boolean }) {
  const r = detail.ruleSet;
  const unverified = r.requirements.filter((q) => !q.verified).length;
  const isCurrent = r.version === detail.currentVersion;
  return (
    <>
      <p className="plan-meta">
        Version {r.version}
        {describeEffectivePeriod(r) ? `, ${describeEffectivePeriod(r)}` : ''}
        {isCurrent ? ' (current)' : ` — an older version; the current one is ${detail.currentVersion}`}. Checked{' '}
        {r.checkedDate}.
      </p>
      {isAdmin ? (
        <p className="form-actions">
          <Link className="button" to={`/rules/${encodeURIComponent(r.id)}/edit`}>
            Edit these rules
          </Link>
          {detail.hasPendingShipped ? (
            <span className="notice">A newer shipped version is waiting for review (kept aside, not applied).</span>
          ) : null}
        </p>
      ) : null}
      {unverified > 0 ? (
        <p className="notice">
          <strong>
            {unverified} of {countWords(r.requirements.length, 'requirement')} {unverified === 1 ? 'is' : 'are'} not
            verified
          </strong>
          : no source read states {unverified === 1 ? 'it' : 'them'}. Ask the board before relying on{' '}
          {unverified === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <ScrollTable label="Requirements">
        <table className="compare-table">
          <caption>Requirements</caption>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Kind</th>
              <th scope="col">What it asks</th>
            </tr>
          </thead>
          <tbody>
            {r.requirements.map((q) => (
              <tr key={q.id}>
                <th scope="row">{q.label}</th>
                <td>{REQUIREMENT_KIND_LABELS[q.kind]}</td>
                <td>
                  {q.verified ? target(q) : <strong className="not-verified">Not verified</strong>}{' '}
                  <a href={`#source-${q.id}`}>
                    Source<span className="visually-hidden"> of {q.label}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <dl className="facts">
        <div>
          <dt>Careers</dt>
          <dd>
            {r.careers.length === 0
              ? 'none named'
              : r.careers.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/careers/${encodeURIComponent(id)}`}>{id}</Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>Minimum degree</dt>
          <dd>
            {r.minDegree.text}
            {r.degreeSources && r.degreeSources.length > 0 ? <SourceList sources={r.degreeSources} /> : null}
          </dd>
        </div>
        <div>
          <dt>Exams</dt>
          <dd>
            {r.exams === null ? 'Not verified' : r.exams.length === 0 ? 'None needed' : r.exams.join('; ')}
            {r.examSources && r.examSources.length > 0 ? <SourceList sources={r.examSources} /> : null}
          </dd>
        </div>
        {r.board ? (
          <div>
            <dt>Board</dt>
            <dd>
              {r.board.url ? (
                <a href={r.board.url} rel="noreferrer noopener" target="_blank">
                  {r.board.name}
                </a>
              ) : (
                r.board.name
              )}
            </dd>
          </div>
        ) : null}
        {r.intermediate && r.intermediate.length > 0 ? (
          <div>
            <dt>License on the way</dt>
            <dd>
              {r.intermediate.map((i) => (
                <span key={i.license}>
                  {i.title} ({i.license}){i.note ? `: ${i.note}` : ''}{' '}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {r.minutesPerContactHour ? (
          <div>
            <dt>Client-contact hour</dt>
            <dd>A session of at least {r.minutesPerContactHour} minutes counts as one hour.</dd>
          </div>
        ) : null}
        <div>
          <dt>Checked</dt>
          <dd>{r.checkedDate}</dd>
        </div>
      </dl>
      <Alternatives ruleSet={r} />
      <RequirementSources requirements={r.requirements} />
      {r.notes.length > 0 ? (
        <section aria-labelledby="rule-notes">
          <h2 id="rule-notes">Notes</h2>
          <ul>
            {r.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="rule-versions">
        <h2 id="rule-versions">Versions</h2>
        <ul className="link-list">
          {detail.versions.map((v) => (
            <li key={v.version}>
              {v.version === r.version ? (
                <strong aria-current="page">Version {v.version}</strong>
              ) : (
                <Link to={`/rules/${encodeURIComponent(r.id)}?version=${v.version}`}>Version {v.version}</Link>
              )}{' '}
              <span className="link-meta">
                {describeEffectivePeriod(v) ? `${describeEffectivePeriod(v)}; ` : ''}
                {v.origin === 'shipped' ? 'shipped with Vocare' : `edited by ${v.createdBy ?? 'an admin'}`},{' '}
                {formatDate(v.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function RuleSetPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const versionParam = Number(searchParams.get('version'));
  const version = Number.isInteger(versionParam) && versionParam >= 1 ? versionParam : null;
  const detail = useRuleSet(id, version);
  const session = useSession();
  const isAdmin = session.data?.user?.roles.includes('admin') ?? false;
  const isNotFound = detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 400);
  const title = detail.data
    ? `${detail.data.ruleSet.title}, ${detail.data.ruleSet.jurisdictionName}`
    : isNotFound
      ? 'Rule set not found'
      : 'Licensure rules';
  useDocumentTitle(title);
  return (
    <article className="rule-set-page" aria-labelledby="rule-set-title">
      <p className="breadcrumb">
        <Link to="/rules">Licensure rules</Link>
      </p>
      <h1 id="rule-set-title" tabIndex={-1}>
        {title}
      </h1>
      {detail.isPending ? <LoadingMessage label="Loading rules…" /> : null}
      {isNotFound ? (
        <p>
          There is no rule set (or version) at this address. <Link to="/rules">See every rule set</Link>.
        </p>
      ) : null}
      {detail.isError && !isNotFound ? <ErrorMessage error={detail.error} onRetry={() => detail.refetch()} /> : null}
      {detail.data ? <RuleSetBody detail={detail.data} isAdmin={isAdmin} /> : null}
    </article>
  );
}
