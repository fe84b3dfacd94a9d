import type { AssessmentStep } from '../assessment-questions.js';

interface StepProgressProps {
  steps: readonly AssessmentStep[];
  /** Zero-based index of the step on screen. */
  current: number;
  /** Steps up to this index may be revisited with a button. */
  furthest: number;
  onGoTo: (index: number) => void;
}

/** "Step 3 of 8" as a progress bar and as an ordered list whose current item carries aria-current="step". */
export function StepProgress({ steps, current, furthest, onGoTo }: StepProgressProps) {
  const total = steps.length;
  return (
    <div className="assessment-progress">
      <p className="progress-count" id="assessment-progress-label">
        Step {current + 1} of {total}
      </p>
      <progress max={total} value={current + 1} aria-labelledby="assessment-progress-label">
        Step {current + 1} of {total}
      </progress>
      <ol className="step-list" aria-label="Assessment steps">
        {steps.map((step, index) => {
          const isCurrent = index === current;
          return (
            <li
              key={step.id}
              aria-current={isCurrent ? 'step' : undefined}
              className={isCurrent ? 'is-current' : undefined}
            >
              {!isCurrent && index <= furthest ? (
                <button type="button" className="step-link" onClick={() => onGoTo(index)}>
                  {step.title}
                  <span className="visually-hidden">: go to step {index + 1}</span>
                </button>
              ) : (
                <span>{step.title}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
