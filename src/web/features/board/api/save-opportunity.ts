import { apiRequestNoContent } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { boardKeys } from './keys.js';

export function setSaved(id: string, isSaved: boolean): Promise<void> {
  return apiRequestNoContent(`/api/me/saved-opportunities/${encodeURIComponent(id)}`, {
    method: isSaved ? 'PUT' : 'DELETE',
  });
}

export function useSetSaved(id: string) {
  return useInvalidatingMutation(
    (isSaved: boolean) => setSaved(id, isSaved),
    [boardKeys.opportunity(id), boardKeys.saved, boardKeys.recommendations],
  );
}
