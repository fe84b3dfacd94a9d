import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Checkin, CheckinSchema, type CreateCheckinBody } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function createCheckin(body: CreateCheckinBody): Promise<Checkin> {
  return apiRequest('/api/resilience/checkins', CheckinSchema, { method: 'POST', body });
}

export function useCreateCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCheckin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
