import { type Application, ApplicationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function withdrawApplication(id: string): Promise<Application> {
  return apiRequest(`/api/applications/${encodeURIComponent(id)}/withdraw`, ApplicationSchema, { method: 'POST' });
}

export function useWithdrawApplication() {
  return useInvalidatingMutation(withdrawApplication, (application) => [
    boardKeys.myApplications,
    boardKeys.opportunity(application.opportunity.id),
  ]);
}
