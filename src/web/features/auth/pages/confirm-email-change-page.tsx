import { Link, useSearchParams } from 'react-router';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useConfirmEmailChange } from '../api/account-mail.js';

/** Opened from the message sent to a new address; confirming is a button (a POST), so link scanners cannot use it. */
export function ConfirmEmailChangePage() {
  useDocumentTitle('Confirm your new email address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmEmailChange();
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Confirm your new email address</h1>
      <div role="status" className={confirm.isSuccess ? 'notice notice-success' : undefined}>
        {confirm.isSuccess ? `Done: your account now uses ${confirm.data.email}.` : ''}
      </div>
      {confirm.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(confirm.error)}
        </p>
      ) : null}
      {confirm.isSuccess ? (
        <p>
          <Link to="/account">Go to your account</Link>
        </p>
      ) : (
        <>
          <p>Your account moves to this address once you confirm it. Mail from Vocare goes there from then on.</p>
          <button
            type="button"
            className="button"
            aria-disabled={confirm.isPending}
            onClick={() => !confirm.isPending && confirm.mutate(token)}
          >
            {confirm.isPending ? 'Confirming…' : 'Use this address'}
          </button>
        </>
      )}
    </div>
  );
}
