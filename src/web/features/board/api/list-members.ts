import { useQuery } from '@tanstack/react-query';
import { type MembersResponse, MembersResponseSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listMembers(id: string, signal?: AbortSignal): Promise<MembersResponse> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}/members`, MembersResponseSchema, { signal });
}

export function useMembers(id: string) {
  return useQuery({ queryKey: boardKeys.members(id), queryFn: ({ signal }) => listMembers(id, signal) });
}
