import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type NewThreadBodySchema,
  PeerModerationQueueSchema,
  PeerSpaceDetailSchema,
  PeerSpaceListSchema,
  PeerSpaceSchema,
  PeerThreadSchema,
} from '#contracts/peer-spaces.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';

/** Every peer-space query starts with this key, so any change refreshes them all. */
export const peerSpacesKey = ['peer-spaces'] as const;

function usePeerMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: peerSpacesKey }) });
}
const enc = encodeURIComponent;

export const useSpaces = () =>
  useQuery({
    queryKey: [...peerSpacesKey, 'list'],
    queryFn: ({ signal }) => apiRequest('/api/peer-spaces', PeerSpaceListSchema, { signal }),
  });

export const useSpace = (slug: string) =>
  useQuery({
    queryKey: [...peerSpacesKey, 'space', slug],
    queryFn: ({ signal }) => apiRequest(`/api/peer-spaces/${enc(slug)}`, PeerSpaceDetailSchema, { signal }),
    retry: false,
  });

export const useMembership = () =>
  usePeerMutation(({ slug, join }: { slug: string; join: boolean }) =>
    apiRequest(`/api/peer-spaces/${enc(slug)}/${join ? 'join' : 'leave'}`, PeerSpaceSchema, {
      method: 'POST',
      body: {},
    }),
  );

export const useCreateThread = (slug: string) =>
  usePeerMutation((body: z.infer<typeof NewThreadBodySchema>) =>
    apiRequest(`/api/peer-spaces/${enc(slug)}/threads`, PeerThreadSchema, { method: 'POST', body }),
  );

export const useThread = (id: string) =>
  useQuery({
    queryKey: [...peerSpacesKey, 'thread', id],
    queryFn: ({ signal }) => apiRequest(`/api/peer-spaces/threads/${enc(id)}`, PeerThreadSchema, { signal }),
    retry: false,
  });

export const useReply = (threadId: string) =>
  usePeerMutation((body: { body: string }) =>
    apiRequest(`/api/peer-spaces/threads/${enc(threadId)}/replies`, PeerThreadSchema, { method: 'POST', body }),
  );

export const useRemovePost = () =>
  usePeerMutation((id: string) => apiRequestNoContent(`/api/peer-spaces/posts/${enc(id)}`, { method: 'DELETE' }));

export const useReportPost = () =>
  usePeerMutation(({ id, reason }: { id: string; reason: string }) =>
    apiRequestNoContent(`/api/peer-spaces/posts/${enc(id)}/report`, { method: 'POST', body: { reason } }),
  );

export const useModerationQueue = () =>
  useQuery({
    queryKey: [...peerSpacesKey, 'moderation'],
    queryFn: ({ signal }) => apiRequest('/api/admin/peer-spaces/moderation', PeerModerationQueueSchema, { signal }),
  });

export const useModerate = () =>
  usePeerMutation(({ id, action, toSpace }: { id: string; action: string; toSpace?: string }) =>
    apiRequest(`/api/admin/peer-spaces/posts/${enc(id)}/moderation`, PeerModerationQueueSchema, {
      method: 'POST',
      body: toSpace ? { action, toSpace } : { action },
    }),
  );
