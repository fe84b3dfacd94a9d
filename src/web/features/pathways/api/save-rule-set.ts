import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RuleSetDetail, RuleSetDetailSchema } from '#contracts/licensure-api.js';
import { apiRequest } from '#web/lib/api-client.js';
import { ruleSetsQueryKey } from './list-rule-sets.js';

/**
 * Creates (no `id`) or edits a rule set. The body goes as the person built it: the server validates it with the
 * same schema and names any bad field, so the form can show the message beside that field.
 */
export function saveRuleSet(input: { id: string | null; body: unknown }): Promise<RuleSetDetail> {
  if (input.id === null) return apiRequest('/api/rules', RuleSetDetailSchema, { method: 'POST', body: input.body });
  return apiRequest(`/api/rules/${encodeURIComponent(input.id)}`, RuleSetDetailSchema, {
    method: 'PUT',
    body: input.body,
  });
}

export function useSaveRuleSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRuleSet,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleSetsQueryKey }),
  });
}
