import { type Organization, type OrganizationBody, OrganizationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function createOrganization(body: OrganizationBody): Promise<Organization> {
  return apiRequest('/api/organizations', OrganizationSchema, { method: 'POST', body });
}

export function useCreateOrganization() {
  return useInvalidatingMutation(createOrganization, [boardKeys.myOrganizations]);
}
