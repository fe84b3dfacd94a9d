import { type Ref, useState } from 'react';
import { Link } from 'react-router';
import type { MatchResult } from '#contracts/matching.js';
import { MATCH_FACTOR_IDS } from '#contracts/matching.js';
import { SCALE_LABELS, SECTOR_LABELS } from '#contracts/vocabulary.js';
import { planPathHref } from '#web/lib/plan-link.js';
import { formatPoints, UNKNOWN_FACTOR_LABELS } from '../answer-labels.js';
import { formatFromNeutral, matchLean } from '../match-lean.js';
import { SameCauseList } from './same-cause-list.js';

interface MatchCardProps {
  result: MatchResult;
  place: number;
  onDismiss: (result: MatchResult) => void;
  isDismissing: boolean;
  /** The title link, so focus can land on the career that moved up after a dismissal. */
  titleRef?: Ref<HTMLAnchorElement>;
  /** The person's jurisdiction, so "Plan this path" opens with the right licensure rules. */
  jurisdiction?: string;
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One ranked career: its score, and behind a disclosure every factor with its points, the gaps and the unknowns. */
export function MatchCard({ result, place, onDismiss, isDismissing, titleRef, jurisdiction }: MatchCardProps) {
  const [isOpen, setIsOpen] = useState(false);
  const titleId = `match-${result.id}`;
  const lean = matchLean(result.score);
  const scale = result.scale ? SCALE_LABELS[result.scale].split(':')[0] : null;
  const unknown = MATCH_FACTOR_IDS.filter((id) => result.unknown.includes(id)).map((id) => UNKNOWN_FACTOR_LABELS[id]);
  return (
    <article className="match-card" aria-labelledby={titleId}>
      <div className="match-head">
        <h3 id={titleId} className="match-title">
          <span className="match-place">{place}.</span>{' '}
          <Link ref={titleRef} to={`/careers/${result.id}`}>
            {result.title}
          </Link>
        </h3>
        <p className="match-score">
          <span className="match-score-value">{lean.words}</span>
          <span className="match-score-unit">
            {' '}
            ({formatFromNeutral(lean.fromNeutral)}; {result.score} of 100, where 50 is neutral)
          </span>
        </p>
      </div>
      <div className="match-bar" aria-hidden="true">
        <span style={{ width: `${result.score}%` }} />
      </div>
      <div className="tag-row">
        {result.scale && scale ? <span className={`tag tag-${result.scale}`}>{scale}</span> : null}
        {result.sector ? <span className="tag tag-muted">{SECTOR_LABELS[result.sector]}</span> : null}
        {result.curated ? null : <span className="tag tag-muted">O*NET occupation, not reviewed by Vocare</span>}
      </div>
      {result.gaps.length > 0 ? (
        <p className="match-gap-count">
          {result.gaps.length === 1 ? '1 thing stands' : `${result.gaps.length} things stand`} in the way: see why.
        </p>
      ) : null}
      <details className="match-details" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary>
          Why this score<span className="visually-hidden"> for {result.title}</span>
        </summary>
        <table className="factor-table">
          <caption>How the score of {result.score} adds up</caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Every career starts here, at neutral</td>
              <td className="points">50</td>
            </tr>
            {result.factors.map((factor) => (
              <tr key={factor.factor}>
                <td>{factor.reason}</td>
                <td className={`points ${factor.points > 0 ? 'is-up' : factor.points < 0 ? 'is-down' : ''}`}>
                  {formatPoints(factor.points)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Score (kept between 0 and 100)</th>
              <td className="points">{result.score}</td>
            </tr>
          </tfoot>
        </table>
        {result.gaps.length > 0 ? (
          <>
            <h4>What stands in the way</h4>
            <ul className="gap-list">
              {result.gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        ) : null}
        {unknown.length > 0 ? (
          <>
            <h4>Not known for this career</h4>
            <p>
              Vocare has no data on {joinWords(unknown)} for {result.title}, so those answers add 0 points: they neither
              help nor hurt.
            </p>
          </>
        ) : null}
        <SameCauseList careerId={result.id} title={result.title} isOpen={isOpen} />
        <p>
          <Link to={`/careers/${result.id}`}>Read more about {result.title}</Link>
          {' · '}
          <Link to={planPathHref(result.id, jurisdiction)}>
            Plan this path<span className="visually-hidden"> to {result.title}</span>
          </Link>
        </p>
      </details>
      <button
        type="button"
        className="button button-secondary button-small match-dismiss"
        aria-disabled={isDismissing ? true : undefined}
        onClick={() => (isDismissing ? undefined : onDismiss(result))}
      >
        Not for me<span className="visually-hidden">: set {result.title} aside</span>
      </button>
    </article>
  );
}
