import { apiRequestNoContent } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function deleteJournalEntry(id: string): Promise<void> {
  return apiRequestNoContent(`/api/resilience/journal/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteJournalEntry() {
  return useInvalidatingMutation(deleteJournalEntry, [resilienceKey]);
}
