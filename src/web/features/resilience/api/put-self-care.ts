import { type SelfCareDay, SelfCareDaySchema, type SelfCareFields } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function putSelfCare({ date, fields }: { date: string; fields: SelfCareFields }): Promise<SelfCareDay> {
  return apiRequest(`/api/resilience/self-care/${encodeURIComponent(date)}`, SelfCareDaySchema, {
    method: 'PUT',
    body: fields,
  });
}

export function usePutSelfCare() {
  return useInvalidatingMutation(putSelfCare, [resilienceKey]);
}
