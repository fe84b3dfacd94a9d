import { Link } from 'react-router';
import { LoadingMessage } from '#web/components/query-status.js';
import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { SignOutButton } from '../components/sign-out-button.js';

export function SignOutPage() {
  useDocumentTitle('Sign out');
  const session = useSession();
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Sign out</h1>
      {session.isPending ? (
        <LoadingMessage label="Checking your session…" />
      ) : session.data?.user ? (
        <>
          <p>
            You are signed in as <strong>{session.data.user.displayName}</strong>. Signing out ends this session on this
            device.
          </p>
          <SignOutButton className="button" />
        </>
      ) : (
        <p>
          You are not signed in. <Link to="/signin">Sign in</Link> or <Link to="/">go to the home page</Link>.
        </p>
      )}
    </div>
  );
}
