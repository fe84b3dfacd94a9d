import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestNoContent } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function deleteJournalEntry(id: string): Promise<void> {
  return apiRequestNoContent(`/api/resilience/journal/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteJournalEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteJournalEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
