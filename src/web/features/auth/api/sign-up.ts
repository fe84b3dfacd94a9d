import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignUpBody, User } from '#contracts/auth.js';
import { SignUpResponseSchema } from '#contracts/auth.js';
import { ApiError, apiRequest } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';
import { signIn } from './sign-in.js';

/** Signed in with the new account, or asked to read the message sent to the address. */
export type SignUpOutcome = { kind: 'signed-in'; user: User } | { kind: 'check-email'; email: string };

/**
 * Sign-up answers the same whether the address is new or taken, and opens no session (ADR 0024). So the form then
 * signs in with the password just chosen: that works for a new account (and for an owner who typed their own
 * password); otherwise the person is told to read their mail, which says what happened.
 */
export async function signUp(body: SignUpBody): Promise<SignUpOutcome> {
  const { email } = await apiRequest('/api/auth/signup', SignUpResponseSchema, { method: 'POST', body });
  try {
    const user = await signIn({ email: body.email, password: body.password });
    return { kind: 'signed-in', user };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'check-email', email };
    throw error;
  }
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
