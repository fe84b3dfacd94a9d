import { type DeletedCounts, DeletedCountsSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function deleteAllResilienceData(): Promise<DeletedCounts> {
  return apiRequest('/api/resilience/data?confirm=delete-all', DeletedCountsSchema, { method: 'DELETE' });
}

export function useDeleteAllResilienceData() {
  return useInvalidatingMutation(deleteAllResilienceData, [resilienceKey]);
}
