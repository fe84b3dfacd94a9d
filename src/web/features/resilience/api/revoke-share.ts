import { apiRequestNoContent } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function revokeShare(id: string): Promise<void> {
  return apiRequestNoContent(`/api/resilience/shares/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeShare() {
  return useInvalidatingMutation(revokeShare, [[...resilienceKey, 'shares']]);
}
