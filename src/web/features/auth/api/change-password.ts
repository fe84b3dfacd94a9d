import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '#contracts/auth.js';
import { apiRequestNoContent } from '#web/lib/api-client.js';

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return apiRequestNoContent('/api/auth/password', { method: 'POST', body });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
