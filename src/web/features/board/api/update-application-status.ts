import { type Application, ApplicationSchema, type UpdateApplicationStatusBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function updateApplicationStatus(id: string, body: UpdateApplicationStatusBody): Promise<Application> {
  return apiRequest(`/api/applications/${encodeURIComponent(id)}`, ApplicationSchema, { method: 'PATCH', body });
}

export function useUpdateApplicationStatus(organizationId: string) {
  return useInvalidatingMutation(
    ({ id, body }: { id: string; body: UpdateApplicationStatusBody }) => updateApplicationStatus(id, body),
    [boardKeys.organizationApplications(organizationId), boardKeys.myOrganizations],
  );
}
