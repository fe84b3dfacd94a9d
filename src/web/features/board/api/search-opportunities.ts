import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type OpportunityList, OpportunityListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { BOARD_PAGE_SIZE, type BoardFilters, toBoardSearchParams } from '../board-filters.js';
import { boardKeys } from './keys.js';

export function searchOpportunities(filters: BoardFilters, signal?: AbortSignal): Promise<OpportunityList> {
  const params = toBoardSearchParams(filters);
  params.set('pageSize', String(BOARD_PAGE_SIZE));
  return apiRequest(`/api/opportunities?${params.toString()}`, OpportunityListSchema, { signal });
}

export function useOpportunitySearch(filters: BoardFilters) {
  return useQuery({
    queryKey: boardKeys.search(toBoardSearchParams(filters).toString()),
    queryFn: ({ signal }) => searchOpportunities(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
