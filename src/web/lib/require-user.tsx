import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionResponse } from '#contracts/auth.js';
import { ErrorMessage, LoadingMessage } from '../components/query-status.js';
import { useSession } from './session.js';

/** Renders its children with the signed-in user, or sends the person to sign in and back. */
export function RequireUser({ children }: { children: (user: NonNullable<SessionResponse['user']>) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingMessage label="Checking your session…" />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data.user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <>{children(session.data.user)}</>;
}
