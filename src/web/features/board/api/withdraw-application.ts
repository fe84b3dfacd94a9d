import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Application, ApplicationSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function withdrawApplication(id: string): Promise<Application> {
  return apiRequest(`/api/applications/${encodeURIComponent(id)}/withdraw`, ApplicationSchema, { method: 'POST' });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.myApplications });
      await queryClient.invalidateQueries({ queryKey: boardKeys.opportunity(application.opportunity.id) });
    },
  });
}
