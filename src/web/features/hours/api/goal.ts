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
    /** degreeDate null clears it: pre-degree hours are then not limited (the rules say they could not check). */
    /** rulesDate null: today's rules; a date: the version of the rules in force on it (ADR 0025). */
    (body: { ruleSetId: string; degreeDate: string | null; rulesDate: string | null }) =>
      apiRequest('/api/hours/goal', HoursGoalSchema, { method: 'PUT', body }),
    [hoursKey],
  );
}
