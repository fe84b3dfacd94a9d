import { useQuery } from '@tanstack/react-query';
import { type RulesCoverage, RulesCoverageSchema } from '#contracts/licensure-api.js';
import { apiRequest } from '#web/lib/api-client.js';
import { ruleSetsQueryKey } from './list-rule-sets.js';

export function getRulesCoverage(signal?: AbortSignal): Promise<RulesCoverage> {
  return apiRequest('/api/rules/coverage', RulesCoverageSchema, { signal });
}

export function useRulesCoverage() {
  return useQuery({ queryKey: [...ruleSetsQueryKey, 'coverage'], queryFn: ({ signal }) => getRulesCoverage(signal) });
}
