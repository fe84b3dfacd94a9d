import { useQuery } from '@tanstack/react-query';
import { SessionResponseSchema } from '../../../../contracts/auth.js';
import { apiRequest } from '../../../lib/api-client.js';

/**
 * Whether someone is signed in. The same query key as the account menu's session query, so both share one cache
 * entry and a sign-in or sign-out anywhere updates this page too.
 */
export function useSessionUser() {
  const query = useQuery({
    queryKey: ['auth', 'session'],
    queryFn: ({ signal }) => apiRequest('/api/auth/session', SessionResponseSchema, { signal }),
    staleTime: 5 * 60_000,
  });
  return { isLoading: query.isPending, user: query.data?.user ?? null };
}
