import { useQuery } from '@tanstack/react-query';
import { type PlanList, PlanListSchema } from '#contracts/pathways.js';
import { apiRequest } from '#web/lib/api-client.js';

export const plansQueryKey = ['plans'] as const;

export function listPlans(signal?: AbortSignal): Promise<PlanList> {
  return apiRequest('/api/plans', PlanListSchema, { signal });
}

export function usePlans(isEnabled: boolean) {
  return useQuery({
    queryKey: [...plansQueryKey, 'list'],
    queryFn: ({ signal }) => listPlans(signal),
    enabled: isEnabled,
  });
}
