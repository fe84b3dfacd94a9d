import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MOTIVATION_IDS, MOTIVATION_LABELS } from '#contracts/matching.js';
import { CAUSE_IDS, CAUSE_LABELS, EDUCATION_IDS, EDUCATION_LABELS, RIASEC_LETTERS } from '#contracts/vocabulary.js';
import { CheckboxGroup, RadioGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RIASEC_LABELS } from '#web/lib/labels.js';
import { useSessionUser } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useLatestAssessment } from '../api/get-latest-assessment.js';
import {
  type AssessmentAnswers,
  answerStorage,
  EMPTY_ANSWERS,
  fromAssessment,
  interestsOf,
  ratedCount,
  readAnswers,
  STORAGE_KEYS,
  validateStep,
  writeAnswers,
} from '../assessment-answers.js';
import {
  activitiesFor,
  CAUSE_QUESTION,
  CONTACT_QUESTION,
  EDUCATION_QUESTIONS,
  FULL_ACTIVITIES,
  INTENSITY_QUESTION,
  INTEREST_VERSION_LABELS,
  INTEREST_VERSIONS,
  LOCATION_QUESTION,
  MAX_EDUCATION_LABELS,
  MOTIVATION_QUESTION,
  RATING_OPTIONS,
  SCALE_QUESTION,
  STEPS,
  US_STATES,
  VALUES_QUESTION,
} from '../assessment-questions.js';
import { StepProgress } from '../components/step-progress.js';
import '../assessment.css';

const FORM_ID = 'assessment-form';

const FIELD_LABELS: Record<string, string> = {
  causes: 'Causes',
  scale: 'Scale of change',
  clientContact: 'Time with the people you serve',
  emotionalIntensity: 'Emotional weight',
  currentEducation: 'Education completed',
  maxEducation: 'How far you will study',
  ...Object.fromEntries(FULL_ACTIVITIES.map((a) => [`activity-${a.id}`, 'Activities'])),
};

function parseStep(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= STEPS.length ? n - 1 : 0;
}

/** Picks where the answers start from (this browser's draft, or the last saved assessment) before showing the form. */
export function AssessmentPage() {
  const [searchParams] = useSearchParams();
  const current = parseStep(searchParams.get('step'));
  useDocumentTitle(`Step ${current + 1} of ${STEPS.length}: ${STEPS[current]?.title ?? ''} · Self-assessment`);
  const session = useSessionUser();
  const isSignedIn = session.user !== null;
  const latest = useLatestAssessment(!session.isLoading && isSignedIn);

  if (session.isLoading) return <LoadingMessage label="Loading the assessment…" />;
  const storage = answerStorage(isSignedIn);
  const draft = readAnswers(storage, STORAGE_KEYS.draft);
  if (!draft && isSignedIn && latest.isPending) return <LoadingMessage label="Loading your last answers…" />;
  if (!draft && isSignedIn && latest.isError)
    return <ErrorMessage error={latest.error} onRetry={() => latest.refetch()} />;
  const saved = latest.data?.assessment ?? null;
  // Signed in with nothing saved yet: start from answers given in this browser before signing in, if any.
  const fromBrowser = isSignedIn && !draft && !saved ? readAnswers(answerStorage(false), STORAGE_KEYS.draft) : null;
  const initial = draft ?? (saved ? fromAssessment(saved) : (fromBrowser ?? EMPTY_ANSWERS));
  const isPrefilled = draft !== null || saved !== null || fromBrowser !== null;
  return (
    <AssessmentForm
      key={isSignedIn ? 'signed-in' : 'signed-out'}
      initial={initial}
      isPrefilled={isPrefilled}
      storage={storage}
      isSignedIn={isSignedIn}
    />
  );
}

interface AssessmentFormProps {
  initial: AssessmentAnswers;
  isPrefilled: boolean;
  storage: Storage | null;
  isSignedIn: boolean;
}

