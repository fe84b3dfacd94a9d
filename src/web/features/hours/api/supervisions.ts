import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  AuditListSchema,
  HourEntrySchema,
  type InviteSupervisorBody,
  SignOffPreviewSchema,
  SignOffResultSchema,
  SupervisionListSchema,
  SupervisionSchema,
  SupervisorInboxSchema,
  type SupervisorLicense,
  VerifyWeekResultSchema,
} from '#contracts/hours.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { hoursKey } from './query-keys.js';

function useHoursMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: hoursKey }) });
}

// ---- trainee ----

export function useSupervisions(isEnabled = true) {
  return useQuery({
    queryKey: [...hoursKey, 'supervisions'],
    queryFn: ({ signal }) => apiRequest('/api/hours/supervisions', SupervisionListSchema, { signal }),
    enabled: isEnabled,
  });
}

export const useInviteSupervisor = () =>
  useHoursMutation((body: InviteSupervisorBody) =>
    apiRequest('/api/hours/supervisions', SupervisionSchema, { method: 'POST', body }),
  );

export const useRemoveSupervisor = () =>
  useHoursMutation((id: string) =>
    apiRequestNoContent(`/api/hours/supervisions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );

export function useAudit() {
  return useQuery({
    queryKey: [...hoursKey, 'audit'],
    queryFn: ({ signal }) => apiRequest('/api/hours/audit?limit=200', AuditListSchema, { signal }),
  });
}

// ---- supervisor ----

export function useInvitations() {
  return useQuery({
    queryKey: [...hoursKey, 'invitations'],
    queryFn: ({ signal }) => apiRequest('/api/hours/invitations', SupervisionListSchema, { signal }),
  });
}

export function useInbox(isEnabled: boolean) {
  return useQuery({
    queryKey: [...hoursKey, 'inbox'],
    queryFn: ({ signal }) => apiRequest('/api/hours/inbox', SupervisorInboxSchema, { signal }),
    enabled: isEnabled,
  });
}

export function useSuperviseeWeek(supervisionId: string, weekStart: string, isEnabled: boolean) {
  return useQuery({
    queryKey: [...hoursKey, 'supervisee', supervisionId, weekStart],
    queryFn: ({ signal }) =>
      apiRequest(
        `/api/hours/supervisions/${encodeURIComponent(supervisionId)}/entries?weekStart=${weekStart}`,
        z.object({ items: z.array(HourEntrySchema) }),
        { signal },
      ),
    enabled: isEnabled,
  });
}

export const useAcceptInvitation = () =>
  useHoursMutation(({ id, license }: { id: string; license: SupervisorLicense }) =>
    apiRequest(`/api/hours/invitations/${encodeURIComponent(id)}/accept`, SupervisionSchema, {
      method: 'POST',
      body: license,
    }),
  );

export const useDeclineInvitation = () =>
  useHoursMutation((id: string) =>
    apiRequestNoContent(`/api/hours/invitations/${encodeURIComponent(id)}/decline`, { method: 'POST' }),
  );

export const useVerifyWeek = () =>
  useHoursMutation(({ supervisionId, weekStart }: { supervisionId: string; weekStart: string }) =>
    apiRequest(`/api/hours/supervisions/${encodeURIComponent(supervisionId)}/verify-week`, VerifyWeekResultSchema, {
      method: 'POST',
      body: { weekStart },
    }),
  );

export const useVerifyEntry = () =>
  useHoursMutation((id: string) =>
    apiRequest(`/api/hours/entries/${encodeURIComponent(id)}/verify`, HourEntrySchema, { method: 'POST' }),
  );

export const useReturnEntry = () =>
  useHoursMutation(({ id, comment }: { id: string; comment: string }) =>
    apiRequest(`/api/hours/entries/${encodeURIComponent(id)}/return`, HourEntrySchema, {
      method: 'POST',
      body: { comment },
    }),
  );

// ---- emailed links (ADR 0024) ----

export function useInvitationByLink(token: string) {
  return useQuery({
    queryKey: [...hoursKey, 'invitation-by-link', token],
    queryFn: () => apiRequest('/api/hours/invitations/by-link', SupervisionSchema, { method: 'POST', body: { token } }),
    retry: false,
  });
}

export const useAcceptInvitationByLink = () =>
  useHoursMutation(({ token, license }: { token: string; license: SupervisorLicense }) =>
    apiRequest('/api/hours/invitations/by-link/accept', SupervisionSchema, {
      method: 'POST',
      body: { ...license, token },
    }),
  );

/** What an emailed sign-off link would verify; no sign-in needed. */
export function useSignOffPreview(token: string) {
  return useQuery({
    queryKey: [...hoursKey, 'sign-off', token],
    queryFn: () => apiRequest('/api/hours/sign-off/preview', SignOffPreviewSchema, { method: 'POST', body: { token } }),
    retry: false,
  });
}

export const useSignOff = () =>
  useMutation({
    mutationFn: (token: string) =>
      apiRequest('/api/hours/sign-off', SignOffResultSchema, { method: 'POST', body: { token } }),
  });
