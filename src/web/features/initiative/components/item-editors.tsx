import { useEffect, useState } from 'react';
import {
  BUDGET_KINDS,
  FREQUENCIES,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  type PlanDocument,
} from '#contracts/initiative.js';

/*
 * In-place editing of the plan's existing indicators, milestones, budget lines and funding sources. Each item is a
 * fieldset of labelled native controls (keyboard and phone friendly, no custom widgets); every change goes
 * through the editor's `update`, so plan health is recomputed from the draft as the person types.
 */

export type Update = (change: (draft: PlanDocument) => PlanDocument) => void;

type Indicator = PlanDocument['indicators'][number];
type Milestone = PlanDocument['milestones'][number];
type BudgetLine = PlanDocument['budget']['lines'][number];
type FundingSource = PlanDocument['budget']['fundingSources'][number];

const FUNDING_STATUSES: readonly FundingSource['status'][] = ['committed', 'pending'];

const replaceById = <T extends { id: string }>(items: T[], id: string, patch: Partial<T>): T[] =>
  items.map((item) => (item.id === id ? { ...item, ...patch } : item));

function parseNumber(text: string, wholeDollars: boolean): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return 'invalid';
  if (wholeDollars && (!Number.isInteger(value) || value < 0)) return 'invalid';
  return value;
}

/**
 * A number typed as text: the draft only takes a value that parses, so "1." or "-" while typing never turns into
 * NaN; a value that cannot be used is said next to the field (and the draft keeps the last good one).
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  wholeDollars = false,
  allowEmpty = true,
}: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  wholeDollars?: boolean;
  allowEmpty?: boolean;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const parsed = parseNumber(text, wholeDollars);
  const invalid = parsed === 'invalid' || (parsed === null && !allowEmpty);
  // Follow a value changed elsewhere (a reload after saving) without undoing what is being typed.
  useEffect(() => {
    setText((current) => {
      const shown = parseNumber(current, wholeDollars);
      return shown === value ? current : value === null ? '' : String(value);
    });
  }, [value, wholeDollars]);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={wholeDollars ? 'numeric' : 'decimal'}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseNumber(e.target.value, wholeDollars);
          if (next !== 'invalid' && (next !== null || allowEmpty)) onChange(next);
        }}
      />
      {invalid ? (
        <span id={`${id}-error`} className="field-error">
          {wholeDollars ? 'Enter whole dollars, 0 or more.' : 'Enter a number, or leave it empty.'}
        </span>
      ) : null}
    </>
  );
}

/** A labelled choice among a fixed list of values, shown by their labels (or as they are). */
export function ChoiceSelect<T extends string>({
  id,
  label,
  value,
  choices,
  labels,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  labels?: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {labels ? labels[c] : c}
          </option>
        ))}
      </select>
    </>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" onClick={onRemove}>
      {label}
    </button>
  );
}

