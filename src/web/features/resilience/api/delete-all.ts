import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DeletedCounts, DeletedCountsSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function deleteAllResilienceData(): Promise<DeletedCounts> {
  return apiRequest('/api/resilience/data?confirm=delete-all', DeletedCountsSchema, { method: 'DELETE' });
}

export function useDeleteAllResilienceData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAllResilienceData,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
