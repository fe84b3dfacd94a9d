import { type Organization, OrganizationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function acceptInvite(id: string): Promise<Organization> {
  return apiRequest(`/api/organization-invites/${encodeURIComponent(id)}/accept`, OrganizationSchema, {
    method: 'POST',
  });
}

export function useAcceptInvite() {
  return useInvalidatingMutation(acceptInvite, [boardKeys.myInvites, boardKeys.myOrganizations, boardKeys.invitations]);
}
