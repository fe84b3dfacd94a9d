import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type CareerDetail, CareerIdParamsSchema } from '#contracts/careers.js';
import { CAUSE_LABELS, EDUCATION_LABELS } from '#contracts/vocabulary.js';
import { countWords } from '#domain/count-words.js';
import { ErrorMessage } from '#web/components/query-status.js';
import { ApiError } from '#web/lib/api-client.js';
import {
  type FigureKind,
  formatFigureSource,
  formatFigureValue,
  formatList,
  formatYesNo,
  NOT_AVAILABLE,
} from '#web/lib/format.js';
import { LEVEL_LABELS, QUALITY_LABELS } from '#web/lib/labels.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCareers } from '../api/get-career.js';
import { useCuratedCareers } from '../api/list-careers.js';
import { describeScale, describeSector } from '../components/career-labels.js';
import { MAX_COMPARE, useCompareSelection } from '../hooks/use-compare-selection.js';

/** Ids from "?ids=a,b": well-formed, unique, at most four, in the order given. */
function parseIds(raw: string | null): string[] {
  if (!raw) return [];
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (CareerIdParamsSchema.safeParse({ id }).success && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, MAX_COMPARE);
}

function FigureCell({ figure, kind }: { figure: CareerDetail['medianPay']; kind: FigureKind }) {
  const source = formatFigureSource(figure);
  return (
    <>
      <span className={figure.value === null ? 'figure-missing' : 'figure-value'}>
        {formatFigureValue(figure.value, kind)}
      </span>
      {source ? <span className="cell-source">{source}</span> : null}
      {figure.note ? <span className="cell-source">Note: {figure.note}</span> : null}
    </>
  );
}

interface Row {
  label: string;
  render: (career: CareerDetail) => ReactNode;
}

const ROWS: Row[] = [
  { label: 'Scale of change', render: (c) => describeScale(c.scale) },
  { label: 'Sector', render: (c) => describeSector(c.sector) },
  { label: 'Cause areas', render: (c) => formatList(c.causes.map((id) => CAUSE_LABELS[id])) },
  { label: 'Direct client contact', render: (c) => (c.clientContact ? LEVEL_LABELS[c.clientContact] : NOT_AVAILABLE) },
  { label: 'Emotional demand', render: (c) => (c.emotionalDemand ? LEVEL_LABELS[c.emotionalDemand] : NOT_AVAILABLE) },
  { label: 'Median annual pay', render: (c) => <FigureCell figure={c.medianPay} kind="usd" /> },
  { label: 'Projected job growth', render: (c) => <FigureCell figure={c.growthPct} kind="percent" /> },
  { label: 'Jobs', render: (c) => <FigureCell figure={c.employment} kind="count" /> },
  { label: 'Minimum education', render: (c) => (c.minEducation ? EDUCATION_LABELS[c.minEducation] : NOT_AVAILABLE) },
  { label: 'Typical education', render: (c) => c.typicalEducation ?? NOT_AVAILABLE },
  { label: 'License needed', render: (c) => formatYesNo(c.licenseRequired) },
  { label: 'Licenses', render: (c) => formatList(c.licenses) },
  { label: 'Typical exams', render: (c) => formatList(c.exams) },
  { label: 'Job zone (O*NET)', render: (c) => (c.jobZone === null ? NOT_AVAILABLE : `${c.jobZone} of 5`) },
  { label: 'Interest code (RIASEC)', render: (c) => c.interestCode ?? NOT_AVAILABLE },
  { label: 'Qualities it leans on', render: (c) => formatList(c.qualities.map((q) => QUALITY_LABELS[q])) },
  { label: 'Curated by Vocare', render: (c) => formatYesNo(c.curated) },
];

function RemoveButton({ career, onRemove }: { career: CareerDetail; onRemove: (id: string, title: string) => void }) {
  return (
    <button
      type="button"
      className="button button-secondary button-small remove-button"
      onClick={() => onRemove(career.id, career.title)}
    >
      Remove<span className="visually-hidden"> {career.title}</span>
    </button>
  );
}

