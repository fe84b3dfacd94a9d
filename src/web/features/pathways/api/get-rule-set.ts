import { useQuery } from '@tanstack/react-query';
import { type RuleSetDetail, RuleSetDetailSchema } from '#contracts/licensure-api.js';
import { apiRequest } from '#web/lib/api-client.js';
import { ruleSetsQueryKey } from './list-rule-sets.js';

export function getRuleSet(id: string, version: number | null, signal?: AbortSignal): Promise<RuleSetDetail> {
  const query = version === null ? '' : `?version=${version}`;
  return apiRequest(`/api/rules/${encodeURIComponent(id)}${query}`, RuleSetDetailSchema, { signal });
}

export function useRuleSet(id: string, version: number | null = null) {
  return useQuery({
    queryKey: [...ruleSetsQueryKey, 'detail', id, version],
    queryFn: ({ signal }) => getRuleSet(id, version, signal),
  });
}
