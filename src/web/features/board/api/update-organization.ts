import { type Organization, OrganizationSchema, type UpdateOrganizationBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function updateOrganization(id: string, body: UpdateOrganizationBody): Promise<Organization> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}`, OrganizationSchema, { method: 'PATCH', body });
}

export function useUpdateOrganization(id: string) {
  return useInvalidatingMutation(
    (body: UpdateOrganizationBody) => updateOrganization(id, body),
    [boardKeys.organization(id), boardKeys.myOrganizations],
  );
}
