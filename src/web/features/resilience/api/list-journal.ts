import { useQuery } from '@tanstack/react-query';
import { type JournalList, JournalListSchema, type JournalTag } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function listJournal(tag: JournalTag | null, signal?: AbortSignal): Promise<JournalList> {
  const query = tag ? `?tag=${tag}` : '';
  return apiRequest(`/api/resilience/journal${query}`, JournalListSchema, { signal });
}

export function useJournal(tag: JournalTag | null) {
  return useQuery({
    queryKey: [...resilienceKey, 'journal', tag ?? 'all'],
    queryFn: ({ signal }) => listJournal(tag, signal),
  });
}
