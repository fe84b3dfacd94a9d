import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, ApplicationSchema, type ApplyBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function applyToOpportunity(id: string, body: ApplyBody): Promise<Application> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}/applications`, ApplicationSchema, {
    method: 'POST',
    body,
  });
}

export function useApply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyBody) => applyToOpportunity(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.opportunity(id) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.myApplications });
    },
  });
}
