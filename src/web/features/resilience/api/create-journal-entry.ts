import { type CreateJournalEntryBody, type JournalEntry, JournalEntrySchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function createJournalEntry(body: CreateJournalEntryBody): Promise<JournalEntry> {
  return apiRequest('/api/resilience/journal', JournalEntrySchema, { method: 'POST', body });
}

export function useCreateJournalEntry() {
  return useInvalidatingMutation(createJournalEntry, [resilienceKey]);
}
