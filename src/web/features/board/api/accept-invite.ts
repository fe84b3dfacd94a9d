import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Organization, OrganizationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function acceptInvite(id: string): Promise<Organization> {
  return apiRequest(`/api/organization-invites/${encodeURIComponent(id)}/accept`, OrganizationSchema, {
    method: 'POST',
  });
}

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvite,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.myInvites });
      await queryClient.invalidateQueries({ queryKey: boardKeys.myOrganizations });
    },
  });
}
