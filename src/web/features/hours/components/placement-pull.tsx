import { type FormEvent, useId, useState } from 'react';
import { HOUR_CATEGORY_LABELS } from '#contracts/hours.js';
import { HOUR_CATEGORY_IDS, type HourCategory } from '#contracts/vocabulary.js';
import { describeError } from '#web/lib/api-client.js';
import { usePlacementHours, usePullPlacementHours } from '../api/placement.js';
import { useSupervisions } from '../api/supervisions.js';
import { formatAmount } from '../hours-format.js';

/**
 * Hours an organization confirmed on a placement that counts as supervised experience (experience board), pulled
 * into the log in one action. Shown only when there is something to pull.
 */
export function PlacementPull() {
  const formId = useId();
  const placement = usePlacementHours();
  const supervisions = useSupervisions();
  const pull = usePullPlacementHours();
  const [category, setCategory] = useState<HourCategory>('direct');
  const [supervisionId, setSupervisionId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const waiting = placement.data?.items.filter((i) => !i.isPulled) ?? [];
  if (waiting.length === 0 && !message) return null;
  const hours = waiting.reduce((sum, i) => sum + i.hours, 0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pull.isPending) return;
    pull.mutate(
      { category, supervisionId: supervisionId || null },
      {
        onSuccess: (r) =>
          setMessage(
            `Pulled ${r.pulled} confirmed ${r.pulled === 1 ? 'entry' : 'entries'} (${formatAmount(r.hours, 'hours')}) into your log.`,
          ),
        onError: (err) => setMessage(describeError(err)),
      },
    );
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="hours-section panel">
      <h2 id={`${formId}-title`}>Confirmed placement hours</h2>
      {waiting.length > 0 ? (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <p>
            Organizations confirmed {waiting.length} {waiting.length === 1 ? 'entry' : 'entries'} (
            {formatAmount(hours, 'hours')}) on placements that count as supervised experience:{' '}
            {[...new Set(waiting.map((i) => `${i.opportunityTitle} at ${i.organizationName}`))].join('; ')}.
          </p>
          <div className="field">
            <label htmlFor={`${formId}-category`}>Log them as</label>
            <select
              id={`${formId}-category`}
              value={category}
              onChange={(e) => setCategory(e.target.value as HourCategory)}
            >
              {HOUR_CATEGORY_IDS.map((c) => (
                <option key={c} value={c}>
                  {HOUR_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-supervisor`}>Supervisor</label>
            <select
              id={`${formId}-supervisor`}
              value={supervisionId}
              onChange={(e) => setSupervisionId(e.target.value)}
            >
              <option value="">None named</option>
              {(supervisions.data?.items ?? [])
                .filter((s) => s.status === 'active' || s.status === 'invited')
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.supervisor?.displayName ?? s.inviteEmail}
                  </option>
                ))}
            </select>
          </div>
          <button type="submit" className="button" aria-disabled={pull.isPending}>
            Pull confirmed placement hours into my log
          </button>
        </form>
      ) : null}
      <p role="status" className="inline-status">
        {message ?? ''}
      </p>
    </section>
  );
}
