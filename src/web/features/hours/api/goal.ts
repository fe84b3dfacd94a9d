import { useQuery } from '@tanstack/react-query';
import { type HoursGoal, HoursGoalSchema } from '#contracts/hours.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { hoursKey } from './query-keys.js';

export function getGoal(signal?: AbortSignal): Promise<HoursGoal> {
  return apiRequest('/api/hours/goal', HoursGoalSchema, { signal });
}

export function useGoal(isEnabled = true) {
  return useQuery({ queryKey: [...hoursKey, 'goal'], queryFn: ({ signal }) => getGoal(signal), enabled: isEnabled });
}

export function usePutGoal() {
  return useInvalidatingMutation(
    (ruleSetId: string) => apiRequest('/api/hours/goal', HoursGoalSchema, { method: 'PUT', body: { ruleSetId } }),
    [hoursKey],
  );
}
