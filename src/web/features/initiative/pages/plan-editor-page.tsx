import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  BUDGET_KINDS,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  type MilestoneStatus,
  OUTCOME_TERM_LABELS,
  OUTCOME_TERMS,
  type OutcomeTerm,
  type Plan,
  type PlanDocument,
} from '#contracts/initiative.js';
import { nextItemId } from '#domain/initiative/templates.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { localToday } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { usePlan, useSavePlan } from '../api/plans.js';
import {
  BudgetLineEditors,
  ChoiceSelect,
  FundingSourceEditors,
  IndicatorEditors,
  MilestoneEditors,
  type Update,
} from '../components/item-editors.js';
import { NonprofitReadOnly, NonprofitSection } from '../components/nonprofit-section.js';
import { PlanConnections } from '../components/plan-connections-view.js';
import {
  BudgetTotalsView,
  IndicatorTrends,
  LogicModelDiagram,
  LogicModelTable,
  PlanHealthSummary,
} from '../components/plan-views.js';

/*
 * The plan editor. The whole document is edited in the page and saved in one PUT with the version it started
 * from (ADR 0029), so a co-owner's save in between is refused rather than overwritten. Health and line of sight
 * are recomputed from the draft on every change by the domain functions.
 */

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A one-field form that adds an item to a list. */
function AddItemForm({ label, button, onAdd }: { label: string; button: string; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const id = `add-${button.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
      <button type="submit">{button}</button>
    </form>
  );
}

function ProblemSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const setProblem = (field: 'what' | 'who' | 'where', value: string) =>
    update((d) => ({ ...d, problem: { ...d.problem, [field]: value } }));
  return (
    <Section id="problem-heading" title="The problem">
      <label htmlFor="plan-title">Title</label>
      <input
        id="plan-title"
        value={plan.title}
        maxLength={120}
        onChange={(e) => update((d) => ({ ...d, title: e.target.value }))}
      />
      <label htmlFor="problem-what">What is the problem?</label>
      <textarea id="problem-what" value={plan.problem.what} onChange={(e) => setProblem('what', e.target.value)} />
      <label htmlFor="problem-who">Who does it affect?</label>
      <textarea id="problem-who" value={plan.problem.who} onChange={(e) => setProblem('who', e.target.value)} />
      <label htmlFor="problem-where">Where?</label>
      <input id="problem-where" value={plan.problem.where} onChange={(e) => setProblem('where', e.target.value)} />
      <label htmlFor="model-situation">Situation (what the logic model responds to)</label>
      <textarea
        id="model-situation"
        value={plan.model.situation}
        onChange={(e) => update((d) => ({ ...d, model: { ...d.model, situation: e.target.value } }))}
      />
      <h3>Evidence</h3>
      {plan.problem.evidence.length === 0 ? <p>No evidence linked yet.</p> : null}
      <ul>
        {plan.problem.evidence.map((e) => (
          <li key={e.url}>
            <a href={e.url} rel="noopener noreferrer">
              {e.label}
            </a>
          </li>
        ))}
      </ul>
      <EvidenceForm update={update} />
    </Section>
  );
}

function EvidenceForm({ update }: { update: Update }) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim() || !url.trim()) return;
    update((d) => ({ ...d, problem: { ...d.problem, evidence: [...d.problem.evidence, { label, url }] } }));
    setLabel('');
    setUrl('');
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <label htmlFor="evidence-label">Evidence label</label>
      <input id="evidence-label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
      <label htmlFor="evidence-url">Evidence link (https://…)</label>
      <input id="evidence-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} maxLength={500} />
      <button type="submit">Add evidence</button>
    </form>
  );
}

/** "Leads to" checkboxes: the explicit links from one item to the items of the next column. */
function LinkChoices({
  plan,
  fromId,
  fromText,
  targets,
  update,
}: {
  plan: PlanDocument;
  fromId: string;
  fromText: string;
  targets: { id: string; text: string }[];
  update: Update;
}) {
  if (targets.length === 0) return null;
  const linked = (to: string) => plan.model.links.some((l) => l.from === fromId && l.to === to);
  const toggle = (to: string) =>
    update((d) => {
      const links = linked(to)
        ? d.model.links.filter((l) => !(l.from === fromId && l.to === to))
        : [...d.model.links, { from: fromId, to }];
      return { ...d, model: { ...d.model, links } };
    });
  return (
    <fieldset>
      <legend>“{fromText}” leads to</legend>
      {targets.map((target) => (
        <label key={target.id} className="choice">
          <input type="checkbox" checked={linked(target.id)} onChange={() => toggle(target.id)} /> {target.text}
        </label>
      ))}
    </fieldset>
  );
}

function removeItem(d: PlanDocument, id: string): PlanDocument {
  const m = d.model;
  return {
    ...d,
    model: {
      ...m,
      activities: m.activities.filter((i) => i.id !== id),
      outputs: m.outputs.filter((i) => i.id !== id),
      outcomes: m.outcomes.filter((i) => i.id !== id),
      inputs: m.inputs.filter((i) => i.id !== id),
      links: m.links.filter((l) => l.from !== id && l.to !== id),
    },
  };
}

function LogicModelSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const m = plan.model;
  const [term, setTerm] = useState<OutcomeTerm>('short');
  const rename = (id: string, text: string) =>
    update((d) => {
      const edit = <T extends { id: string; text: string }>(items: T[]) =>
        items.map((i) => (i.id === id ? { ...i, text } : i));
      return {
        ...d,
        model: {
          ...d.model,
          inputs: edit(d.model.inputs),
          activities: edit(d.model.activities),
          outputs: edit(d.model.outputs),
          outcomes: edit(d.model.outcomes),
        },
      };
    });
  const itemRow = (item: { id: string; text: string }, kind: string, links: ReactNode) => (
    <li key={item.id}>
      <label htmlFor={`item-${item.id}`}>{kind}</label>
      <input
        id={`item-${item.id}`}
        value={item.text}
        maxLength={200}
        onChange={(e) => rename(item.id, e.target.value)}
      />
      <button type="button" onClick={() => update((d) => removeItem(d, item.id))}>
        Remove {kind.toLowerCase()} “{item.text}”
      </button>
      {links}
    </li>
  );
  return (
    <Section id="model-heading" title="Logic model">
      <p>
        University of Wisconsin-Extension fields: inputs, activities, outputs (with participation), and short, medium
        and long-term outcomes. Tick what each activity and output leads to.
      </p>
      <h3>Inputs (resources)</h3>
      <ul>{m.inputs.map((i) => itemRow(i, 'Input', null))}</ul>
      <AddItemForm
        label="New input"
        button="Add input"
        onAdd={(text) =>
          update((d) => ({
            ...d,
            model: { ...d.model, inputs: [...d.model.inputs, { id: nextItemId(d, 'in'), text }] },
          }))
        }
      />
      <h3>Activities</h3>
      <ul>
        {m.activities.map((a) =>
          itemRow(
            a,
            'Activity',
            <LinkChoices
              plan={plan}
              fromId={a.id}
              fromText={a.text}
              targets={[...m.outputs, ...m.outcomes]}
              update={update}
            />,
          ),
        )}
      </ul>
      <AddItemForm
        label="New activity"
        button="Add activity"
        onAdd={(text) =>
          update((d) => ({
            ...d,
            model: { ...d.model, activities: [...d.model.activities, { id: nextItemId(d, 'act'), text }] },
          }))
        }
      />
      <h3>Outputs</h3>
      <ul>
        {m.outputs.map((o) =>
          itemRow(
            o,
            'Output',
            <LinkChoices plan={plan} fromId={o.id} fromText={o.text} targets={m.outcomes} update={update} />,
          ),
        )}
      </ul>
      <AddItemForm
        label="New output"
        button="Add output"
        onAdd={(text) =>
          update((d) => ({
            ...d,
            model: { ...d.model, outputs: [...d.model.outputs, { id: nextItemId(d, 'out'), text, kind: 'output' }] },
          }))
        }
      />
      <h3>Outcomes</h3>
      <ul>
        {m.outcomes.map((o) =>
          itemRow(
            o,
            `Outcome (${OUTCOME_TERM_LABELS[o.term]})`,
            <LinkChoices
              plan={plan}
              fromId={o.id}
              fromText={o.text}
              targets={m.outcomes.filter(
                (t) => t.id !== o.id && OUTCOME_TERMS.indexOf(t.term) > OUTCOME_TERMS.indexOf(o.term),
              )}
              update={update}
            />,
          ),
        )}
      </ul>
      <ChoiceSelect
        id="new-outcome-term"
        label="New outcome's term"
        value={term}
        choices={OUTCOME_TERMS}
        labels={OUTCOME_TERM_LABELS}
        onChange={setTerm}
      />
      <AddItemForm
        label="New outcome"
        button="Add outcome"
        onAdd={(text) =>
          update((d) => ({
            ...d,
            model: { ...d.model, outcomes: [...d.model.outcomes, { id: nextItemId(d, 'oc'), text, term }] },
          }))
        }
      />
      <h3>Diagram</h3>
      <LogicModelDiagram plan={plan} />
      <LogicModelTable plan={plan} />
    </Section>
  );
}

const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

function IndicatorsSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const [measure, setMeasure] = useState('');
  const [outcomeId, setOutcomeId] = useState('');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    const outcome = outcomeId || plan.model.outcomes[0]?.id;
    if (!measure.trim() || !outcome) return;
    update((d) => ({
      ...d,
      indicators: [
        ...d.indicators,
        {
          id: nextItemId(d, 'ind'),
          outcomeId: outcome,
          measure: measure.trim(),
          unit: '',
          baseline: numberOrNull(baseline),
          target: numberOrNull(target),
          source: '',
          frequency: 'monthly',
        },
      ],
    }));
    setMeasure('');
    setBaseline('');
    setTarget('');
  };
  return (
    <Section id="indicators-heading" title="Indicators">
      <IndicatorTrends plan={plan} />
      <IndicatorEditors plan={plan} update={update} />
      {plan.model.outcomes.length === 0 ? (
        <p>Add an outcome first; every indicator measures one.</p>
      ) : (
        <form onSubmit={add} className="inline-form">
          <label htmlFor="indicator-measure">New indicator: measure</label>
          <input id="indicator-measure" value={measure} onChange={(e) => setMeasure(e.target.value)} maxLength={200} />
          <label htmlFor="indicator-outcome">New indicator: outcome it measures</label>
          <select id="indicator-outcome" value={outcomeId} onChange={(e) => setOutcomeId(e.target.value)}>
            {plan.model.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
          <label htmlFor="indicator-baseline">New indicator: baseline</label>
          <input
            id="indicator-baseline"
            inputMode="decimal"
            value={baseline}
            onChange={(e) => setBaseline(e.target.value)}
          />
          <label htmlFor="indicator-target">New indicator: target</label>
          <input id="indicator-target" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
          <button type="submit">Add indicator</button>
        </form>
      )}
    </Section>
  );
}

function MilestonesSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const [title, setTitle] = useState('');
  const [activityId, setActivityId] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    update((d) => ({
      ...d,
      milestones: [
        ...d.milestones,
        {
          id: nextItemId(d, 'ms'),
          title: title.trim(),
          activityId: activityId || null,
          owner: owner.trim(),
          dueDate: dueDate || null,
          status: 'not-started',
        },
      ],
    }));
    setTitle('');
    setOwner('');
    setDueDate('');
  };
  return (
    <Section id="milestones-heading" title="Milestones">
      <MilestoneEditors plan={plan} update={update} />
      <form onSubmit={add} className="inline-form">
        <label htmlFor="milestone-title">New milestone</label>
        <input id="milestone-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <label htmlFor="milestone-activity">New milestone: for activity</label>
        <select id="milestone-activity" value={activityId} onChange={(e) => setActivityId(e.target.value)}>
          <option value="">None</option>
          {plan.model.activities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.text}
            </option>
          ))}
        </select>
        <label htmlFor="milestone-owner">New milestone: owner</label>
        <input id="milestone-owner" value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        <label htmlFor="milestone-date">New milestone: due date</label>
        <input id="milestone-date" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <button type="submit">Add milestone</button>
      </form>
    </Section>
  );
}

function BudgetSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState('');
  const [kind, setKind] = useState<(typeof BUDGET_KINDS)[number]>('cash');
  const [source, setSource] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [sourceAmount, setSourceAmount] = useState('');
  const addLine = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount);
    if (!label.trim() || !Number.isInteger(value) || value < 0) return;
    update((d) => ({
      ...d,
      budget: {
        ...d.budget,
        lines: [
          ...d.budget.lines,
          { id: nextItemId(d, 'bl'), label: label.trim(), amount: value, kind, fundingSourceId: source || null },
        ],
      },
    }));
    setLabel('');
    setAmount('');
  };
  const addSource = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(sourceAmount);
    if (!sourceName.trim() || !Number.isInteger(value) || value < 0) return;
    update((d) => ({
      ...d,
      budget: {
        ...d.budget,
        fundingSources: [
          ...d.budget.fundingSources,
          { id: nextItemId(d, 'fs'), name: sourceName.trim(), amount: value, status: 'pending' },
        ],
      },
    }));
    setSourceName('');
    setSourceAmount('');
  };
  return (
    <Section id="budget-heading" title="Resources and budget">
      <BudgetTotalsView plan={plan} />
      <BudgetLineEditors plan={plan} update={update} />
      <form onSubmit={addLine} className="inline-form">
        <label htmlFor="budget-label">New budget line</label>
        <input id="budget-label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
        <label htmlFor="budget-amount">New budget line: amount in whole dollars</label>
        <input id="budget-amount" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
        <label htmlFor="budget-kind">New budget line: cash or in-kind</label>
        <select
          id="budget-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as (typeof BUDGET_KINDS)[number])}
        >
          {BUDGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <label htmlFor="budget-source">New budget line: funding source</label>
        <select id="budget-source" value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">None</option>
          {plan.budget.fundingSources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit">Add budget line</button>
      </form>
      <h3>Funding sources</h3>
      <FundingSourceEditors plan={plan} update={update} />
      <form onSubmit={addSource} className="inline-form">
        <label htmlFor="source-name">New funding source: name</label>
        <input id="source-name" value={sourceName} onChange={(e) => setSourceName(e.target.value)} maxLength={200} />
        <label htmlFor="source-amount">New funding source: amount in whole dollars</label>
        <input
          id="source-amount"
          inputMode="numeric"
          value={sourceAmount}
          onChange={(e) => setSourceAmount(e.target.value)}
        />
        <button type="submit">Add funding source</button>
      </form>
    </Section>
  );
}

function CheckInSection({ plan, update }: { plan: PlanDocument; update: Update }) {
  const [date, setDate] = useState(localToday());
  const [note, setNote] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [statuses, setStatuses] = useState<Record<string, MilestoneStatus>>({});
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    update((d) => ({
      ...d,
      checkIns: [
        ...d.checkIns,
        {
          id: nextItemId(d, 'ci'),
          date,
          note: note.trim(),
          values: Object.entries(values)
            .filter(([, v]) => v.trim() !== '' && Number.isFinite(Number(v)))
            .map(([indicatorId, v]) => ({ indicatorId, value: Number(v) })),
          milestones: Object.entries(statuses).map(([milestoneId, status]) => ({ milestoneId, status })),
        },
      ],
    }));
    setNote('');
    setValues({});
    setStatuses({});
  };
  return (
    <Section id="checkins-heading" title="Check-ins">
      <p>{plan.checkIns.length === 0 ? 'No check-ins yet.' : `${plan.checkIns.length} check-ins recorded.`}</p>
      <form onSubmit={add}>
        <label htmlFor="checkin-date">Check-in date</label>
        <input id="checkin-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        {plan.indicators.map((indicator) => (
          <div key={indicator.id}>
            <label htmlFor={`checkin-value-${indicator.id}`}>Value for “{indicator.measure}”</label>
            <input
              id={`checkin-value-${indicator.id}`}
              inputMode="decimal"
              value={values[indicator.id] ?? ''}
              onChange={(e) => setValues({ ...values, [indicator.id]: e.target.value })}
            />
          </div>
        ))}
        {plan.milestones.map((ms) => (
          <div key={ms.id}>
            <label htmlFor={`checkin-status-${ms.id}`}>Status of “{ms.title}”</label>
            <select
              id={`checkin-status-${ms.id}`}
              value={statuses[ms.id] ?? ms.status}
              onChange={(e) => setStatuses({ ...statuses, [ms.id]: e.target.value as MilestoneStatus })}
            >
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {MILESTONE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <label htmlFor="checkin-note">Note</label>
        <textarea id="checkin-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
        <button type="submit">Record check-in</button>
      </form>
    </Section>
  );
}

export function ExportLinks({ base }: { base: string }) {
  return (
    <ul>
      <li>
        <a href={`${base}/export?format=pdf`}>Download the one-page plan (PDF)</a>
      </li>
      <li>
        <a href={`${base}/export?format=md`}>Download the plan as Markdown</a>
      </li>
      <li>
        <a href={`${base}/export?format=ics`}>Download the milestones as a calendar file</a>
      </li>
    </ul>
  );
}

function Editor({ plan }: { plan: Plan }) {
  const save = useSavePlan(plan.id);
  const [draft, setDraft] = useState<PlanDocument>(plan.document);
  const [version, setVersion] = useState(plan.version);
  const [dirty, setDirty] = useState(false);
  useDocumentTitle(draft.title);
  const canEdit = plan.access === 'owner' || plan.access === 'co-owner';
  const update: Update = (change) => {
    setDraft((d) => change(d));
    setDirty(true);
  };
  const onSave = () =>
    save.mutate(
      { version, document: draft },
      {
        onSuccess: (saved) => {
          setDraft(saved.document);
          setVersion(saved.version);
          setDirty(false);
        },
      },
    );
  const base = `/api/initiatives/${encodeURIComponent(plan.id)}`;
  return (
    <>
      <h1>{draft.title || 'Untitled plan'}</h1>
      <p>
        Owner: {plan.ownerName}. Your access: {plan.access}.{' '}
        {plan.access === 'owner' ? <Link to={`/initiatives/${plan.id}/sharing`}>Sharing</Link> : null}
      </p>
      <section aria-labelledby="health-heading">
        <h2 id="health-heading">Plan health</h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          <PlanHealthSummary plan={draft} />
        </div>
      </section>
      {canEdit ? (
        <>
          <ProblemSection plan={draft} update={update} />
          <LogicModelSection plan={draft} update={update} />
          <IndicatorsSection plan={draft} update={update} />
          <MilestonesSection plan={draft} update={update} />
          <BudgetSection plan={draft} update={update} />
          <NonprofitSection plan={draft} update={update} />
          <CheckInSection plan={draft} update={update} />
          <div className="save-bar">
            <button type="button" onClick={onSave} disabled={save.isPending || !dirty}>
              {save.isPending ? 'Saving…' : 'Save the plan'}
            </button>
            <p role="status" aria-live="polite">
              {save.isSuccess && !dirty ? 'Plan saved.' : dirty ? 'Unsaved changes.' : ''}
            </p>
            {save.isError ? <p role="alert">{describeError(save.error)}</p> : null}
          </div>
        </>
      ) : (
        <>
          <LogicModelDiagram plan={draft} />
          <LogicModelTable plan={draft} />
          <IndicatorTrends plan={draft} />
          <NonprofitReadOnly plan={plan} />
        </>
      )}
      <PlanConnections />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p>The export reflects the last saved version and warns about what plan health finds missing.</p>
        <ExportLinks base={base} />
      </section>
    </>
  );
}

function PlanLoader({ id }: { id: string }) {
  const plan = usePlan(id);
  const [loaded, setLoaded] = useState<Plan | null>(null);
  // The editor keeps its own draft; it is started once from the first answer, not reset by refetches.
  useEffect(() => {
    if (plan.data && !loaded) setLoaded(plan.data);
  }, [plan.data, loaded]);
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => plan.refetch()} />;
  if (!loaded) return <LoadingMessage label="Loading the plan…" />;
  return <Editor plan={loaded} />;
}

export function PlanEditorPage() {
  const { id = '' } = useParams();
  return <RequireUser>{() => <PlanLoader id={id} />}</RequireUser>;
}
