import { type FormEvent, useId } from 'react';

import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { CURRENT_STAGE_LABELS, type CurrentStage, CurrentStageSchema } from '#contracts/pathways.js';

import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';
import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useCreatePlan } from '../api/create-plan.js';

import { usePathwayOptions } from '../api/get-pathway-options.js';

import { usePlannableCareers } from '../api/list-plannable-careers.js';

import { usePlans } from '../api/list-plans.js';

import { usePathwayPreview } from '../api/preview-pathway.js';

import { RoadmapSummary } from '../components/roadmap-summary.js';

import { RoadmapTimeline } from '../components/roadmap-timeline.js';

import { formatPlanDate } from '../pathway-format.js';
import '../pathways.css';
import { localToday } from '#web/lib/format-date.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function YourPlans() {
  const plans = usePlans(true);
  if (plans.isPending) return <LoadingMessage label="Loading your plans…" />;
  if (plans.isError) return <ErrorMessage error={plans.error} onRetry={() => plans.refetch()} />;
  if (plans.data.items.length === 0) return <p>You have no saved plans yet.</p>;
  return (
    <ul className="link-list">
      {plans.data.items.map((plan) => (
        <li key={plan.id}>
          <Link to={`/pathways/${plan.id}`}>{plan.title}</Link>{' '}
          <span className="link-meta">
            {CURRENT_STAGE_LABELS[plan.stage]}; from {formatPlanDate(plan.startDate)}
            {plan.ruleSetId ? `; rules ${plan.ruleSetId} v${plan.ruleSetVersion}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Choose a career, where you will practise and where you stand; the timeline below follows every change, and a
 * signed-in person can save it as a plan. The choices live in the address, so a link (e.g. "Plan this path")
 * or a reload brings them back.
 */
export function PathwaysPage() {
  useDocumentTitle('Plan your path');
  const ids = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const user = session.data?.user ?? null;
  const careers = usePlannableCareers();
  const createPlan = useCreatePlan();

  const careerId = searchParams.get('career');
  const jurisdictionHint = searchParams.get('jurisdiction');
  const ruleSetParam = searchParams.get('rules');
  const stageParam = CurrentStageSchema.safeParse(searchParams.get('stage'));
  const startDate = searchParams.get('start') ?? localToday();
  const options = usePathwayOptions(careerId);

  const ruleSets = options.data?.ruleSets ?? [];
  const allowedStages = (options.data?.stages ?? []).filter((s) => s.isAllowed);
  const hinted = jurisdictionHint ? ruleSets.filter((r) => r.jurisdiction === jurisdictionHint) : [];
  const ruleSetId =
    ruleSetParam !== null
      ? ruleSets.some((r) => r.id === ruleSetParam)
        ? ruleSetParam
        : null
      : hinted.length === 1
        ? (hinted[0]?.id ?? null)
        : null;
  const stage: CurrentStage =
    stageParam.success && allowedStages.some((s) => s.id === stageParam.data) ? stageParam.data : 'starting';
  const isDateValid = ISO_DATE.test(startDate);

  const preview = usePathwayPreview(
    careerId && options.data && isDateValid ? { careerId, ruleSetId, stage, startDate } : null,
  );

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next, { replace: true });
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!careerId || createPlan.isPending || !isDateValid) return;
    createPlan.mutate(
      { careerId, ruleSetId, stage, startDate },
      { onSuccess: (plan) => navigate(`/pathways/${plan.id}`, { state: { flash: 'Your plan is saved.' } }) },
    );
  }

  const signInNext = encodeURIComponent(`${location.pathname}${location.search}`);

  return (
    <div className="pathways-page">
      <h1 tabIndex={-1}>Plan your path</h1>
      <p className="lead">
        From where you stand today to practising: the degrees, field experience, exams, supervised hours and license a
        career asks for, with dates you can plan around.
      </p>

      <section aria-labelledby={`${ids}-choose`} className="panel">
        <h2 id={`${ids}-choose`}>Your starting point</h2>
        <form id={`${ids}-form`} className="form plan-form" onSubmit={handleSave} noValidate>
          <div className="field">
            <label htmlFor={`${ids}-career`}>Career</label>
            {careers.isError ? <ErrorMessage error={careers.error} onRetry={() => careers.refetch()} /> : null}
            <select
              id={`${ids}-career`}
              name="careerId"
              value={careerId ?? ''}
              onChange={(e) => update({ career: e.target.value, rules: null, jurisdiction: null, stage: null })}
            >
              <option value="">Choose a career</option>
              {(careers.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
              {careerId && careers.data && !careers.data.items.some((c) => c.id === careerId) ? (
                <option value={careerId}>{careerId}</option>
              ) : null}
            </select>
          </div>

          {options.isError ? <ErrorMessage error={options.error} onRetry={() => options.refetch()} /> : null}

          {careerId && ruleSets.length > 0 ? (
            <div className="field">
              <label htmlFor={`${ids}-rules`}>Where you will practise</label>
              <p id={`${ids}-rules-hint`} className="field-hint">
                Licensing is set by each state. Choose one to see its supervised hours and minimum duration.
              </p>
              <select
                id={`${ids}-rules`}
                name="ruleSetId"
                aria-describedby={`${ids}-rules-hint`}
                value={ruleSetId ?? ''}
                onChange={(e) => update({ rules: e.target.value === '' ? '' : e.target.value, jurisdiction: null })}
              >
                <option value="">No state yet (general road)</option>
                {ruleSets.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.jurisdictionName}: {r.title}
                    {r.unverifiedCount > 0 ? ` (${r.unverifiedCount} of ${r.requirementCount} not verified)` : ''}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          {careerId && options.data ? (
            <div className="field">
              <label htmlFor={`${ids}-stage`}>Where you are now</label>
              <p id={`${ids}-stage-hint`} className="field-hint">
                Only stages that fit this career’s road are listed.
              </p>
              <select
                id={`${ids}-stage`}
                name="stage"
                aria-describedby={`${ids}-stage-hint`}
                value={stage}
                onChange={(e) => update({ stage: e.target.value })}
              >
                {allowedStages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          {careerId ? (
            <div className="field field-date">
              <label htmlFor={`${ids}-start`}>Start date</label>
              <p id={`${ids}-start-hint`} className="field-hint">
                When the first stage ahead of you starts.
              </p>
              {isDateValid ? null : (
                <p id={`${ids}-start-error`} className="field-error">
                  Enter a date.
                </p>
              )}
              <input
                id={`${ids}-start`}
                name="startDate"
                type="date"
                value={startDate}
                aria-invalid={isDateValid ? undefined : true}
                aria-describedby={`${ids}-start-hint${isDateValid ? '' : ` ${ids}-start-error`}`}
                onChange={(e) => update({ start: e.target.value })}
              />
            </div>
          ) : null}

          {careerId ? (
            <div className="form-actions">
              {user ? (
                <button type="submit" className="button" aria-disabled={createPlan.isPending || !preview.data}>
                  {createPlan.isPending ? 'Saving…' : 'Save this plan'}
                </button>
              ) : (
                <Link className="button" to={`/signin?next=${signInNext}`}>
                  Sign in to save this plan
                </Link>
              )}
            </div>
          ) : null}
          {createPlan.isError ? (
            <p role="alert" className="notice notice-error">
              {describeError(createPlan.error)}
            </p>
          ) : null}
        </form>
      </section>

      {careerId ? (
        <section aria-labelledby={`${ids}-timeline`} className="plan-preview">
          <h2 id={`${ids}-timeline`}>Timeline</h2>
          {preview.isPending && preview.fetchStatus !== 'idle' ? (
            <LoadingMessage label="Working out the road…" />
          ) : null}
          {preview.isError ? <ErrorMessage error={preview.error} /> : null}
          {preview.data ? (
            <div aria-busy={preview.isFetching}>
              <RoadmapSummary roadmap={preview.data} />
              {preview.data.completed.length > 0 ? (
                <p>Behind you: {preview.data.completed.map((c) => c.title).join(', ')}.</p>
              ) : null}
              <RoadmapTimeline stages={preview.data.stages} headingId={`${ids}-timeline`} />
            </div>
          ) : null}
        </section>
      ) : (
        <p>Choose a career to see its road. You can also start from a career page or from your matches.</p>
      )}

      {user ? (
        <section aria-labelledby={`${ids}-plans`} className="panel">
          <h2 id={`${ids}-plans`}>Your saved plans</h2>
          <YourPlans />
        </section>
      ) : null}

      <p>
        <Link to="/rules">Licensure rules by state</Link>: every figure with its source and the date it was checked.
      </p>
    </div>
  );
}
