import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  MailPreferencesResponseSchema,
  type MailTopic,
  UnsubscribeResponseSchema,
} from '#contracts/mail-preferences.js';
import { apiRequest } from '#web/lib/api-client.js';

const mailPreferencesKey = ['account', 'mail-preferences'] as const;

export function useMailPreferences() {
  return useQuery({
    queryKey: mailPreferencesKey,
    queryFn: ({ signal }) => apiRequest('/api/account/mail-preferences', MailPreferencesResponseSchema, { signal }),
  });
}

export function useSetMailPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { topic: MailTopic; enabled: boolean }) =>
      apiRequest('/api/account/mail-preferences', MailPreferencesResponseSchema, {
        method: 'PUT',
        body: { preferences: { [change.topic]: change.enabled } },
      }),
    onSuccess: (data) => queryClient.setQueryData(mailPreferencesKey, data),
  });
}

/** The unsubscribe link's token turns one topic off; no sign-in needed. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`, UnsubscribeResponseSchema, {
        method: 'POST',
      }),
  });
}
