import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type HoursGoal, HoursGoalSchema } from '#contracts/hours.js';
import { apiRequest } from '#web/lib/api-client.js';
import { hoursKey } from './query-keys.js';

export function getGoal(signal?: AbortSignal): Promise<HoursGoal> {
  return apiRequest('/api/hours/goal', HoursGoalSchema, { signal });
}

export function useGoal(isEnabled = true) {
  return useQuery({ queryKey: [...hoursKey, 'goal'], queryFn: ({ signal }) => getGoal(signal), enabled: isEnabled });
}

export function usePutGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    /** degreeDate null clears it: pre-degree hours are then not limited (the rules say they could not check). */
    mutationFn: (body: { ruleSetId: string; degreeDate: string | null }) =>
      apiRequest('/api/hours/goal', HoursGoalSchema, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hoursKey }),
  });
}
