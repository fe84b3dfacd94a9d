import {
  type ResilienceSettings,
  ResilienceSettingsSchema,
  type UpdateResilienceSettingsBody,
} from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

export function updateSettings(body: UpdateResilienceSettingsBody): Promise<ResilienceSettings> {
  return apiRequest('/api/resilience/settings', ResilienceSettingsSchema, { method: 'PUT', body });
}

export function useUpdateSettings() {
  return useInvalidatingMutation(updateSettings, [resilienceKey]);
}
