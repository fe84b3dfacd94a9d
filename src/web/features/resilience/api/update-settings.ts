import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ResilienceSettings,
  ResilienceSettingsSchema,
  type UpdateResilienceSettingsBody,
} from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function updateSettings(body: UpdateResilienceSettingsBody): Promise<ResilienceSettings> {
  return apiRequest('/api/resilience/settings', ResilienceSettingsSchema, { method: 'PUT', body });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resilienceKey }),
  });
}
