import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Organization, OrganizationSchema, type UpdateOrganizationBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function updateOrganization(id: string, body: UpdateOrganizationBody): Promise<Organization> {
  return apiRequest(`/api/organizations/${encodeURIComponent(id)}`, OrganizationSchema, { method: 'PATCH', body });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => updateOrganization(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.organization(id) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.myOrganizations });
    },
  });
}
