import { useQuery } from '@tanstack/react-query';
import { type ResilienceSettings, ResilienceSettingsSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function getSettings(signal?: AbortSignal): Promise<ResilienceSettings> {
  return apiRequest('/api/resilience/settings', ResilienceSettingsSchema, { signal });
}

export function useSettings() {
  return useQuery({ queryKey: [...resilienceKey, 'settings'], queryFn: ({ signal }) => getSettings(signal) });
}
