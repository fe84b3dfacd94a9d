import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Organization, type OrganizationBody, OrganizationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function createOrganization(body: OrganizationBody): Promise<Organization> {
  return apiRequest('/api/organizations', OrganizationSchema, { method: 'POST', body });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: boardKeys.myOrganizations }),
  });
}
