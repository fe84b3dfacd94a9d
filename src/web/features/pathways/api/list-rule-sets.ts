import { useQuery } from '@tanstack/react-query';
import { type RuleSetList, RuleSetListSchema } from '#contracts/licensure-api.js';
import { apiRequest } from '#web/lib/api-client.js';

export function listRuleSets(signal?: AbortSignal): Promise<RuleSetList> {
  return apiRequest('/api/rules', RuleSetListSchema, { signal });
}

export const ruleSetsQueryKey = ['rules'] as const;

export function useRuleSets() {
  return useQuery({ queryKey: [...ruleSetsQueryKey, 'list'], queryFn: ({ signal }) => listRuleSets(signal) });
}
