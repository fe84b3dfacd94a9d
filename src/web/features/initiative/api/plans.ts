import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type CreatePlanBodySchema, PlanListSchema, PlanSchema } from '#contracts/initiative.js';
import { apiRequest } from '#web/lib/api-client.js';

const initiativesKey = ['initiatives'] as const;

export function usePlanList() {
  return useQuery({
    queryKey: [...initiativesKey, 'list'],
    queryFn: ({ signal }) => apiRequest('/api/initiatives', PlanListSchema, { signal }),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreatePlanBodySchema>) =>
      apiRequest('/api/initiatives', PlanSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKey }),
  });
}
