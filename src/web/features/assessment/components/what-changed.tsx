import { useState } from 'react';

import { Link } from 'react-router';

import type { AssessmentComparison, PlacedScore } from '#contracts/matching.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { ANSWER_FIELD_LABELS, describeAnswer } from '../answer-labels.js';

const SHOWN_AT_FIRST = 10;

function describePlace(p: PlacedScore | null): string {
  return p ? `${p.score} (#${p.rank})` : 'Not ranked';
}

function describeMove(before: PlacedScore | null, after: PlacedScore | null): string {
  if (!before) return 'New';
  if (!after) return 'No longer ranked';
  const places = before.rank - after.rank;
  const points = after.score - before.score;
  const parts: string[] = [];
  if (points !== 0) parts.push(`${points > 0 ? '+' : '−'}${Math.abs(points)} points`);
  if (places !== 0)
    parts.push(`${places > 0 ? 'up' : 'down'} ${Math.abs(places)} ${Math.abs(places) === 1 ? 'place' : 'places'}`);
  return parts.join(', ');
}

/** "What changed since last time": the answers that differ and the careers whose score or place moved. */
export function WhatChanged({ comparison }: { comparison: AssessmentComparison }) {
  const [showAll, setShowAll] = useState(false);
  const careers = showAll ? comparison.careers : comparison.careers.slice(0, SHOWN_AT_FIRST);
  return (
    <section id="what-changed" className="panel what-changed" aria-labelledby="what-changed-title">
      <h2 id="what-changed-title" tabIndex={-1}>
        What changed since last time
      </h2>
      <p>Compared with your assessment of {formatDateTime(comparison.createdAt)}.</p>
      <h3>Your answers</h3>
      {comparison.answers.length === 0 ? (
        <p>None of your answers changed.</p>
      ) : (
        <dl className="answer-changes">
          {comparison.answers.map((change) => (
            <div key={change.field}>
              <dt>{ANSWER_FIELD_LABELS[change.field]}</dt>
              <dd>
                <span className="visually-hidden">was </span>
                <del>{describeAnswer(change.field, change.before)}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">, now </span>
                <ins>{describeAnswer(change.field, change.after)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Careers that moved</h3>
      {comparison.careers.length === 0 ? (
        <p>No career’s score or place changed.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="profile-table changes-table">
              <caption>
                Score and place (#) among all careers ranked, before and now; {comparison.careers.length}{' '}
                {comparison.careers.length === 1 ? 'career' : 'careers'} moved
              </caption>
              <thead>
                <tr>
                  <th scope="col">Career</th>
                  <th scope="col">Before</th>
                  <th scope="col">Now</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {careers.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/careers/${c.id}`}>{c.title}</Link>
                    </th>
                    <td>{describePlace(c.before)}</td>
                    <td>{describePlace(c.after)}</td>
                    <td>{describeMove(c.before, c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {comparison.careers.length > SHOWN_AT_FIRST ? (
            <button type="button" className="button button-secondary button-small" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer' : `Show all ${comparison.careers.length} careers that moved`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
