import { useQuery } from '@tanstack/react-query';
import { SavedListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listSaved(signal?: AbortSignal) {
  return apiRequest('/api/me/saved-opportunities', SavedListSchema, { signal });
}

export function useSavedOpportunities() {
  return useQuery({ queryKey: boardKeys.saved, queryFn: ({ signal }) => listSaved(signal) });
}
