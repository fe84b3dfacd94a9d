import { type FormEvent, useId, useState } from 'react';
import type { PlanChecklistItem, PlanStage, RoadmapStage } from '#contracts/pathways.js';
import { formatDuration, formatPlanDate, STAGE_KIND_LABELS } from '../pathway-format.js';
import { StageBasis } from './stage-basis.js';

/** What a saved plan lets the person do on its timeline; left out, the timeline is a read-only preview. */
export interface PlanActions {
  onToggleStep: (item: PlanChecklistItem, done: boolean) => void;
  onSetStageTarget: (stage: PlanStage, targetDate: string | null) => void;
  onAddStep: (stage: PlanStage, text: string, targetDate: string | null) => void;
  onDeleteStep: (item: PlanChecklistItem) => void;
  /** The step whose tick is being saved, with the value it is changing to. */
  pendingStep: { id: string; done: boolean } | null;
}

type AnyStage = RoadmapStage | PlanStage;

function isPlanStage(stage: AnyStage): stage is PlanStage {
  return stage.checklist.every((item) => 'done' in item);
}

const STATUS_LABELS: Record<RoadmapStage['status'], string> = {
  'in-progress': 'In progress',
  upcoming: 'Ahead',
  ongoing: 'Ongoing',
};

function StageDates({ stage }: { stage: AnyStage }) {
  const duration = formatDuration(stage);
  if (stage.timing === 'ongoing')
    return (
      <p className="stage-dates">
        From {formatPlanDate(stage.projectedStart)}, {duration}
      </p>
    );
  const isMilestone = stage.durationMonths === 0 && stage.timing === 'sequential';
  return (
    <p className="stage-dates">
      {stage.projectedStart ? (
        <time dateTime={stage.projectedStart}>{formatPlanDate(stage.projectedStart)}</time>
      ) : (
        'Start not known yet'
      )}
      {isMilestone ? null : (
        <>
          {' to '}
          {stage.projectedEnd ? (
            <time dateTime={stage.projectedEnd}>{formatPlanDate(stage.projectedEnd)}</time>
          ) : (
            'end not known yet'
          )}
        </>
      )}
      {' · '}
      {duration}
      {stage.targetDate ? ' · your target date' : ''}
    </p>
  );
}

function TargetDateForm({ stage, actions }: { stage: PlanStage; actions: PlanActions }) {
  const id = useId();
  const [value, setValue] = useState(stage.targetDate ?? '');
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    actions.onSetStageTarget(stage, value === '' ? null : value);
  }
  return (
    <form className="inline-form stage-target no-print" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={`${id}-target`}>Target end date for {stage.title}</label>
        <input id={`${id}-target`} type="date" value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit" className="button button-secondary button-small">
        Save date
      </button>
      {stage.targetDate ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setValue('');
            actions.onSetStageTarget(stage, null);
          }}
        >
          Clear date
        </button>
      ) : null}
    </form>
  );
}

