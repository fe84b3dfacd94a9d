import { useQuery } from '@tanstack/react-query';
import { OrganizationInvitationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

/** The invitation behind an emailed link; the server shows it only to the account of the invited address. */
export function getInvitation(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/organization-invites/${encodeURIComponent(id)}`, OrganizationInvitationSchema, { signal });
}

export function useInvitation(id: string) {
  return useQuery({
    queryKey: boardKeys.invitation(id),
    queryFn: ({ signal }) => getInvitation(id, signal),
    retry: false,
  });
}