function AddCareerForm({ ids, onAdd }: { ids: string[]; onAdd: (id: string, title: string) => void }) {
  const selectId = useId();
  const curated = useCuratedCareers();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (ids.length >= MAX_COMPARE) return <p className="section-note">The comparison holds {MAX_COMPARE} careers.</p>;
  const options = (curated.data?.items ?? []).filter((c) => !ids.includes(c.id));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const picked = options.find((c) => c.id === choice);
    if (!picked) {
      setError('Choose a career to add');
      return;
    }
    setError(null);
    setChoice('');
    onAdd(picked.id, picked.title);
  }

  return (
    <form className="form inline-form" onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label htmlFor={selectId}>Add a curated career</label>
        {error ? (
          <p id={`${selectId}-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <select
          id={selectId}
          value={choice}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">{curated.isPending ? 'Loading careers…' : 'Choose…'}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        Add to comparison
      </button>
    </form>
  );
}

export function ComparePage() {
  useDocumentTitle('Compare careers');
  const [searchParams, setSearchParams] = useSearchParams();
  const selection = useCompareSelection();
  const ids = parseIds(searchParams.get('ids'));
  const results = useCareers(ids);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const captionId = useId();
  const cardsTitleId = useId();
  const hasIdsParam = searchParams.has('ids');
  const idsKey = ids.join(',');

  // "/compare" on its own shows what was picked in the atlas, under a shareable address.
  useEffect(() => {
    if (!hasIdsParam && selection.items.length > 0) {
      setSearchParams({ ids: selection.items.map((item) => item.id).join(',') }, { replace: true });
    }
  }, [hasIdsParam, selection.items, setSearchParams]);

  // The page shows what the URL says; the stored picks follow, so the atlas ticks match.
  const loaded = results.map((r) => r.data).filter((c): c is CareerDetail => c !== undefined);
  const isSettled = results.every((r) => !r.isPending);
  const loadedKey = loaded.map((c) => c.id).join(',');
  useEffect(() => {
    if (!hasIdsParam || !isSettled) return;
    const current = selection.items.map((item) => item.id).join(',');
    if (current !== loadedKey) selection.replace(loaded.map((c) => ({ id: c.id, title: c.title })));
  }, [hasIdsParam, isSettled, loadedKey, loaded, selection]);

  function setIds(next: string[]) {
    setSearchParams(next.length > 0 ? { ids: next.join(',') } : {});
  }

  function removeCareer(id: string, title: string) {
    setIds(ids.filter((x) => x !== id));
    selection.remove(id);
    setAnnouncement(`${title} removed from the comparison.`);
    // The button that had focus is gone; the heading is a stable place to continue from.
    headingRef.current?.focus();
  }

  const missing = results
    .map((r, index) => ({ r, id: ids[index] ?? '' }))
    .filter(({ r }) => r.error instanceof ApiError && (r.error.status === 404 || r.error.status === 400));
  const otherError = results.find(
    (r) => r.isError && !(r.error instanceof ApiError && (r.error.status === 404 || r.error.status === 400)),
  );

  const comparisonTitle = `Comparison of ${countWords(loaded.length, 'career')}`;

  return (
    <div className="compare">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare careers
      </h1>
      <p className="lead">
        Up to {MAX_COMPARE} careers side by side. Every figure names its source and year. The address of this page keeps
        your choice, so you can bookmark or share it.
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {missing.length > 0 ? (
        <div className="notice">
          <p>
            {missing.length === 1 ? 'One career in this link was' : 'Some careers in this link were'} not found and
            {missing.length === 1 ? ' is' : ' are'} left out: {missing.map((m) => m.id).join(', ')}.
          </p>
        </div>
      ) : null}
      {otherError ? <ErrorMessage error={otherError.error} onRetry={() => otherError.refetch()} /> : null}
      {ids.length === 0 ? (
        <div className="empty-state">
          <p>Nothing to compare yet.</p>
          <p>
            Tick “Add to compare” on careers in the <Link to="/atlas">career atlas</Link>, or add them here.
          </p>
        </div>
      ) : null}
      {ids.length > 0 && loaded.length < 2 && isSettled ? (
        <p className="notice">Add at least one more career to see a comparison.</p>
      ) : null}
      {ids.length > 0 ? (
        // A scrolling region must be reachable by keyboard to be scrolled without a mouse (WCAG 2.1.1).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable scroll container, as axe's scrollable-region-focusable asks
        <section className="table-scroll compare-wide" aria-labelledby={captionId} tabIndex={0}>
          <table className="compare-table">
            <caption id={captionId}>{comparisonTitle}</caption>
            <thead>
              <tr>
                <td className="corner" />
                {ids.map((id, index) => {
                  const career = results[index]?.data;
                  if (!career) {
                    return (
                      <th key={id} scope="col">
                        {results[index]?.isPending ? 'Loading…' : id}
                      </th>
                    );
                  }
                  return (
                    <th key={id} scope="col">
                      <Link to={`/careers/${career.id}`}>{career.title}</Link>
                      <RemoveButton career={career} onRemove={removeCareer} />
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {ids.map((id, index) => {
                    const career = results[index]?.data;
                    return <td key={id}>{career ? row.render(career) : ''}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {ids.length > 0 ? (
        // On a narrow screen (CSS shows this instead of the table): one card per career, every fact with its
        // label, so nothing scrolls sideways and Remove stays in view (issue 18, item 11).
        <section className="compare-cards" aria-labelledby={cardsTitleId}>
          <h2 id={cardsTitleId} className="visually-hidden">
            {comparisonTitle}
          </h2>
          <ul className="compare-card-list">
            {ids.map((id, index) => {
              const career = results[index]?.data;
              return (
                <li key={id}>
                  <article className="compare-card" aria-labelledby={`${cardsTitleId}-${index}`}>
                    <h3 id={`${cardsTitleId}-${index}`}>
                      {career ? (
                        <Link to={`/careers/${career.id}`}>{career.title}</Link>
                      ) : results[index]?.isPending ? (
                        'Loading…'
                      ) : (
                        id
                      )}
                    </h3>
                    {career ? (
                      <>
                        <RemoveButton career={career} onRemove={removeCareer} />
                        <dl className="compare-card-facts">
                          {ROWS.map((row) => (
                            <div key={row.label}>
                              <dt>{row.label}</dt>
                              <dd>{row.render(career)}</dd>
                            </div>
                          ))}
                        </dl>
                      </>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <AddCareerForm
        key={idsKey}
        ids={ids}
        onAdd={(id, title) => {
          setIds([...ids, id]);
          selection.add({ id, title });
          setAnnouncement(`${title} added to the comparison.`);
        }}
      />
      <p className="section-source">
        Figures: U.S. Bureau of Labor Statistics, Employment Projections 2024-34. Job zones and interest codes: O*NET
        29.3 Database (USDOL/ETA), CC BY 4.0.
      </p>
    </div>
  );
}
