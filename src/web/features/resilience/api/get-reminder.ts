import { useQuery } from '@tanstack/react-query';
import { type Reminder, ReminderSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { localToday } from '#web/lib/format-date.js';
import { resilienceKey } from './query-keys.js';

export function getReminder(signal?: AbortSignal): Promise<Reminder> {
  return apiRequest(`/api/resilience/reminder?today=${localToday()}`, ReminderSchema, { signal });
}

/** Only asked when someone is signed in (`isEnabled`), so a signed-out visit makes no failing request. */
export function useReminder(isEnabled: boolean) {
  return useQuery({
    queryKey: [...resilienceKey, 'reminder'],
    queryFn: ({ signal }) => getReminder(signal),
    enabled: isEnabled,
  });
}
