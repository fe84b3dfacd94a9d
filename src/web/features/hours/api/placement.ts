import { useQuery } from '@tanstack/react-query';
import { PlacementHoursListSchema, PullPlacementHoursResultSchema } from '#contracts/hours.js';
import type { HourCategory } from '#contracts/vocabulary.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { hoursKey } from './query-keys.js';

export function usePlacementHours() {
  return useQuery({
    queryKey: [...hoursKey, 'placement-hours'],
    queryFn: ({ signal }) => apiRequest('/api/hours/placement-hours', PlacementHoursListSchema, { signal }),
  });
}

export function usePullPlacementHours() {
  return useInvalidatingMutation(
    (body: { category: HourCategory; supervisionId: string | null }) =>
      apiRequest('/api/hours/placement-hours/pull', PullPlacementHoursResultSchema, { method: 'POST', body }),
    [hoursKey],
  );
}
