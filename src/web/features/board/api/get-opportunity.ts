import { useQuery } from '@tanstack/react-query';
import { type OpportunityDetail, OpportunityDetailSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function getOpportunity(id: string, signal?: AbortSignal): Promise<OpportunityDetail> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}`, OpportunityDetailSchema, { signal });
}

export function useOpportunity(id: string) {
  return useQuery({ queryKey: boardKeys.opportunity(id), queryFn: ({ signal }) => getOpportunity(id, signal) });
}
