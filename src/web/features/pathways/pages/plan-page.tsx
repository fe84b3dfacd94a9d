import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CURRENT_STAGE_LABELS, type CurrentStage, type PlanDetail } from '#contracts/pathways.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError, describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { type PlanChange, useChangePlan, useDeletePlan } from '../api/change-plan.js';
import { usePathwayOptions } from '../api/get-pathway-options.js';
import { usePlan } from '../api/get-plan.js';
import { RoadmapSummary } from '../components/roadmap-summary.js';
import { type PlanActions, RoadmapTimeline } from '../components/roadmap-timeline.js';
import { formatPlanDate } from '../pathway-format.js';
import '../pathways.css';

function ChangeStageForm({ plan, onChange }: { plan: PlanDetail; onChange: (change: PlanChange) => void }) {
  const id = useId();
  const options = usePathwayOptions(plan.careerId);
  const [stage, setStage] = useState<CurrentStage>(plan.stage);
  const [startDate, setStartDate] = useState(plan.startDate);
  const allowed = (options.data?.stages ?? []).filter((s) => s.isAllowed);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ kind: 'plan', body: { stage, startDate } });
  }
  return (
    <details className="change-stage no-print">
      <summary>Change where you are or the start date</summary>
      <form className="inline-form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Where you are now</label>
          <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as CurrentStage)}>
            {(allowed.length > 0 ? allowed : [{ id: plan.stage, label: CURRENT_STAGE_LABELS[plan.stage] }]).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-start`}>Start date</label>
          <input id={`${id}-start`} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </div>
        <button type="submit" className="button button-small">
          Update plan
        </button>
      </form>
    </details>
  );
}

function DeletePlan({ planId }: { planId: string }) {
  const navigate = useNavigate();
  const remove = useDeletePlan(planId);
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
        Delete this plan
      </button>
    );
  }
  return (
    <fieldset className="confirm-delete">
      <legend>Delete this plan, its ticks and your own steps? This cannot be undone.</legend>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-disabled={remove.isPending}
          onClick={() =>
            remove.mutate(undefined, {
              onSuccess: () => navigate('/pathways', { state: { flash: 'The plan was deleted.' } }),
            })
          }
        >
          Yes, delete it
        </button>
        <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
          Keep it
        </button>
      </div>
      {remove.isError ? <p className="field-error">{describeError(remove.error)}</p> : null}
    </fieldset>
  );
}

function PlanBody({ plan }: { plan: PlanDetail }) {
  const ids = useId();
  const change = useChangePlan(plan.id);
  const [status, setStatus] = useState('');
  const [pendingStep, setPendingStep] = useState<{ id: string; done: boolean } | null>(null);

  function send(next: PlanChange, done: string) {
    change.mutate(next, {
      onSuccess: () => setStatus(done),
      onError: (error) => setStatus(`Not saved: ${describeError(error)}`),
      onSettled: () => setPendingStep(null),
    });
  }

  const actions: PlanActions = {
    pendingStep,
    onToggleStep: (item, done) => {
      setPendingStep({ id: item.id, done });
      send({ kind: 'step', stepId: item.id, body: { done } }, `${done ? 'Ticked' : 'Unticked'}: ${item.text}`);
    },
    onSetStageTarget: (stage, targetDate) =>
      send(
        { kind: 'stage-target', stageId: stage.id, targetDate },
        targetDate
          ? `Target date for ${stage.title}: ${formatPlanDate(targetDate)}`
          : `Target date cleared for ${stage.title}`,
      ),
    onAddStep: (stage, text, targetDate) =>
      send({ kind: 'add-step', body: { stageId: stage.id, text, targetDate } }, `Added to ${stage.title}: ${text}`),
    onDeleteStep: (item) => send({ kind: 'delete-step', stepId: item.id }, `Removed: ${item.text}`),
  };

  const { roadmap } = plan;
  return (
    <>
      <p className="plan-meta">
        {CURRENT_STAGE_LABELS[plan.stage]}; planned from {formatPlanDate(plan.startDate)}.{' '}
        <span className="progress-text">
          {plan.progress.done} of {plan.progress.total} steps done.
        </span>
      </p>
      <div className="plan-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print plan
        </button>
        <a className="button button-secondary" href={`/api/plans/${encodeURIComponent(plan.id)}/calendar.ics`} download>
          Download calendar (.ics)
        </a>
      </div>
      <p role="status" className="inline-status plan-status">
        {status}
      </p>

      <section aria-labelledby={`${ids}-overview`}>
        <h2 id={`${ids}-overview`}>Overview</h2>
        {plan.newerRuleSetVersion !== null && plan.ruleSetId ? (
          <div className="notice no-print">
            <p>
              The {plan.ruleSetId} rules have a newer version ({plan.newerRuleSetVersion}); this plan is still measured
              against version {plan.ruleSetVersion}.
            </p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                send(
                  { kind: 'plan', body: { useLatestRules: true } },
                  `Now measured against version ${plan.newerRuleSetVersion}`,
                )
              }
            >
              Use version {plan.newerRuleSetVersion}
            </button>
          </div>
        ) : null}
        <RoadmapSummary roadmap={roadmap} />
        <ChangeStageForm
          key={`${plan.stage}-${plan.startDate}`}
          plan={plan}
          onChange={(c) => send(c, 'Plan updated')}
        />
      </section>

      <section aria-labelledby={`${ids}-road`}>
        <h2 id={`${ids}-road`}>Your road</h2>
        <RoadmapTimeline stages={roadmap.stages} actions={actions} headingId={`${ids}-road`} />
      </section>

      {roadmap.completed.length > 0 || plan.otherSteps.length > 0 ? (
        <section aria-labelledby={`${ids}-behind`}>
          <h2 id={`${ids}-behind`}>Behind you</h2>
          <ul>
            {roadmap.completed.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
          {plan.otherSteps.length > 0 ? (
            <>
              <h3>Your steps on those stages</h3>
              <ul>
                {plan.otherSteps.map((s) => (
                  <li key={s.id}>
                    {s.text}
                    {s.done ? ' (done)' : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby={`${ids}-delete`} className="no-print">
        <h2 id={`${ids}-delete`}>Delete</h2>
        <DeletePlan planId={plan.id} />
      </section>
    </>
  );
}

/** On paper every "what this rests on" list is opened, since nobody can click a printed page. */
function useOpenDetailsWhilePrinting() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.plan-page .stage-basis:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

function PlanLoader({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  useOpenDetailsWhilePrinting();
  const isNotFound = plan.error instanceof ApiError && (plan.error.status === 404 || plan.error.status === 400);
  useDocumentTitle(plan.data?.title ?? (isNotFound ? 'Plan not found' : 'Plan'));
  let title = 'Loading plan…';
  if (plan.data) title = plan.data.title;
  else if (isNotFound) title = 'Plan not found';
  else if (plan.isError) title = 'Plan could not be loaded';
  return (
    <article className="plan-page" aria-labelledby="plan-title">
      <p className="breadcrumb no-print">
        <Link to="/pathways">Pathways</Link>
      </p>
      <h1 id="plan-title" tabIndex={-1}>
        {title}
      </h1>
      {plan.isPending ? <LoadingMessage label="Loading plan…" /> : null}
      {isNotFound ? (
        <p>
          There is no plan of yours at this address. <Link to="/pathways">Start a plan</Link> instead.
        </p>
      ) : null}
      {plan.isError && !isNotFound ? <ErrorMessage error={plan.error} onRetry={() => plan.refetch()} /> : null}
      {plan.data ? <PlanBody plan={plan.data} /> : null}
    </article>
  );
}

export function PlanPage() {
  const { planId = '' } = useParams();
  return <RequireUser>{() => <PlanLoader planId={planId} />}</RequireUser>;
}
