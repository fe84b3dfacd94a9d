import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, ApplicationSchema, type UpdateApplicationStatusBody } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function updateApplicationStatus(id: string, body: UpdateApplicationStatusBody): Promise<Application> {
  return apiRequest(`/api/applications/${encodeURIComponent(id)}`, ApplicationSchema, { method: 'PATCH', body });
}

export function useUpdateApplicationStatus(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateApplicationStatusBody }) => updateApplicationStatus(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.organizationApplications(organizationId) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.myOrganizations });
    },
  });
}
