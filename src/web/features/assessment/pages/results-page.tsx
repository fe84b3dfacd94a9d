import { useEffect, useId, useMemo, useRef, useState } from 'react';

import { Link } from 'react-router';

import type { MatchResult } from '#contracts/matching.js';
import {
  SCALE_IDS,
  SCALE_LABELS,
  type ScaleId,
  SECTOR_IDS,
  SECTOR_LABELS,
  type SectorId,
} from '#contracts/vocabulary.js';

import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';
import { useSessionUser } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useDismissCareer, useRestoreCareer } from '../api/dismissals.js';
import { useLatestAssessment } from '../api/get-latest-assessment.js';

import { useMatchResults } from '../api/match-careers.js';

import {
  type AssessmentAnswers,
  answerStorage,
  fromAssessment,
  readAnswers,
  readDismissed,
  STORAGE_KEYS,
  toMatchRequest,
  writeDismissed,
} from '../assessment-answers.js';

import { MatchCard } from '../components/match-card.js';

import { MotivationReflection } from '../components/motivation-reflection.js';

import { WhatChanged } from '../components/what-changed.js';

import '../assessment.css';
import { formatDateTime } from '#web/lib/format-date.js';

const PAGE = 10;

/**
 * Where the answers come from. Signed in: this tab's last submit, else the latest saved assessment, else answers
 * given before signing in (posting them saves them). Signed out: this browser's last submit.
 */
function useAnswerSource(isSignedIn: boolean, isSessionLoading: boolean) {
  const submitted = isSessionLoading ? null : readAnswers(answerStorage(isSignedIn), STORAGE_KEYS.submitted);
  const latest = useLatestAssessment(!isSessionLoading && isSignedIn && submitted === null);
  if (isSessionLoading) return { isLoading: true, error: null, answers: null };
  if (submitted) return { isLoading: false, error: null, answers: submitted };
  if (!isSignedIn) return { isLoading: false, error: null, answers: null };
  if (latest.isPending) return { isLoading: true, error: null, answers: null };
  if (latest.isError) return { isLoading: false, error: latest.error, answers: null };
  const saved = latest.data.assessment;
  const fromBrowser = readAnswers(answerStorage(false), STORAGE_KEYS.submitted);
  return { isLoading: false, error: null, answers: saved ? fromAssessment(saved) : fromBrowser };
}

