import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SelfCareDay, SelfCareDaySchema, type SelfCareFields } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function putSelfCare({ date, fields }: { date: string; fields: SelfCareFields }): Promise<SelfCareDay> {
  return apiRequest(`/api/resilience/self-care/${encodeURIComponent(date)}`, SelfCareDaySchema, {
    method: 'PUT',
    body: fields,
  });
}

export function usePutSelfCare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putSelfCare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
