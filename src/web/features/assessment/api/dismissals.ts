import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DismissalList, DismissalListSchema } from '#contracts/matching.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { matchQueryRoot } from './match-careers.js';

export function dismissCareer(careerId: string): Promise<DismissalList> {
  return apiRequest('/api/match/dismissals', DismissalListSchema, { method: 'POST', body: { careerId } });
}

export function restoreCareer(careerId: string): Promise<void> {
  return apiRequestNoContent(`/api/match/dismissals/${encodeURIComponent(careerId)}`, { method: 'DELETE' });
}

/** Signed in, dismissals are stored with the account; the ranking is asked for again so the next one moves up. */
export function useDismissCareer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissCareer,
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchQueryRoot }),
  });
}

export function useRestoreCareer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreCareer,
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchQueryRoot }),
  });
}
