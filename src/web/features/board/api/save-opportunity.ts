import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestNoContent } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function setSaved(id: string, isSaved: boolean): Promise<void> {
  return apiRequestNoContent(`/api/me/saved-opportunities/${encodeURIComponent(id)}`, {
    method: isSaved ? 'PUT' : 'DELETE',
  });
}

export function useSetSaved(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isSaved: boolean) => setSaved(id, isSaved),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: boardKeys.opportunity(id) });
      await queryClient.invalidateQueries({ queryKey: boardKeys.saved });
      await queryClient.invalidateQueries({ queryKey: boardKeys.recommendations });
    },
  });
}
