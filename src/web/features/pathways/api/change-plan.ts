import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type CreatePlanStepBody,
  type PlanDetail,
  PlanDetailSchema,
  type UpdatePlanBody,
  type UpdatePlanStepBody,
} from '#contracts/pathways.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { planQueryKey } from './get-plan.js';
import { plansQueryKey } from './list-plans.js';

/*
 * Every change to a saved plan answers with the whole plan, which replaces the cached one: what the person sees
 * after a tick is what the server stored.
 */

const planUrl = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export type PlanChange =
  | { kind: 'plan'; body: UpdatePlanBody }
  | { kind: 'step'; stepId: string; body: UpdatePlanStepBody }
  | { kind: 'add-step'; body: CreatePlanStepBody }
  | { kind: 'delete-step'; stepId: string }
  | { kind: 'stage-target'; stageId: string; targetDate: string | null };

export function changePlan(planId: string, change: PlanChange): Promise<PlanDetail> {
  const base = planUrl(planId);
  switch (change.kind) {
    case 'plan':
      return apiRequest(base, PlanDetailSchema, { method: 'PATCH', body: change.body });
    case 'step':
      return apiRequest(`${base}/steps/${encodeURIComponent(change.stepId)}`, PlanDetailSchema, {
        method: 'PATCH',
        body: change.body,
      });
    case 'add-step':
      return apiRequest(`${base}/steps`, PlanDetailSchema, { method: 'POST', body: change.body });
    case 'delete-step':
      return apiRequest(`${base}/steps/${encodeURIComponent(change.stepId)}`, PlanDetailSchema, { method: 'DELETE' });
    case 'stage-target':
      return apiRequest(`${base}/stages/${encodeURIComponent(change.stageId)}/target`, PlanDetailSchema, {
        method: 'PUT',
        body: { targetDate: change.targetDate },
      });
  }
}

export function useChangePlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PlanChange) => changePlan(planId, change),
    onSuccess: async (plan) => {
      queryClient.setQueryData(planQueryKey(planId), plan);
      await queryClient.invalidateQueries({ queryKey: [...plansQueryKey, 'list'] });
    },
  });
}

export function deletePlan(planId: string): Promise<void> {
  return apiRequestNoContent(planUrl(planId), { method: 'DELETE' });
}

export function useDeletePlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePlan(planId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: planQueryKey(planId) });
      await queryClient.invalidateQueries({ queryKey: [...plansQueryKey, 'list'] });
    },
  });
}
