import { type Application, ApplicationSchema, type ApplyBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function applyToOpportunity(id: string, body: ApplyBody): Promise<Application> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}/applications`, ApplicationSchema, {
    method: 'POST',
    body,
  });
}

export function useApply(id: string) {
  return useInvalidatingMutation(
    (body: ApplyBody) => applyToOpportunity(id, body),
    [boardKeys.opportunity(id), boardKeys.myApplications],
  );
}