export function ResultsPage() {
  useDocumentTitle('Your career matches');
  const session = useSessionUser();
  const isSignedIn = session.user !== null;
  const source = useAnswerSource(isSignedIn, session.isLoading);

  if (source.isLoading) return <LoadingMessage label="Loading your answers…" />;
  return (
    <div className="assessment-results">
      <h1 tabIndex={-1}>Your career matches</h1>
      {source.error ? <ErrorMessage error={source.error} /> : null}
      {source.answers ? (
        <Results answers={source.answers} isSignedIn={isSignedIn} />
      ) : source.error ? null : (
        <div className="empty-state">
          <p>You have not taken the self-assessment yet, so there is nothing to rank.</p>
          <p>
            <Link to="/assessment" className="button">
              Start the assessment
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}

function Results({ answers, isSignedIn }: { answers: AssessmentAnswers; isSignedIn: boolean }) {
  const [localDismissed, setLocalDismissed] = useState<string[]>(() => (isSignedIn ? [] : readDismissed()));
  const request = useMemo(
    () => toMatchRequest(answers, isSignedIn ? [] : localDismissed),
    [answers, isSignedIn, localDismissed],
  );
  const match = useMatchResults(request);
  const dismiss = useDismissCareer();
  const restore = useRestoreCareer();
  // Hidden at once on click; the next ranking from the server leaves them out for good.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const [sector, setSector] = useState<SectorId | ''>('');
  const [scale, setScale] = useState<ScaleId | ''>('');
  const [shown, setShown] = useState(PAGE);
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const titleRefs = useRef(new Map<string, HTMLAnchorElement>());
  const focusPlace = useRef<number | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const sectorId = useId();
  const scaleId = useId();

  const data = match.data;
  const filtered = useMemo(
    () =>
      (data?.results ?? []).filter(
        (r) => !hidden.has(r.id) && (sector === '' || r.sector === sector) && (scale === '' || r.scale === scale),
      ),
    [data, hidden, sector, scale],
  );
  const visible = filtered.slice(0, shown);

  // After a dismissal, focus goes to the career that moved up into its place (or the list heading if none did).
  useEffect(() => {
    const place = focusPlace.current;
    if (place === null) return;
    focusPlace.current = null;
    const next = visible[place] ?? visible[place - 1];
    const target = next ? titleRefs.current.get(next.id) : null;
    (target ?? listHeadingRef.current)?.focus();
  }, [visible]);

  function handleDismiss(result: MatchResult) {
    setActionError(null);
    const place = visible.findIndex((r) => r.id === result.id);
    focusPlace.current = place < 0 ? null : place;
    const next = visible[place + 1] ?? filtered[shown];
    setHidden((prev) => new Set(prev).add(result.id));
    setRestored((prev) => without(prev, result.id));
    setAnnouncement(
      `${result.title} set aside.${next ? ` ${next.title} moved up.` : ''} You can bring it back below the list.`,
    );
    if (isSignedIn) {
      dismiss.mutate(result.id, {
        onError: (error) => {
          setHidden((prev) => without(prev, result.id));
          setActionError(`${result.title} could not be set aside: ${describeError(error)}`);
        },
      });
    } else {
      const ids = [...localDismissed, result.id];
      writeDismissed(ids);
      setLocalDismissed(ids);
    }
  }

  function handleRestore(id: string, title: string) {
    setActionError(null);
    setHidden((prev) => without(prev, id));
    setRestored((prev) => new Set(prev).add(id));
    setAnnouncement(`${title} is back in your matches.`);
    if (isSignedIn) {
      restore.mutate(id, {
        onError: (error) => setActionError(`${title} could not be brought back: ${describeError(error)}`),
      });
    } else {
      const ids = localDismissed.filter((d) => d !== id);
      writeDismissed(ids);
      setLocalDismissed(ids);
    }
  }

  if (match.isPending) return <LoadingMessage label="Ranking careers for your answers…" />;
  if (match.isError && !data) return <ErrorMessage error={match.error} onRetry={() => match.refetch()} />;
  if (!data) return null;

  const dismissed = data.dismissed.filter((d) => !restored.has(d.id));
  const previous = data.previous;
  const sectorsPresent = SECTOR_IDS.filter((s) => data.results.some((r) => r.sector === s));
  const filterCount = (sector ? 1 : 0) + (scale ? 1 : 0);

  return (
    <>
      <p className="lead">
        {data.total} helping careers ranked for your answers, best first. Open any career to see exactly which answers
        raised or lowered its score.
      </p>
      <div className="results-meta">
        {data.assessment ? (
          <p>
            {data.assessment.isNew ? 'Saved to your account' : 'Your latest saved assessment'} (
            {formatDateTime(data.assessment.createdAt)}).
            {previous ? (
              <>
                {' '}
                <a href="#what-changed">See what changed since last time</a>.
              </>
            ) : null}
          </p>
        ) : (
          <p>
            Your answers are kept in this browser only. <Link to="/signin">Sign in</Link> or{' '}
            <Link to="/signup">create an account</Link> to save your results and see what changes when you retake the
            assessment.
          </p>
        )}
        <p>
          <Link to="/assessment?step=1" className="button button-secondary">
            Retake the assessment
          </Link>
        </p>
      </div>

      <section className="matches" aria-labelledby="matches-title">
        <h2 id="matches-title" ref={listHeadingRef} tabIndex={-1}>
          Your matches
        </h2>
        <fieldset className="match-filters">
          <legend>Filter your matches</legend>
          <div className="field">
            <label htmlFor={sectorId}>Sector</label>
            <select
              id={sectorId}
              value={sector}
              onChange={(event) => {
                setSector(event.target.value as SectorId | '');
                setShown(PAGE);
              }}
            >
              <option value="">All sectors</option>
              {sectorsPresent.map((s) => (
                <option key={s} value={s}>
                  {SECTOR_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={scaleId}>Scale of change</label>
            <select
              id={scaleId}
              value={scale}
              onChange={(event) => {
                setScale(event.target.value as ScaleId | '');
                setShown(PAGE);
              }}
            >
              <option value="">Any scale</option>
              {SCALE_IDS.map((s) => (
                <option key={s} value={s}>
                  {SCALE_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
          Showing {visible.length} of {filtered.length} {filtered.length === 1 ? 'career' : 'careers'}
          {filterCount > 0 ? ` matching ${filterCount === 1 ? 'the filter' : 'the filters'}` : ''}.
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {actionError ? (
          <div role="alert" className="notice notice-error">
            <p>{actionError}</p>
          </div>
        ) : null}
        {filtered.length === 0 ? (
          <p className="empty-state">No career matches these filters. Choose “All sectors” or “Any scale”.</p>
        ) : (
          <ol className="match-list" aria-labelledby="matches-title" aria-busy={match.isFetching}>
            {visible.map((result) => (
              <li key={result.id}>
                <MatchCard
                  result={result}
                  place={filtered.indexOf(result) + 1}
                  onDismiss={handleDismiss}
                  isDismissing={dismiss.isPending && dismiss.variables === result.id}
                  jurisdiction={answers.jurisdiction || undefined}
                  titleRef={(el) => {
                    if (el) titleRefs.current.set(result.id, el);
                    else titleRefs.current.delete(result.id);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        {filtered.length > visible.length ? (
          <button type="button" className="button button-secondary" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, filtered.length - visible.length)} more
          </button>
        ) : null}
      </section>

      {dismissed.length > 0 ? (
        <section className="panel dismissed" aria-labelledby="dismissed-title">
          <h2 id="dismissed-title">Careers you set aside</h2>
          <p>
            They are left out of your matches{isSignedIn ? ' on every device' : ' in this browser'} until you bring them
            back.
          </p>
          <ul className="dismissed-list">
            {dismissed.map((d) => (
              <li key={d.id}>
                <span>{d.title}</span>{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => handleRestore(d.id, d.title)}
                >
                  Bring back<span className="visually-hidden"> {d.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {previous ? <WhatChanged comparison={previous} /> : null}
      {data.assessment && !previous ? (
        <p className="section-note">This is your first saved assessment. Retake it any time to see what changes.</p>
      ) : null}

      <MotivationReflection motivations={data.motivations} />
    </>
  );
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const copy = new Set(set);
  copy.delete(id);
  return copy;
}
