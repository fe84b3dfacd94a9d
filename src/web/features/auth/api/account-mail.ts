import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AcceptedResponseSchema, EmailVerifiedResponseSchema } from '#contracts/auth.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { sessionQueryKey } from '#web/lib/session.js';

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest('/api/auth/verify-email', EmailVerifiedResponseSchema, { method: 'POST', body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiRequest('/api/auth/password-reset/request', AcceptedResponseSchema, { method: 'POST', body: { email } }),
  });
}

export function useCompletePasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      apiRequestNoContent('/api/auth/password-reset/complete', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: () => apiRequest('/api/auth/verify-email/resend', AcceptedResponseSchema, { method: 'POST' }),
  });
}

export function useChangeEmail() {
  return useMutation({
    mutationFn: (body: { newEmail: string; currentPassword: string }) =>
      apiRequest('/api/auth/email', AcceptedResponseSchema, { method: 'POST', body }),
  });
}

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest('/api/auth/email/confirm', EmailVerifiedResponseSchema, { method: 'POST', body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
