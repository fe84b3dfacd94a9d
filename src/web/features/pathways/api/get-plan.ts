import { useQuery } from '@tanstack/react-query';
import { type PlanDetail, PlanDetailSchema } from '#contracts/pathways.js';
import { apiRequest } from '#web/lib/api-client.js';
import { plansQueryKey } from './list-plans.js';

export function planQueryKey(planId: string) {
  return [...plansQueryKey, 'detail', planId] as const;
}

export function getPlan(planId: string, signal?: AbortSignal): Promise<PlanDetail> {
  return apiRequest(`/api/plans/${encodeURIComponent(planId)}`, PlanDetailSchema, { signal });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: planQueryKey(planId), queryFn: ({ signal }) => getPlan(planId, signal) });
}
