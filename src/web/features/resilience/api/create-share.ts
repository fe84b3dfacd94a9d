import { type CreatedShare, CreatedShareSchema, type CreateShareBody } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function createShare(body: CreateShareBody): Promise<CreatedShare> {
  return apiRequest('/api/resilience/shares', CreatedShareSchema, { method: 'POST', body });
}

export function useCreateShare() {
  return useInvalidatingMutation(createShare, [[...resilienceKey, 'shares']]);
}