function AddStepForm({ stage, actions }: { stage: PlanStage; actions: PlanActions }) {
  const id = useId();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write the step first.');
      return;
    }
    setError(null);
    actions.onAddStep(stage, text.trim(), date === '' ? null : date);
    setText('');
    setDate('');
  }
  return (
    <details className="add-step no-print">
      <summary>Add your own step to {stage.title}</summary>
      <form className="inline-form" onSubmit={handleSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>Your step</label>
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : null}
          <input
            id={`${id}-text`}
            type="text"
            value={text}
            maxLength={300}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-date`}>By (optional)</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button type="submit" className="button button-small">
          Add step
        </button>
      </form>
    </details>
  );
}

function Checklist({
  stage,
  actions,
  subHeading,
}: {
  stage: AnyStage;
  actions?: PlanActions;
  subHeading: 'h4' | 'h5';
}) {
  const id = useId();
  const SubHeading = subHeading;
  if (stage.checklist.length === 0) return null;
  if (!actions || !isPlanStage(stage)) {
    return (
      <>
        <SubHeading className="checklist-title">Steps</SubHeading>
        <ul className="checklist checklist-preview">
          {stage.checklist.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <fieldset className="checklist">
      <legend>Checklist: {stage.title}</legend>
      {stage.checklist.map((item, index) => {
        const inputId = `${id}-${index}`;
        const isPending = actions.pendingStep?.id === item.id;
        const isDone = isPending ? (actions.pendingStep?.done ?? item.done) : item.done;
        return (
          <div className={`choice checklist-item${isDone ? ' is-done' : ''}`} key={item.id}>
            <input
              id={inputId}
              type="checkbox"
              checked={isDone}
              onChange={(e) => actions.onToggleStep(item, e.target.checked)}
            />
            <label htmlFor={inputId}>
              {item.text}
              {item.origin === 'own' ? <span className="choice-hint"> (your step)</span> : null}
              {item.targetDate ? <span className="choice-hint"> — by {formatPlanDate(item.targetDate)}</span> : null}
            </label>
            {item.origin === 'own' ? (
              <button type="button" className="link-button no-print" onClick={() => actions.onDeleteStep(item)}>
                Remove<span className="visually-hidden"> “{item.text}”</span>
              </button>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function StageItem({
  stage,
  actions,
  headingLevel,
}: {
  stage: AnyStage;
  actions?: PlanActions;
  headingLevel: 'h3' | 'h4';
}) {
  const titleId = useId();
  const Heading = headingLevel;
  const subHeading = headingLevel === 'h3' ? 'h4' : 'h5';
  const planStage = actions && isPlanStage(stage) ? stage : null;
  return (
    <li className={`timeline-stage stage-${stage.status} stage-${stage.timing}`} aria-labelledby={titleId}>
      <p className="stage-kind">
        {STAGE_KIND_LABELS[stage.kind]}
        {stage.timing === 'during' ? ' · during the degree' : ''} ·{' '}
        <span className="stage-status">{STATUS_LABELS[stage.status]}</span>
      </p>
      <Heading id={titleId} className="stage-title">
        {stage.title}
      </Heading>
      <StageDates stage={stage} />
      <p>{stage.description}</p>
      {stage.durationNote && stage.timing === 'sequential' ? <p className="stage-note">{stage.durationNote}</p> : null}
      <StageBasis facts={stage.facts} requirements={stage.requirements} subHeading={subHeading} />
      <Checklist stage={stage} actions={actions} subHeading={subHeading} />
      {planStage && actions && planStage.timing === 'sequential' ? (
        <TargetDateForm stage={planStage} actions={actions} />
      ) : null}
      {planStage && actions ? <AddStepForm stage={planStage} actions={actions} /> : null}
    </li>
  );
}

/**
 * The road as an ordered list: sequential stages with their dates (field experience sits inside its degree), then
 * the steps that run all along the way.
 */
export function RoadmapTimeline({
  stages,
  actions,
  headingId,
}: {
  stages: AnyStage[];
  actions?: PlanActions;
  headingId: string;
}) {
  const onRoad = stages.filter((s) => s.timing !== 'ongoing');
  const ongoing = stages.filter((s) => s.timing === 'ongoing');
  return (
    <>
      {onRoad.length > 0 ? (
        <ol className="timeline" aria-labelledby={headingId}>
          {onRoad.map((stage) => (
            <StageItem key={stage.id} stage={stage} actions={actions} headingLevel="h3" />
          ))}
        </ol>
      ) : (
        <p>Nothing is left on the road itself: what remains runs all along the way.</p>
      )}
      {ongoing.length > 0 ? (
        <section aria-labelledby={`${headingId}-ongoing`} className="ongoing">
          <h3 id={`${headingId}-ongoing`}>All along the way</h3>
          <ul className="timeline timeline-ongoing">
            {ongoing.map((stage) => (
              <StageItem key={stage.id} stage={stage} actions={actions} headingLevel="h4" />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
