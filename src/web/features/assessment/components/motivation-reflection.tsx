import { Link } from 'react-router';
import { MOTIVATION_LABELS, type MotivationId } from '#contracts/matching.js';
import { MOTIVATION_REFLECTIONS } from '../assessment-questions.js';

/** The "why do I want to help?" answers shown back: for reflection only, never part of a score. */
export function MotivationReflection({ motivations }: { motivations: readonly MotivationId[] }) {
  return (
    <section className="panel motivation-reflection" aria-labelledby="motivations-title">
      <h2 id="motivations-title">Why you want to help</h2>
      {motivations.length === 0 ? (
        <p>
          You did not choose a reason this time. It can help to name one: <Link to="/assessment?step=8">add yours</Link>
          .
        </p>
      ) : (
        <>
          <p>What you said draws you to this work. It did not change any score; it is here to keep in view.</p>
          <dl className="reflection-list">
            {motivations.map((m) => (
              <div key={m}>
                <dt>{MOTIVATION_LABELS[m]}</dt>
                <dd>{MOTIVATION_REFLECTIONS[m]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
