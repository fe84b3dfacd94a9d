import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreatedShare, CreatedShareSchema, type CreateShareBody } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function createShare(body: CreateShareBody): Promise<CreatedShare> {
  return apiRequest('/api/resilience/shares', CreatedShareSchema, { method: 'POST', body });
}

export function useCreateShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...resilienceKey, 'shares'] }),
  });
}
