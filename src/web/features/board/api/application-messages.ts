import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ApplicationMessageList,
  ApplicationMessageListSchema,
  type PostApplicationMessageBody,
} from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

const messagesPath = (applicationId: string) => `/api/applications/${encodeURIComponent(applicationId)}/messages`;

export function listApplicationMessages(applicationId: string, signal?: AbortSignal): Promise<ApplicationMessageList> {
  return apiRequest(messagesPath(applicationId), ApplicationMessageListSchema, { signal });
}

/** The thread of one application; fetched only while it is shown. */
export function useApplicationMessages(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: boardKeys.applicationMessages(applicationId),
    queryFn: ({ signal }) => listApplicationMessages(applicationId, signal),
    enabled,
  });
}

export function usePostApplicationMessage(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostApplicationMessageBody) =>
      apiRequest(messagesPath(applicationId), ApplicationMessageListSchema, { method: 'POST', body }),
    onSuccess: (thread) => queryClient.setQueryData(boardKeys.applicationMessages(applicationId), thread),
  });
}
