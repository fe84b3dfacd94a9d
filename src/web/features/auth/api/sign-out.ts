import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestNoContent } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export function signOut(): Promise<void> {
  return apiRequestNoContent('/api/auth/signout', { method: 'POST' });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Anything cached under the old account must not be shown to whoever uses the browser next.
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
