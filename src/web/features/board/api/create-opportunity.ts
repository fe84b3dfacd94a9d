import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type OpportunityDetail, OpportunityDetailSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

/** The body as the form sends it; the server applies the contract's defaults. */
export type OpportunityFormBody = Record<string, unknown>;

export function createOpportunity(organizationId: string, body: OpportunityFormBody): Promise<OpportunityDetail> {
  return apiRequest(`/api/organizations/${encodeURIComponent(organizationId)}/opportunities`, OpportunityDetailSchema, {
    method: 'POST',
    body,
  });
}

export function useCreateOpportunity(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpportunityFormBody) => createOpportunity(organizationId, body),
    onSuccess: async (opportunity) => {
      queryClient.setQueryData(boardKeys.opportunity(opportunity.id), opportunity);
      await queryClient.invalidateQueries({ queryKey: boardKeys.organization(organizationId) });
      await queryClient.invalidateQueries({ queryKey: ['board', 'search'] });
    },
  });
}
