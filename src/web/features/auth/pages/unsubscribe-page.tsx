import { Link, useSearchParams } from 'react-router';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useUnsubscribe } from '../api/mail-preferences.js';

/**
 * Opened from the unsubscribe link in a notice; works signed out. Turning the notices off is a button (a POST), so a
 * link scanner opening the page changes nothing.
 */
export function UnsubscribePage() {
  useDocumentTitle('Stop these emails');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Stop these emails</h1>
      <div role="status" className={unsubscribe.isSuccess ? 'notice notice-success' : undefined}>
        {unsubscribe.isSuccess ? `Done: you will no longer get “${unsubscribe.data.label}” by email.` : ''}
      </div>
      {unsubscribe.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(unsubscribe.error)}
        </p>
      ) : null}
      {unsubscribe.isSuccess ? null : (
        <>
          <p>
            Turn off this kind of notice. Messages about your account itself (such as a password reset) still arrive.
          </p>
          <button
            type="button"
            className="button"
            aria-disabled={unsubscribe.isPending}
            onClick={() => !unsubscribe.isPending && unsubscribe.mutate(token)}
          >
            {unsubscribe.isPending ? 'Turning off…' : 'Turn these emails off'}
          </button>
        </>
      )}
      <p>
        To choose notice by notice, see <Link to="/account">Email notices on your account page</Link>.
      </p>
    </div>
  );
}
