import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type OpportunityDetail, OpportunityDetailSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import type { OpportunityFormBody } from './create-opportunity.js';
import { boardKeys } from './keys.js';

export function updateOpportunity(id: string, body: OpportunityFormBody): Promise<OpportunityDetail> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}`, OpportunityDetailSchema, { method: 'PATCH', body });
}

export function useUpdateOpportunity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpportunityFormBody) => updateOpportunity(id, body),
    onSuccess: async (opportunity) => {
      queryClient.setQueryData(boardKeys.opportunity(id), opportunity);
      await queryClient.invalidateQueries({ queryKey: boardKeys.organization(opportunity.organization.id) });
      await queryClient.invalidateQueries({ queryKey: ['board', 'search'] });
    },
  });
}
