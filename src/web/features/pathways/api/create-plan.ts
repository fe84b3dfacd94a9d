import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreatePlanBody, type PlanDetail, PlanDetailSchema } from '#contracts/pathways.js';
import { apiRequest } from '#web/lib/api-client.js';
import { planQueryKey } from './get-plan.js';
import { plansQueryKey } from './list-plans.js';

export function createPlan(body: CreatePlanBody): Promise<PlanDetail> {
  return apiRequest('/api/plans', PlanDetailSchema, { method: 'POST', body });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: async (plan) => {
      queryClient.setQueryData(planQueryKey(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: [...plansQueryKey, 'list'] });
    },
  });
}
