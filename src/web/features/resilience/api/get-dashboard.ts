import { useQuery } from '@tanstack/react-query';
import { type Dashboard, DashboardSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { localToday } from '#web/lib/format-date.js';
import { resilienceKey } from './query-keys.js';

export function getDashboard(weeks: number, signal?: AbortSignal): Promise<Dashboard> {
  const params = new URLSearchParams({ weeks: String(weeks), today: localToday() });
  return apiRequest(`/api/resilience/dashboard?${params}`, DashboardSchema, { signal });
}

export function useDashboard(weeks: number) {
  return useQuery({
    queryKey: [...resilienceKey, 'dashboard', weeks],
    queryFn: ({ signal }) => getDashboard(weeks, signal),
  });
}