function AssessmentForm({ initial, isPrefilled, storage, isSignedIn }: AssessmentFormProps) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const current = parseStep(searchParams.get('step'));
  const step = STEPS[current] ?? STEPS[0];
  const [answers, setAnswers] = useState<AssessmentAnswers>(initial);
  const [furthest, setFurthest] = useState(isPrefilled ? STEPS.length - 1 : current);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);

  // Every change is kept at once, so a closed tab or a Back press loses nothing.
  useEffect(() => writeAnswers(storage, STORAGE_KEYS.draft, answers), [storage, answers]);

  // A new step replaces the form's content: start reading (and tabbing) from its heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per step change
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [current]);

  function update<K extends keyof AssessmentAnswers>(field: K, value: AssessmentAnswers[K]) {
    setAnswers((prev) => ({ ...prev, [field]: value }));
    if (errors[field as string]) {
      setErrors(({ [field as string]: _dropped, ...rest }) => rest);
    }
  }

  function goTo(index: number) {
    setErrors({});
    setFurthest((f) => Math.max(f, index));
    setSearchParams({ step: String(index + 1) });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    const stepErrors = validateStep(step.id, answers);
    if (Object.keys(stepErrors).length > 0) {
      setErrors(stepErrors);
      return;
    }
    if (current < STEPS.length - 1) {
      goTo(current + 1);
      return;
    }
    // Last step: every earlier step must be complete too (someone may have jumped ahead).
    const incomplete = STEPS.findIndex((s) => Object.keys(validateStep(s.id, answers)).length > 0);
    if (incomplete >= 0) {
      const target = STEPS[incomplete];
      setSearchParams({ step: String(incomplete + 1) });
      setErrors(target ? validateStep(target.id, answers) : {});
      return;
    }
    writeAnswers(storage, STORAGE_KEYS.submitted, answers);
    navigate('/assessment/results');
  }

  if (!step) return null;
  const isLast = current === STEPS.length - 1;
  return (
    <div className="assessment narrow">
      <h1 tabIndex={-1}>Self-assessment</h1>
      <p className="lead">
        Eight short steps about what you care about, how you like to work and how far you will study. Your answers rank
        every helping career and explain each score.
        {isSignedIn
          ? ' Signed in, your results are saved so a later retake can show what changed.'
          : ' Your answers stay in this browser; sign in to save results and compare retakes.'}
      </p>
      <StepProgress steps={STEPS} current={current} furthest={furthest} onGoTo={goTo} />
      <form id={FORM_ID} className="form assessment-form panel" noValidate onSubmit={handleSubmit}>
        <ErrorSummary fieldErrors={errors} fieldLabels={FIELD_LABELS} formId={FORM_ID} />
        <h2 ref={headingRef} tabIndex={-1} className="step-title">
          <span className="step-number">
            Step {current + 1} of {STEPS.length}:
          </span>{' '}
          {step.title}
        </h2>
        <p className="step-intro">{step.intro}</p>
        <StepFields stepId={step.id} answers={answers} errors={errors} update={update} />
        <div className="form-actions step-actions">
          {current > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => goTo(current - 1)}>
              <span aria-hidden="true">← </span>Back
            </button>
          ) : null}
          <button type="submit" className="button">
            {isLast ? 'See my matches' : 'Next'}
            {isLast ? null : <span aria-hidden="true"> →</span>}
          </button>
        </div>
      </form>
      {isSignedIn ? (
        <p>
          <Link to="/assessment/results">See your latest results</Link>
        </p>
      ) : null}
    </div>
  );
}

interface StepFieldsProps {
  stepId: string;
  answers: AssessmentAnswers;
  errors: Record<string, string>;
  update: <K extends keyof AssessmentAnswers>(field: K, value: AssessmentAnswers[K]) => void;
}

