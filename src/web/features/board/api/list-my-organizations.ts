import { useQuery } from '@tanstack/react-query';
import { type MyOrganizationsResponse, MyOrganizationsResponseSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listMyOrganizations(signal?: AbortSignal): Promise<MyOrganizationsResponse> {
  return apiRequest('/api/me/organizations', MyOrganizationsResponseSchema, { signal });
}

export function useMyOrganizations() {
  return useQuery({ queryKey: boardKeys.myOrganizations, queryFn: ({ signal }) => listMyOrganizations(signal) });
}
