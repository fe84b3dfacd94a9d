import { useNavigate } from 'react-router';
import { ActionError } from '#web/components/query-status.js';
import { useSignOut } from '../api/sign-out.js';

/** A real button (a state change is never a link), used by the account menu and pages. */
export function SignOutButton({ className = 'button button-secondary' }: { className?: string }) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-disabled={signOut.isPending}
        onClick={() => {
          if (signOut.isPending) return;
          signOut.mutate(undefined, {
            onSuccess: () => navigate('/', { state: { flash: 'You are signed out.' } }),
          });
        }}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      <ActionError error={signOut.error} />
    </>
  );
}
