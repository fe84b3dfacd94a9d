import { type CreateCheckinBody, type CreatedCheckin, CreatedCheckinSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function createCheckin(body: CreateCheckinBody): Promise<CreatedCheckin> {
  return apiRequest('/api/resilience/checkins', CreatedCheckinSchema, { method: 'POST', body });
}

export function useCreateCheckin() {
  return useInvalidatingMutation(createCheckin, [resilienceKey]);
}
