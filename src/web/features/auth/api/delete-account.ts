import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeleteAccountBody } from '#contracts/account.js';
import { apiRequestNoContent } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export function deleteAccount(body: DeleteAccountBody): Promise<void> {
  return apiRequestNoContent('/api/me/delete', { method: 'POST', body });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
