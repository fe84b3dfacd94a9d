import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type User, UserResponseSchema } from '#contracts/auth.js';
import type { Role } from '#contracts/vocabulary.js';
import { apiRequest } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export async function addRole(role: Role): Promise<User> {
  const { user } = await apiRequest('/api/me/roles', UserResponseSchema, { method: 'POST', body: { role } });
  return user;
}

export function useAddRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