export function IndicatorEditors({ plan, update }: { plan: PlanDocument; update: Update }) {
  const edit = (id: string, patch: Partial<Indicator>) =>
    update((d) => ({ ...d, indicators: replaceById(d.indicators, id, patch) }));
  if (plan.indicators.length === 0) return null;
  return (
    <ul className="item-editors">
      {plan.indicators.map((indicator, index) => {
        const field = (name: string) => `indicator-${indicator.id}-${name}`;
        return (
          <li key={indicator.id}>
            <fieldset>
              <legend>
                Indicator {index + 1}: {indicator.measure}
              </legend>
              <label htmlFor={field('measure')}>Measure</label>
              <input
                id={field('measure')}
                value={indicator.measure}
                maxLength={200}
                required
                onChange={(e) => edit(indicator.id, { measure: e.target.value })}
              />
              <label htmlFor={field('outcome')}>Outcome it measures</label>
              <select
                id={field('outcome')}
                value={indicator.outcomeId}
                onChange={(e) => edit(indicator.id, { outcomeId: e.target.value })}
              >
                {plan.model.outcomes.some((o) => o.id === indicator.outcomeId) ? null : (
                  <option value={indicator.outcomeId}>(a removed outcome)</option>
                )}
                {plan.model.outcomes.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.text}
                  </option>
                ))}
              </select>
              <label htmlFor={field('unit')}>Unit</label>
              <input
                id={field('unit')}
                value={indicator.unit}
                maxLength={40}
                onChange={(e) => edit(indicator.id, { unit: e.target.value })}
              />
              <NumberField
                id={field('baseline')}
                label="Baseline"
                value={indicator.baseline}
                onChange={(baseline) => edit(indicator.id, { baseline })}
              />
              <NumberField
                id={field('target')}
                label="Target"
                value={indicator.target}
                onChange={(target) => edit(indicator.id, { target })}
              />
              <label htmlFor={field('source')}>Source of the data</label>
              <input
                id={field('source')}
                value={indicator.source}
                maxLength={200}
                onChange={(e) => edit(indicator.id, { source: e.target.value })}
              />
              <ChoiceSelect
                id={field('frequency')}
                label="How often"
                value={indicator.frequency}
                choices={FREQUENCIES}
                onChange={(frequency) => edit(indicator.id, { frequency })}
              />
              <RemoveButton
                label={`Remove indicator “${indicator.measure}”`}
                onRemove={() =>
                  update((d) => ({
                    ...d,
                    indicators: d.indicators.filter((i) => i.id !== indicator.id),
                    // A check-in's value for a removed indicator would be a dangling reference.
                    checkIns: d.checkIns.map((c) => ({
                      ...c,
                      values: c.values.filter((v) => v.indicatorId !== indicator.id),
                    })),
                  }))
                }
              />
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

export function MilestoneEditors({ plan, update }: { plan: PlanDocument; update: Update }) {
  const edit = (id: string, patch: Partial<Milestone>) =>
    update((d) => ({ ...d, milestones: replaceById(d.milestones, id, patch) }));
  if (plan.milestones.length === 0) return <p>No milestones yet.</p>;
  return (
    <ul className="item-editors">
      {plan.milestones.map((ms, index) => {
        const field = (name: string) => `milestone-${ms.id}-${name}`;
        return (
          <li key={ms.id}>
            <fieldset>
              <legend>
                Milestone {index + 1}: {ms.title}
              </legend>
              <label htmlFor={field('title')}>Milestone</label>
              <input
                id={field('title')}
                value={ms.title}
                maxLength={200}
                required
                onChange={(e) => edit(ms.id, { title: e.target.value })}
              />
              <label htmlFor={field('activity')}>For activity</label>
              <select
                id={field('activity')}
                value={ms.activityId ?? ''}
                onChange={(e) => edit(ms.id, { activityId: e.target.value || null })}
              >
                <option value="">None</option>
                {ms.activityId && !plan.model.activities.some((a) => a.id === ms.activityId) ? (
                  <option value={ms.activityId}>(a removed activity)</option>
                ) : null}
                {plan.model.activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.text}
                  </option>
                ))}
              </select>
              <label htmlFor={field('owner')}>Owner</label>
              <input
                id={field('owner')}
                value={ms.owner}
                maxLength={200}
                onChange={(e) => edit(ms.id, { owner: e.target.value })}
              />
              <label htmlFor={field('date')}>Due date</label>
              <input
                id={field('date')}
                type="date"
                value={ms.dueDate ?? ''}
                onChange={(e) => edit(ms.id, { dueDate: e.target.value || null })}
              />
              <ChoiceSelect
                id={field('status')}
                label="Status"
                value={ms.status}
                choices={MILESTONE_STATUSES}
                labels={MILESTONE_STATUS_LABELS}
                onChange={(status) => edit(ms.id, { status })}
              />
              <RemoveButton
                label={`Remove milestone “${ms.title}”`}
                onRemove={() =>
                  update((d) => ({
                    ...d,
                    milestones: d.milestones.filter((m) => m.id !== ms.id),
                    checkIns: d.checkIns.map((c) => ({
                      ...c,
                      milestones: c.milestones.filter((m) => m.milestoneId !== ms.id),
                    })),
                  }))
                }
              />
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

export function BudgetLineEditors({ plan, update }: { plan: PlanDocument; update: Update }) {
  const edit = (id: string, patch: Partial<BudgetLine>) =>
    update((d) => ({ ...d, budget: { ...d.budget, lines: replaceById(d.budget.lines, id, patch) } }));
  if (plan.budget.lines.length === 0) return null;
  return (
    <ul className="item-editors">
      {plan.budget.lines.map((line, index) => {
        const field = (name: string) => `budget-line-${line.id}-${name}`;
        return (
          <li key={line.id}>
            <fieldset>
              <legend>
                Budget line {index + 1}: {line.label}
              </legend>
              <label htmlFor={field('label')}>Budget line</label>
              <input
                id={field('label')}
                value={line.label}
                maxLength={200}
                required
                onChange={(e) => edit(line.id, { label: e.target.value })}
              />
              <NumberField
                id={field('amount')}
                label="Amount in whole dollars"
                value={line.amount}
                wholeDollars
                allowEmpty={false}
                onChange={(amount) => edit(line.id, { amount: amount ?? 0 })}
              />
              <ChoiceSelect
                id={field('kind')}
                label="Cash or in-kind"
                value={line.kind}
                choices={BUDGET_KINDS}
                onChange={(kind) => edit(line.id, { kind })}
              />
              <label htmlFor={field('source')}>Funding source</label>
              <select
                id={field('source')}
                value={line.fundingSourceId ?? ''}
                onChange={(e) => edit(line.id, { fundingSourceId: e.target.value || null })}
              >
                <option value="">None</option>
                {plan.budget.fundingSources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <RemoveButton
                label={`Remove budget line “${line.label}”`}
                onRemove={() =>
                  update((d) => ({
                    ...d,
                    budget: { ...d.budget, lines: d.budget.lines.filter((l) => l.id !== line.id) },
                  }))
                }
              />
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

export function FundingSourceEditors({ plan, update }: { plan: PlanDocument; update: Update }) {
  const edit = (id: string, patch: Partial<FundingSource>) =>
    update((d) => ({
      ...d,
      budget: { ...d.budget, fundingSources: replaceById(d.budget.fundingSources, id, patch) },
    }));
  if (plan.budget.fundingSources.length === 0) return null;
  return (
    <ul className="item-editors">
      {plan.budget.fundingSources.map((source, index) => {
        const field = (name: string) => `funding-source-${source.id}-${name}`;
        return (
          <li key={source.id}>
            <fieldset>
              <legend>
                Funding source {index + 1}: {source.name}
              </legend>
              <label htmlFor={field('name')}>Funding source name</label>
              <input
                id={field('name')}
                value={source.name}
                maxLength={200}
                required
                onChange={(e) => edit(source.id, { name: e.target.value })}
              />
              <NumberField
                id={field('amount')}
                label="Amount in whole dollars"
                value={source.amount}
                wholeDollars
                allowEmpty={false}
                onChange={(amount) => edit(source.id, { amount: amount ?? 0 })}
              />
              <ChoiceSelect
                id={field('status')}
                label="Committed or pending"
                value={source.status}
                choices={FUNDING_STATUSES}
                onChange={(status) => edit(source.id, { status })}
              />
              <RemoveButton
                label={`Remove funding source “${source.name}”`}
                onRemove={() =>
                  update((d) => ({
                    ...d,
                    budget: {
                      fundingSources: d.budget.fundingSources.filter((s) => s.id !== source.id),
                      // Lines funded by it become unfunded rather than pointing at nothing.
                      lines: d.budget.lines.map((l) =>
                        l.fundingSourceId === source.id ? { ...l, fundingSourceId: null } : l,
                      ),
                    },
                  }))
                }
              />
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}
