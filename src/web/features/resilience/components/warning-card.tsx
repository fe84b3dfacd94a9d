import { useId } from 'react';
import type { Warning } from '#contracts/checkin.js';

/**
 * One early warning: what triggered it, in the person's own numbers, and what they could try. When it
 * offers the same steps as the warning before it, it says so instead of repeating them.
 */
export function WarningCard({ warning, isRepeat = false }: { warning: Warning; isRepeat?: boolean }) {
  const id = useId();
  return (
    <article className="warning-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className="warning-mark" aria-hidden="true">
          ⚠
        </span>{' '}
        {warning.title}
      </h3>
      <h4>Why you are seeing this</h4>
      <ul>
        {warning.because.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>What you could try</h4>
      {isRepeat ? (
        <p>The steps in the warning above apply here too.</p>
      ) : (
        <ul>
          {warning.steps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
