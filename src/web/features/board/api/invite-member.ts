import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type MembersResponse, MembersResponseSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function inviteMember(id: string, email: string): Promise<MembersResponse> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}/invites`, MembersResponseSchema, {
    method: 'POST',
    body: { email },
  });
}

export function useInviteMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => inviteMember(id, email),
    onSuccess: (members) => queryClient.setQueryData(boardKeys.members(id), members),
  });
}
