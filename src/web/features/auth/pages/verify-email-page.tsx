import { Link, useSearchParams } from 'react-router';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useVerifyEmail } from '../api/account-mail.js';

/** Opened from the verification message; confirming is a button (a POST), so link scanners cannot use the token. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Confirm your email address</h1>
      <div role="status" className={verify.isSuccess ? 'notice notice-success' : undefined}>
        {verify.isSuccess ? `Thank you: ${verify.data.email} is confirmed.` : ''}
      </div>
      {verify.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(verify.error)}
        </p>
      ) : null}
      {verify.isSuccess ? (
        <p>
          <Link to="/account">Go to your account</Link>
        </p>
      ) : (
        <>
          <p>Confirm that this address is yours to accept invitations and take part fully.</p>
          <button
            type="button"
            className="button"
            aria-disabled={verify.isPending}
            onClick={() => !verify.isPending && verify.mutate(token)}
          >
            {verify.isPending ? 'Confirming…' : 'Confirm my address'}
          </button>
        </>
      )}
    </div>
  );
}
