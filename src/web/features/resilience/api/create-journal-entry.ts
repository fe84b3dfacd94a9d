import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateJournalEntryBody, type JournalEntry, JournalEntrySchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function createJournalEntry(body: CreateJournalEntryBody): Promise<JournalEntry> {
  return apiRequest('/api/resilience/journal', JournalEntrySchema, { method: 'POST', body });
}

export function useCreateJournalEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJournalEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
