import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '#contracts/auth.js';
import { apiRequest } from './api-client.js';

export const sessionQueryKey = ['auth', 'session'] as const;

export function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  return apiRequest('/api/auth/session', () => import('#contracts/auth.js').then((m) => m.SessionResponseSchema), {
    signal,
  });
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => getSession(signal), staleTime: 5 * 60_000 });
}

/** Whether someone is signed in, for pages that work either way (shares the session query's cache entry). */
export function useSessionUser() {
  const query = useSession();
  return { isLoading: query.isPending, user: query.data?.user ?? null };
}
