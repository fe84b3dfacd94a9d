import { useQuery } from '@tanstack/react-query';
import { MailboxResponseSchema } from '#contracts/mailbox.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getMailbox() {
  return apiRequest('/api/dev/mailbox', MailboxResponseSchema);
}

export function useMailbox() {
  return useQuery({ queryKey: ['dev', 'mailbox'], queryFn: getMailbox, refetchInterval: 3000 });
}
