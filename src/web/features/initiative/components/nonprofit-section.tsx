import {
  type ChecklistStep,
  INITIATIVE_LIMITS,
  type Nonprofit,
  type NonprofitFigures,
  type NonprofitReport,
  type Plan,
  type PlanDocument,
} from '#contracts/initiative.js';
import { nonprofitReport } from '#domain/initiative/nonprofit.js';
import { formatDate } from '#web/lib/format-date.js';
import { useNonprofitFigures } from '../api/plans.js';
import { NumberField, type Update } from './item-editors.js';

/*
 * The second template's paperwork, checked against the IRS's own tests while the person types: the same
 * `nonprofitReport` the server and the export use, fed with the shipped figures (GET /api/initiatives/reference),
 * so every step names its sources and a figure nobody could read is said to be unknown.
 */

const STATUS_LABELS: Record<ChecklistStep['status'], string> = {
  done: 'Done',
  todo: 'To do',
  attention: 'Needs attention',
  unknown: 'Not known yet',
};

function SourceList({ ids, figures }: { ids: string[]; figures: NonprofitFigures }) {
  const sources = ids.flatMap((id) => {
    const source = figures.sources[id];
    return source ? [{ id, ...source }] : [];
  });
  if (sources.length === 0) return null;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          Source:{' '}
          <a href={s.url} rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          ({s.publisher}, read {formatDate(s.readOn)}){s.note ? `. ${s.note}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** The checklist and the results of the tests; read-only, used by the editor and the share-link page. */
export function NonprofitChecklist({ report, figures }: { report: NonprofitReport; figures: NonprofitFigures }) {
  const tas = figures.figures['tas-ez-organizational-test-failures'];
  return (
    <>
      <h3>Checklist</h3>
      <ol className="nonprofit-checklist">
        {report.checklist.map((step) => (
          <li key={step.id}>
            <strong>{step.title}</strong> ({STATUS_LABELS[step.status]})<p>{step.detail}</p>
            <SourceList ids={step.sourceIds} figures={figures} />
          </li>
        ))}
      </ol>
      <h3>Form 1023-EZ eligibility</h3>
      <p>
        {report.eligibility.eligible === true
          ? 'Eligible for Form 1023-EZ on what the plan says.'
          : report.eligibility.eligible === false
            ? 'Not eligible for Form 1023-EZ: file Form 1023.'
            : 'Not known yet: some of what the test needs is missing.'}
      </p>
      <ul>
        {[...report.eligibility.reasons, ...report.eligibility.missing].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <SourceList ids={figures.worksheet.sourceId ? [figures.worksheet.sourceId] : []} figures={figures} />
      <h3>Articles: the organizational test</h3>
      <p>
        Purpose clause: {report.articles.purposeClause ? 'found' : 'not found'}. Dissolution clause:{' '}
        {report.articles.dissolutionClause ? 'found' : 'not found'}.
      </p>
      <ul>
        {report.articles.explanations.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {tas ? (
        <p>
          Why it matters: {tas.value === null ? 'a share not known to Vocare' : `${tas.value}%`} — {tas.label}.
        </p>
      ) : null}
      {tas?.sourceId ? <SourceList ids={[tas.sourceId]} figures={figures} /> : null}
    </>
  );
}

/** The two sets of yearly receipts the 1023-EZ test reads, asked for the same way. */
const RECEIPT_YEARS = [
  {
    key: 'pastReceipts',
    legend: 'Gross receipts in the past three years (leave empty for a year the organization did not exist)',
    prefix: 'np-past',
    labels: ['3 years ago', '2 years ago', 'Last year'],
  },
  {
    key: 'projectedReceipts',
    legend: 'Projected gross receipts',
    prefix: 'np-projected',
    labels: ['This year', 'Next year', 'The year after'],
  },
] as const;

function ReceiptsFields({
  legend,
  prefix,
  labels,
  values,
  onChange,
}: {
  legend: string;
  prefix: string;
  labels: readonly string[];
  values: (number | null)[];
  onChange: (values: (number | null)[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {labels.map((label, i) => (
        <NumberField
          key={label}
          id={`${prefix}-${i}`}
          label={`${label} (whole dollars)`}
          value={values[i] ?? null}
          wholeDollars
          onChange={(value) => onChange(values.map((v, j) => (j === i ? value : v)))}
        />
      ))}
    </fieldset>
  );
}

/** A date the person may not know yet: empty means null. */
function OptionalDate({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
    </>
  );
}

function NonprofitForm({
  nonprofit,
  figures,
  update,
}: {
  nonprofit: Nonprofit;
  figures: NonprofitFigures;
  update: Update;
}) {
  const set = (patch: Partial<Nonprofit>) =>
    update((d) => (d.nonprofit ? { ...d, nonprofit: { ...d.nonprofit, ...patch } } : d));
  return (
    <>
      <label htmlFor="np-state">State of incorporation</label>
      <input id="np-state" value={nonprofit.state} maxLength={60} onChange={(e) => set({ state: e.target.value })} />
      <OptionalDate
        id="np-formed"
        label="Date the state formed the organization"
        value={nonprofit.formationDate}
        onChange={(formationDate) => set({ formationDate })}
      />
      <OptionalDate
        id="np-ein"
        label="Date you applied for the EIN"
        value={nonprofit.einAppliedOn}
        onChange={(einAppliedOn) => set({ einAppliedOn })}
      />
      <label htmlFor="np-articles">Text of your articles of incorporation (pasted)</label>
      <textarea
        id="np-articles"
        value={nonprofit.articlesText}
        maxLength={INITIATIVE_LIMITS.maxArticlesText}
        rows={6}
        onChange={(e) => set({ articlesText: e.target.value })}
      />
      {RECEIPT_YEARS.map(({ key, ...years }) => (
        <ReceiptsFields key={key} {...years} values={nonprofit[key]} onChange={(values) => set({ [key]: values })} />
      ))}
      <NumberField
        id="np-assets"
        label="Total assets (whole dollars, fair market value)"
        value={nonprofit.totalAssets}
        wholeDollars
        onChange={(totalAssets) => set({ totalAssets })}
      />
      <fieldset>
        <legend>Form 1023-EZ eligibility worksheet: tick each question your answer is “yes” to</legend>
        {figures.worksheet.questions.map((q) => (
          <label key={q.id} className="choice">
            <input
              type="checkbox"
              checked={nonprofit.worksheetYes.includes(q.id)}
              onChange={(e) =>
                set({
                  worksheetYes: e.target.checked
                    ? [...nonprofit.worksheetYes, q.id]
                    : nonprofit.worksheetYes.filter((id) => id !== q.id),
                })
              }
            />{' '}
            {q.question}
          </label>
        ))}
      </fieldset>
      <label htmlFor="np-sponsor">Fiscal sponsor you are considering instead (optional)</label>
      <input
        id="np-sponsor"
        value={nonprofit.fiscalSponsor}
        maxLength={200}
        onChange={(e) => set({ fiscalSponsor: e.target.value })}
      />
    </>
  );
}

function NonprofitLive({ nonprofit, figures }: { nonprofit: Nonprofit; figures: NonprofitFigures }) {
  const report = nonprofitReport(nonprofit, figures);
  const count = (status: ChecklistStep['status']) => report.checklist.filter((s) => s.status === status).length;
  return (
    <>
      <p role="status" aria-live="polite">
        Checklist: {count('done')} done, {count('attention')} needing attention, {count('todo')} to do,{' '}
        {count('unknown')} not known yet.
      </p>
      <NonprofitChecklist report={report} figures={figures} />
    </>
  );
}

/** The editor's section for the non-profit template: the paperwork fields and the live checklist. */
export function NonprofitSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const figures = useNonprofitFigures();
  if (!plan.nonprofit) return null;
  return (
    <section aria-labelledby="nonprofit-heading">
      <h2 id="nonprofit-heading">Forming a US non-profit</h2>
      <p>
        Each step names the IRS (or Taxpayer Advocate) page it rests on and the day it was read. The results below
        follow what you type; nothing here is legal advice.
      </p>
      {figures.isPending ? <p>Loading the IRS figures…</p> : null}
      {figures.isError ? <p role="alert">The IRS figures could not be loaded; reload the page to try again.</p> : null}
      {figures.data ? (
        <>
          <NonprofitForm nonprofit={plan.nonprofit} figures={figures.data} update={update} />
          <NonprofitLive nonprofit={plan.nonprofit} figures={figures.data} />
        </>
      ) : null}
    </section>
  );
}

/** For viewers and share links: the server's report of the last saved version, with the same sources. */
export function NonprofitReadOnly({ plan }: { plan: Plan }) {
  const figures = useNonprofitFigures();
  if (!plan.nonprofit || !figures.data) return null;
  return (
    <section aria-labelledby="nonprofit-heading">
      <h2 id="nonprofit-heading">Forming a US non-profit</h2>
      <NonprofitChecklist report={plan.nonprofit} figures={figures.data} />
    </section>
  );
}
