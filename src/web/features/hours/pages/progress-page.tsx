import { type FormEvent, useId, useState } from 'react';

import { HOUR_CATEGORY_LABELS, type HoursGoal, type HoursProgress } from '#contracts/hours.js';

import type { RuleSetListItem } from '#contracts/licensure.js';
import { describeRuleSetVersion } from '#domain/licensure/rule-set-versions.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';

import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useGoal, usePutGoal } from '../api/goal.js';

import { useCharts, useCompare, useProgress } from '../api/progress.js';

import { CategoryChart } from '../components/category-chart.js';

import { HoursNav } from '../components/hours-nav.js';

import { RequireTrainee } from '../components/require-trainee.js';

import { formatAmount, formatHours } from '../hours-format.js';
import '../hours.css';
import { Field } from '#web/components/field.js';
import { ScrollTable } from '#web/components/scroll-table.js';
import { formatDate, formatMonth, localToday } from '#web/lib/format-date.js';

function ruleSetName(r: Pick<RuleSetListItem, 'id' | 'title' | 'jurisdictionName'>): string {
  return `${r.jurisdictionName}: ${r.title} (${r.id})`;
}

function GoalForm({ goal }: { goal: HoursGoal }) {
  const [choice, setChoice] = useState(goal.ruleSet?.id ?? '');
  const [degreeDate, setDegreeDate] = useState(goal.degreeDate ?? '');
  const [rulesDate, setRulesDate] = useState(goal.rulesDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const put = usePutGoal();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (put.isPending) return;
    setDone(null);
    if (!choice) {
      setError('Choose the license you are working toward');
      return;
    }
    setError(null);
    put.mutate(
      {
        ruleSetId: choice,
        degreeDate: degreeDate === '' ? null : degreeDate,
        rulesDate: rulesDate === '' ? null : rulesDate,
      },
      {
        onSuccess: (g) => setDone(`Your goal is now ${g.ruleSet ? ruleSetName(g.ruleSet) : choice}.`),
        onError: (err) => setError(describeError(err)),
      },
    );
  }
  return (
    <form className="form inline-form" onSubmit={handleSubmit} noValidate>
      <Field label="License goal (jurisdiction and license)" error={error ?? undefined}>
        {(p) => (
          <select {...p} name="ruleSetId" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose…</option>
            {goal.available.map((r) => (
              <option key={r.id} value={r.id}>
                {ruleSetName(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Degree date (optional)"
        hint="When your qualifying degree was conferred: hours before it count only up to the state’s pre-degree limit."
      >
        {(p) => (
          <input
            {...p}
            type="date"
            name="degreeDate"
            value={degreeDate}
            onChange={(e) => setDegreeDate(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Rules as of (optional)"
        hint="Left empty, today’s rules apply. If your board lets people who began before a change of the rules finish under the old ones, give the day your supervised experience began."
      >
        {(p) => (
          <input {...p} type="date" name="rulesDate" value={rulesDate} onChange={(e) => setRulesDate(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button button-secondary" aria-disabled={put.isPending}>
        Save goal
      </button>
      <p role="status" className="inline-status">
        {done ?? ''}
      </p>
    </form>
  );
}

/** A verified requirement without a verdict is one the log could not check (e.g. a supervisor's credential). */
function metText(met: boolean | null, verified: boolean): string {
  return met === null ? (verified ? 'Not checked' : 'No verified target') : met ? 'Met' : 'Not yet';
}

function RequirementsTable({ logged, verified }: { logged: HoursProgress; verified: HoursProgress | undefined }) {
  return (
    <ScrollTable label={`Progress per requirement of ${logged.ruleSet.id}`}>
      <table className="hours-table hours-progress-table">
        <caption className="visually-hidden">Progress per requirement of {logged.ruleSet.id}</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Required</th>
            <th scope="col">Counted</th>
            <th scope="col">Verified by a supervisor</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {logged.evaluation.requirements.map((r) => {
            const v = verified?.evaluation.requirements.find((x) => x.id === r.id);
            const share = r.required ? Math.min(1, r.counted / r.required) : null;
            return (
              <tr key={r.id}>
                <th scope="row">
                  {r.label}
                  <span className="hours-explanation">{r.explanation}</span>
                </th>
                <td>{r.required === null ? (r.verified ? '—' : 'not verified') : formatAmount(r.required, r.unit)}</td>
                <td>
                  {formatAmount(r.counted, r.unit)}
                  {share !== null && r.kind !== 'max-hours-per-week' && r.kind !== 'window' ? (
                    <span className="hours-bar-track" aria-hidden="true">
                      <span className="hours-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                  ) : null}
                </td>
                <td>{v ? formatAmount(v.counted, v.unit) : '…'}</td>
                <td>{metText(r.met, r.verified)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Projection({ progress }: { progress: HoursProgress }) {
  if (progress.evaluation.verifiedCount === 0) {
    return (
      <p className="notice">
        Nothing is verified yet: no requirement of {progress.ruleSet.id} has a verified source, so Vocare cannot say how
        far along you are. Ask the board for its current rules.
      </p>
    );
  }
  if (progress.evaluation.complete) {
    return (
      <p className="notice notice-success">
        Every verified requirement of {progress.ruleSet.id} is met by your logged hours.
      </p>
    );
  }
  const { projection } = progress;
  return (
    <div className="hours-projection">
      <p>
        {projection.date
          ? `At your pace of the last 8 weeks, you would meet every verified requirement by ${formatDate(projection.date)}.`
          : 'No completion date yet: not every unmet requirement gained hours in the last 8 weeks.'}
      </p>
      {projection.requirements.length > 0 ? (
        <ul>
          {projection.requirements.map((p) => {
            const label = progress.evaluation.requirements.find((r) => r.id === p.id)?.label ?? p.id;
            return (
              <li key={p.id}>
                {label}: {formatAmount(p.remaining, p.unit)} to go
                {p.unit === 'hours' ? `, ${formatHours(p.pacePerWeek)} a week lately` : ''}
                {p.date ? `, by ${formatDate(p.date)}` : ', no recent pace'}.
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

function NotCounted({ progress }: { progress: HoursProgress }) {
  const items = progress.notCounted;
  if (items.length === 0) return <p>Every logged hour counts under {progress.ruleSet.id}.</p>;
  const shown = items.slice(0, 50);
  return (
    <>
      <p>
        {items.length} {items.length === 1 ? 'part of an entry does' : 'parts of entries do'} not count
        {items.length > shown.length ? ` (the first ${shown.length} are listed)` : ''}:
      </p>
      <ScrollTable label="Hours that did not count">
        <table className="hours-table">
          <caption className="visually-hidden">Hours that did not count, and why</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Category</th>
              <th scope="col">Hours</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((n) => (
              <tr key={`${n.entryId}|${n.reason}|${n.requirementIds?.join(',') ?? ''}`}>
                <th scope="row">{formatDate(n.date)}</th>
                <td>{HOUR_CATEGORY_LABELS[n.category]}</td>
                <td>{formatHours(n.hours)}</td>
                <td>
                  {n.reason}
                  {n.requirementIds ? ` (toward ${n.requirementIds.join(', ')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

function Charts({ asOf }: { asOf: string }) {
  const charts = useCharts(asOf);
  if (charts.isPending) return <LoadingMessage label="Loading charts…" />;
  if (charts.isError) return <ErrorMessage error={charts.error} onRetry={() => charts.refetch()} />;
  return (
    <div className="hours-charts">
      <CategoryChart
        title="Hours per week, last 12 weeks"
        periodHeading="Week starting"
        periods={charts.data.weeks.map((w) => ({
          key: w.start,
          axisLabel: formatDate(w.start).replace(/ \d{4}$/, ''),
          label: `week of ${formatDate(w.start)}`,
          byCategory: w.byCategory,
          total: w.total,
        }))}
      />
      <CategoryChart
        title="Hours per month, last 12 months"
        periodHeading="Month"
        periods={charts.data.months.map((m) => ({
          key: m.start,
          axisLabel: formatMonth(m.start).slice(0, 3),
          label: formatMonth(m.start),
          byCategory: m.byCategory,
          total: m.total,
        }))}
      />
    </div>
  );
}

function WhatIfMoved({ goal, asOf }: { goal: HoursGoal; asOf: string }) {
  const selectId = useId();
  const [other, setOther] = useState('');
  const current = goal.ruleSet?.id ?? '';
  const compare = useCompare(other && current ? [current, other] : [], asOf);
  return (
    <section aria-labelledby="hours-move-title" className="hours-section">
      <h2 id="hours-move-title">What if I moved?</h2>
      <p>The same log, measured against another jurisdiction’s rules, side by side with your goal.</p>
      <div className="field">
        <label htmlFor={selectId}>Compare with</label>
        <select id={selectId} value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">Choose a state and license…</option>
          {groupByState(goal.available.filter((r) => r.id !== current)).map(([stateName, items]) => (
            <optgroup key={stateName} label={stateName}>
              {items.map((r) => (
                <option key={r.id} value={r.id}>
                  {ruleSetName(r)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {!other ? null : compare.isPending ? (
        <LoadingMessage label="Measuring your log against both rule sets…" />
      ) : compare.isError ? (
        <ErrorMessage error={compare.error} onRetry={() => compare.refetch()} />
      ) : (
        <div className="hours-side-by-side">
          {compare.data.items.map((p) => (
            <section
              key={p.ruleSet.id}
              className="panel"
              aria-label={`${p.ruleSet.jurisdictionName}: ${p.ruleSet.title}`}
            >
              <h3>
                {p.ruleSet.jurisdictionName}: {p.ruleSet.title}
              </h3>
              <p className="hours-muted">
                {p.ruleSet.id}, {describeRuleSetVersion(p.ruleSet)}
              </p>
              <ul className="hours-compare-list">
                {p.evaluation.requirements.map((r) => (
                  <li key={r.id}>
                    <strong>{r.label}</strong>: {formatAmount(r.counted, r.unit)}
                    {r.required === null
                      ? r.verified
                        ? ''
                        : ' (no verified target)'
                      : ` of ${formatAmount(r.required, r.unit)}`}{' '}
                    — {metText(r.met, r.verified)}
                  </li>
                ))}
              </ul>
              <p>
                {p.evaluation.verifiedCount === 0
                  ? 'Nothing verified yet.'
                  : p.evaluation.complete
                    ? 'Complete.'
                    : p.projection.date
                      ? `Projected completion: ${formatDate(p.projection.date)}.`
                      : 'No projected completion date yet.'}
              </p>
              <p>{formatHours(p.notCounted.reduce((sum, n) => sum + n.hours, 0))} logged hours would not count here.</p>
            </section>
          ))}
          <p className="hours-sooner" role="status">
            {whichSooner(compare.data.items)}
          </p>
        </div>
      )}
    </section>
  );
}

type Compared = {
  ruleSet: { jurisdictionName: string; title: string };
  evaluation: { complete: boolean; unverifiedCount: number };
  projection: { date: string | null };
};

/** Which of the compared rule sets the log would finish first, by its verified requirements. */
function whichSooner(items: readonly Compared[]): string {
  const [here, there] = items;
  if (!here || !there) return '';
  const name = (p: Compared) => `${p.ruleSet.jurisdictionName} (${p.ruleSet.title})`;
  const when = (p: Compared) => (p.evaluation.complete ? '' : p.projection.date);
  const a = when(here);
  const b = when(there);
  const caveat =
    here.evaluation.unverifiedCount + there.evaluation.unverifiedCount > 0
      ? ' Requirements no source verifies are not counted, so ask both boards before deciding.'
      : '';
  if (a === null || b === null) {
    return `No comparison of finishing dates yet: ${a === null ? name(here) : name(there)} has no projected date at your recent pace.${caveat}`;
  }
  if (a === '' && b === '') return `The log already meets the verified requirements of both.${caveat}`;
  if (a === b) return `Both would finish at the same time at your recent pace.${caveat}`;
  const [sooner, later, soonerDate, laterDate] = a < b ? [here, there, a, b] : [there, here, b, a];
  const dateText = (d: string) => (d === '' ? 'already complete' : formatDate(d));
  return `${name(sooner)} would finish sooner: ${dateText(soonerDate)}, against ${dateText(laterDate)} for ${name(later)}.${caveat}`;
}

function groupByState<T extends { jurisdictionName: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((x, y) => x.jurisdictionName.localeCompare(y.jurisdictionName, 'en'))) {
    const list = groups.get(item.jurisdictionName) ?? [];
    list.push(item);
    groups.set(item.jurisdictionName, list);
  }
  return [...groups];
}

function ProgressView() {
  const asOf = localToday();
  const goal = useGoal();
  const hasGoal = Boolean(goal.data?.ruleSet);
  const logged = useProgress(asOf, 'logged', hasGoal);
  const verified = useProgress(asOf, 'verified', hasGoal);
  if (goal.isPending) return <LoadingMessage label="Loading your goal…" />;
  if (goal.isError) return <ErrorMessage error={goal.error} onRetry={() => goal.refetch()} />;
  return (
    <>
      <section aria-labelledby="hours-goal-title" className="hours-section">
        <h2 id="hours-goal-title">Your license goal</h2>
        <GoalForm goal={goal.data} />
      </section>
      {!hasGoal ? (
        <p className="notice">Choose the license you are working toward to see your progress.</p>
      ) : logged.isPending ? (
        <LoadingMessage label="Measuring your log…" />
      ) : logged.isError ? (
        <ErrorMessage error={logged.error} onRetry={() => logged.refetch()} />
      ) : (
        <>
          <section aria-labelledby="hours-progress-title" className="hours-section">
            <h2 id="hours-progress-title">Progress toward {logged.data.ruleSet.title}</h2>
            <p className="hours-muted">
              Measured against {logged.data.ruleSet.id} {describeRuleSetVersion(logged.data.ruleSet)} (
              {logged.data.ruleSet.jurisdictionName}, rules checked {logged.data.ruleSet.checkedDate}) as of{' '}
              {formatDate(asOf)}.
              {logged.data.ruleSet.rulesDate
                ? ` The version is the one in force on ${formatDate(logged.data.ruleSet.rulesDate)}.`
                : ''}
            </p>
            <RequirementsTable logged={logged.data} verified={verified.data} />
            <Projection progress={logged.data} />
            <p>
              <a href="/api/hours/summary.pdf" download>
                Download the PDF verification summary
              </a>
            </p>
          </section>
          <section aria-labelledby="hours-not-counted-title" className="hours-section">
            <h2 id="hours-not-counted-title">Hours that did not count</h2>
            <NotCounted progress={logged.data} />
          </section>
          <section aria-labelledby="hours-charts-title" className="hours-section">
            <h2 id="hours-charts-title">Hours by category</h2>
            <Charts asOf={asOf} />
          </section>
          <WhatIfMoved goal={goal.data} asOf={asOf} />
        </>
      )}
    </>
  );
}

export function HoursProgressPage() {
  useDocumentTitle('Hours progress');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>Progress toward your license</h1>
      <HoursNav />
      <RequireTrainee>{() => <ProgressView />}</RequireTrainee>
    </div>
  );
}
