import { Link } from 'react-router';
import type { Roadmap } from '#contracts/pathways.js';
import { countWords } from '#domain/count-words.js';
import { formatPlanDate } from '../pathway-format.js';

/** The plan at a glance: the rules it is measured against (with how many are not verified), totals and notes. */
export function RoadmapSummary({ roadmap }: { roadmap: Roadmap }) {
  const { ruleSet, totals } = roadmap;
  return (
    <div className="roadmap-summary">
      <dl className="facts">
        <div>
          <dt>Career</dt>
          <dd>
            <Link to={`/careers/${encodeURIComponent(roadmap.career.id)}`}>{roadmap.career.title}</Link>
          </dd>
        </div>
        <div>
          <dt>Licensure rules</dt>
          <dd>
            {ruleSet ? (
              <>
                <Link to={`/rules/${encodeURIComponent(ruleSet.id)}?version=${ruleSet.version}`}>
                  {ruleSet.jurisdictionName}: {ruleSet.title}
                </Link>{' '}
                ({ruleSet.id}, version {ruleSet.version}, checked {ruleSet.checkedDate})
                {ruleSet.unverifiedCount > 0 ? (
                  <strong className="not-verified">
                    {' '}
                    — {ruleSet.unverifiedCount} {ruleSet.unverifiedCount === 1 ? 'requirement' : 'requirements'} not
                    verified
                  </strong>
                ) : null}
              </>
            ) : (
              'None chosen: the road shows no state figures'
            )}
          </dd>
        </div>
        <div>
          <dt>{totals.goalDate === null ? 'Projected end' : 'Projected to reach the goal'}</dt>
          <dd>
            {totals.goalDate === null
              ? `Not known yet: ${totals.unknownDurations} ${totals.unknownDurations === 1 ? 'stage has' : 'stages have'} no stated length. Set a target date to plan around ${totals.unknownDurations === 1 ? 'it' : 'them'}.`
              : `${formatPlanDate(totals.goalDate)} (${totals.monthsToGoal} ${totals.monthsToGoal === 1 ? 'month' : 'months'} from ${formatPlanDate(roadmap.startDate)})`}
          </dd>
        </div>
        {totals.supervisedHours !== null ? (
          <div>
            <dt>Supervised hours the rules ask for</dt>
            <dd>{countWords(totals.supervisedHours, 'hour')}</dd>
          </div>
        ) : null}
      </dl>
      {roadmap.notes.length > 0 ? (
        <div className="notice roadmap-notes">
          <h3 className="notes-title">Good to know</h3>
          <ul>
            {roadmap.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