function StepFields({ stepId, answers, errors, update }: StepFieldsProps) {
  switch (stepId) {
    case 'causes':
      return (
        <CheckboxGroup
          name="causes"
          legend={CAUSE_QUESTION.legend}
          hint={CAUSE_QUESTION.hint}
          error={errors.causes}
          isRequired
          options={CAUSE_IDS.map((id) => ({ value: id, label: CAUSE_LABELS[id] }))}
          values={answers.causes}
          onChange={(values) => update('causes', values)}
        />
      );
    case 'scale':
      return (
        <RadioGroup
          name="scale"
          legend={SCALE_QUESTION.legend}
          error={errors.scale}
          isRequired
          options={SCALE_QUESTION.options}
          value={answers.scale}
          onChange={(value) => update('scale', value)}
        />
      );
    case 'daily-work':
      return (
        <>
          <RadioGroup
            name="clientContact"
            legend={CONTACT_QUESTION.legend}
            error={errors.clientContact}
            isRequired
            options={CONTACT_QUESTION.options}
            value={answers.clientContact}
            onChange={(value) => update('clientContact', value)}
          />
          <RadioGroup
            name="emotionalIntensity"
            legend={INTENSITY_QUESTION.legend}
            error={errors.emotionalIntensity}
            isRequired
            options={INTENSITY_QUESTION.options}
            value={answers.emotionalIntensity}
            onChange={(value) => update('emotionalIntensity', value)}
          />
        </>
      );
    case 'values':
      return (
        <CheckboxGroup
          name="values"
          legend={VALUES_QUESTION.legend}
          hint={VALUES_QUESTION.hint}
          options={Object.entries(VALUES_QUESTION.options).map(([value, label]) => ({
            value: value as keyof typeof VALUES_QUESTION.options,
            label,
          }))}
          values={answers.values}
          onChange={(values) => update('values', values)}
        />
      );
    case 'interests':
      return <InterestFields answers={answers} errors={errors} update={update} />;
    case 'education':
      return (
        <>
          <RadioGroup
            name="currentEducation"
            legend={EDUCATION_QUESTIONS.current.legend}
            error={errors.currentEducation}
            isRequired
            options={[
              { value: 'none' as const, label: EDUCATION_QUESTIONS.current.none },
              ...EDUCATION_IDS.map((id) => ({ value: id, label: EDUCATION_LABELS[id] })),
            ]}
            value={answers.currentEducation}
            onChange={(value) => update('currentEducation', value)}
          />
          <RadioGroup
            name="maxEducation"
            legend={EDUCATION_QUESTIONS.max.legend}
            hint={EDUCATION_QUESTIONS.max.hint}
            error={errors.maxEducation}
            isRequired
            options={EDUCATION_IDS.map((id) => ({ value: id, label: MAX_EDUCATION_LABELS[id] }))}
            value={answers.maxEducation}
            onChange={(value) => update('maxEducation', value)}
          />
          <RadioGroup
            name="needsFlexibleStudy"
            legend={EDUCATION_QUESTIONS.flexible.legend}
            hint={EDUCATION_QUESTIONS.flexible.hint}
            options={EDUCATION_QUESTIONS.flexible.options as { value: 'yes' | 'no'; label: string }[]}
            value={answers.needsFlexibleStudy}
            onChange={(value) => update('needsFlexibleStudy', value)}
          />
        </>
      );
    case 'location':
      return <LocationField value={answers.jurisdiction} onChange={(value) => update('jurisdiction', value)} />;
    case 'motivations':
      return (
        <CheckboxGroup
          name="motivations"
          legend={MOTIVATION_QUESTION.legend}
          hint={MOTIVATION_QUESTION.hint}
          options={MOTIVATION_IDS.map((id) => ({ value: id, label: MOTIVATION_LABELS[id] }))}
          values={answers.motivations}
          onChange={(values) => update('motivations', values)}
        />
      );
    default:
      return null;
  }
}

function LocationField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{LOCATION_QUESTION.label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {LOCATION_QUESTION.hint}
      </p>
      <select
        id={id}
        name="jurisdiction"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{LOCATION_QUESTION.none}</option>
        {US_STATES.map(([code, name]) => (
          <option key={code} value={`US-${code}`}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

function InterestFields({ answers, errors, update }: Omit<StepFieldsProps, 'stepId'>) {
  const rated = ratedCount(answers);
  const scores = interestsOf(answers);
  const isCarriedOver = rated === 0 && answers.savedInterests !== null;
  const activities = activitiesFor(answers.interestVersion);
  return (
    <>
      <RadioGroup
        name="interestVersion"
        legend="How many activities would you like to rate?"
        hint="Both give scores on the same scale; more activities give a steadier picture. Ratings you gave carry over."
        options={INTEREST_VERSIONS.map((value) => ({ value, label: INTEREST_VERSION_LABELS[value] }))}
        value={answers.interestVersion}
        onChange={(value) => update('interestVersion', value)}
      />
      {isCarriedOver ? (
        <p className="notice">
          Your interest scores from last time are kept. Rate the activities below only if you want to change them.
        </p>
      ) : null}
      <p className="field-hint" id="rating-count" aria-live="polite">
        {rated} of {activities.length} activities rated.
      </p>
      {activities.map((activity) => {
        const name = `activity-${activity.id}`;
        const error = errors[name];
        const errorId = `${name}-error`;
        return (
          <fieldset
            key={activity.id}
            className="segmented rating-group"
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
          >
            <legend>{activity.text}</legend>
            {error ? (
              <p id={errorId} className="field-error">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            ) : null}
            {RATING_OPTIONS.map((option) => {
              const inputId = `${name}-${option.value}`;
              return (
                <div className="segment" key={option.value}>
                  <input
                    id={inputId}
                    type="radio"
                    name={name}
                    value={option.value}
                    checked={answers.ratings[activity.id] === option.value}
                    onChange={() => update('ratings', { ...answers.ratings, [activity.id]: option.value })}
                  />
                  <label htmlFor={inputId}>{option.label}</label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      {rated > 0 ? (
        <p>
          <button type="button" className="button button-secondary button-small" onClick={() => update('ratings', {})}>
            Clear my ratings
          </button>
        </p>
      ) : null}
      {scores ? (
        <table className="profile-table interest-scores">
          <caption>Your interest scores, 0 to 7 (the scale O*NET uses for careers)</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {RIASEC_LETTERS.map((letter) => (
              <tr key={letter}>
                <th scope="row">
                  {RIASEC_LABELS[letter].name}
                  <span className="profile-hint"> {RIASEC_LABELS[letter].hint}</span>
                </th>
                <td>{scores[letter]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
