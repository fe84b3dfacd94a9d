import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type CreatePlanBodySchema,
  type InviteBodySchema,
  MyPlanInvitesSchema,
  NonprofitFiguresSchema,
  PlanListSchema,
  PlanSchema,
  PlanSharingSchema,
  type SavePlanBodySchema,
} from '#contracts/initiative.js';
import { apiRequest } from '#web/lib/api-client.js';

const initiativesKey = ['initiatives'] as const;

export function usePlanList() {
  return useQuery({
    queryKey: [...initiativesKey, 'list'],
    queryFn: ({ signal }) => apiRequest('/api/initiatives', PlanListSchema, { signal }),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreatePlanBodySchema>) =>
      apiRequest('/api/initiatives', PlanSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKey }),
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: [...initiativesKey, 'plan', id],
    queryFn: ({ signal }) => apiRequest(`/api/initiatives/${encodeURIComponent(id)}`, PlanSchema, { signal }),
  });
}

/** Saves the whole document with the version the edit started from; a stale version comes back as 409. */
export function useSavePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SavePlanBodySchema>) =>
      apiRequest(`/api/initiatives/${encodeURIComponent(id)}`, PlanSchema, { method: 'PUT', body }),
    onSuccess: (plan) => {
      queryClient.setQueryData([...initiativesKey, 'plan', id], plan);
      return queryClient.invalidateQueries({ queryKey: [...initiativesKey, 'list'] });
    },
  });
}

export function useSharedPlan(token: string) {
  return useQuery({
    queryKey: [...initiativesKey, 'shared', token],
    queryFn: ({ signal }) => apiRequest(`/api/shared/initiatives/${encodeURIComponent(token)}`, PlanSchema, { signal }),
    retry: false,
  });
}

const sharingPath = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`;

export function usePlanSharing(id: string) {
  return useQuery({
    queryKey: [...initiativesKey, 'sharing', id],
    queryFn: ({ signal }) => apiRequest(`${sharingPath(id)}/sharing`, PlanSharingSchema, { signal }),
  });
}

/** Invite, remove, make or revoke the share link: each answers with the sharing state, which replaces the cache. */
export function useSharingAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      action:
        | { kind: 'invite'; body: z.input<typeof InviteBodySchema> }
        | { kind: 'remove'; memberId: string }
        | { kind: 'create-link' }
        | { kind: 'revoke-link' },
    ) => {
      const base = sharingPath(id);
      switch (action.kind) {
        case 'invite':
          return apiRequest(`${base}/members`, PlanSharingSchema, { method: 'POST', body: action.body });
        case 'remove':
          return apiRequest(`${base}/members/${encodeURIComponent(action.memberId)}`, PlanSharingSchema, {
            method: 'DELETE',
          });
        case 'create-link':
          return apiRequest(`${base}/share-link`, PlanSharingSchema, { method: 'POST' });
        case 'revoke-link':
          return apiRequest(`${base}/share-link`, PlanSharingSchema, { method: 'DELETE' });
      }
    },
    onSuccess: (sharing) => queryClient.setQueryData([...initiativesKey, 'sharing', id], sharing),
  });
}

/** Invitations to plans sent to the signed-in person's address, waiting to be accepted. */
export function useMyPlanInvites() {
  return useQuery({
    queryKey: [...initiativesKey, 'invites'],
    queryFn: ({ signal }) => apiRequest('/api/me/initiative-invites', MyPlanInvitesSchema, { signal }),
  });
}

/** Accepting answers with the plan; the list of plans and of invitations both change. */
export function useAcceptPlanInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) =>
      apiRequest(`/api/initiative-invites/${encodeURIComponent(inviteId)}/accept`, PlanSchema, { method: 'POST' }),
    onSuccess: (plan) => {
      queryClient.setQueryData([...initiativesKey, 'plan', plan.id], plan);
      return queryClient.invalidateQueries({ queryKey: initiativesKey });
    },
  });
}

/** The shipped US non-profit figures and their sources; they change only with a release. */
export function useNonprofitFigures() {
  return useQuery({
    queryKey: [...initiativesKey, 'reference'],
    queryFn: ({ signal }) => apiRequest('/api/initiatives/reference', NonprofitFiguresSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
