import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestNoContent } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function revokeShare(id: string): Promise<void> {
  return apiRequestNoContent(`/api/resilience/shares/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeShare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...resilienceKey, 'shares'] }),
  });
}
