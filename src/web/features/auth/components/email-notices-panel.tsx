import { useId, useState } from 'react';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { useMailPreferences, useSetMailPreference } from '../api/mail-preferences.js';

/** Which notices arrive by email; account mail (verification, reset, invitations) always does. */
export function EmailNoticesPanel() {
  const preferences = useMailPreferences();
  const setPreference = useSetMailPreference();
  const [status, setStatus] = useState('');
  const baseId = useId();

  return (
    <section aria-labelledby={`${baseId}-title`} className="panel">
      <h2 id={`${baseId}-title`}>Email notices</h2>
      <p>Choose which notices reach you by email. Messages about your account itself are always sent.</p>
      {preferences.isPending ? <LoadingMessage label="Loading your email notices" /> : null}
      {preferences.isError ? <ErrorMessage error={preferences.error} /> : null}
      {preferences.data ? (
        <fieldset className="form">
          <legend className="visually-hidden">Email notices</legend>
          {preferences.data.preferences.map((p) => {
            const id = `${baseId}-${p.topic}`;
            return (
              <div className="choice" key={p.topic}>
                <input
                  id={id}
                  type="checkbox"
                  checked={p.enabled}
                  aria-describedby={`${id}-hint`}
                  onChange={(event) => {
                    const enabled = event.target.checked;
                    setPreference.mutate(
                      { topic: p.topic, enabled },
                      {
                        onSuccess: () => setStatus(`${p.label}: ${enabled ? 'on' : 'off'}.`),
                        onError: (err) => setStatus(describeError(err)),
                      },
                    );
                  }}
                />
                <label htmlFor={id}>{p.label}</label>
                <p id={`${id}-hint`} className="choice-description">
                  {p.description}
                </p>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
