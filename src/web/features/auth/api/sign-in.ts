import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SignInBody, type User, UserResponseSchema } from '#contracts/auth.js';
import { apiRequest } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export async function signIn(body: SignInBody): Promise<User> {
  const { user } = await apiRequest('/api/auth/signin', UserResponseSchema, { method: 'POST', body });
  return user;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
