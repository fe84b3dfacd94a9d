import { useQuery } from '@tanstack/react-query';
import { MyInvitesResponseSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listMyInvites(signal?: AbortSignal) {
  return apiRequest('/api/me/organization-invites', MyInvitesResponseSchema, { signal });
}

export function useMyInvites() {
  return useQuery({ queryKey: boardKeys.myInvites, queryFn: ({ signal }) => listMyInvites(signal) });
}
