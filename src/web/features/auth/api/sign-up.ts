import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SignUpBody, type User, UserResponseSchema } from '#contracts/auth.js';
import { apiRequest } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export async function signUp(body: SignUpBody): Promise<User> {
  const { user } = await apiRequest('/api/auth/signup', UserResponseSchema, { method: 'POST', body });
  return user;
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
