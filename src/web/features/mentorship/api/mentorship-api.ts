import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type AgreementBodySchema,
  type CreateMentorshipRequestBodySchema,
  MaybeMenteeProfileSchema,
  MaybeMentorProfileSchema,
  type MenteeProfileBody,
  MenteeProfileSchema,
  type MentorProfileBody,
  MentorProfileSchema,
  MentorshipListSchema,
  MentorshipRequestListSchema,
  MentorshipRequestSchema,
  MentorshipSchema,
  NoteListSchema,
  type ReviewDecisionBodySchema,
  ReviewQueueSchema,
  SuggestionListSchema,
} from '#contracts/mentorship.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';

/** Every mentorship query starts with this key, so any change refreshes them all. */
export const mentorshipKey = ['mentorship'] as const;

function useMentorshipMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorshipKey }) });
}

const id = (value: string) => encodeURIComponent(value);

export const useMenteeProfile = () =>
  useQuery({
    queryKey: [...mentorshipKey, 'mentee-profile'],
    queryFn: ({ signal }) => apiRequest('/api/mentorship/mentee-profile', MaybeMenteeProfileSchema, { signal }),
  });

export const useSaveMenteeProfile = () =>
  useMentorshipMutation((body: MenteeProfileBody) =>
    apiRequest('/api/mentorship/mentee-profile', MenteeProfileSchema, { method: 'PUT', body }),
  );

export const useMentorProfile = (isEnabled: boolean) =>
  useQuery({
    queryKey: [...mentorshipKey, 'mentor-profile'],
    queryFn: ({ signal }) => apiRequest('/api/mentorship/mentor-profile', MaybeMentorProfileSchema, { signal }),
    enabled: isEnabled,
  });

export const useSaveMentorProfile = () =>
  useMentorshipMutation((body: MentorProfileBody) =>
    apiRequest('/api/mentorship/mentor-profile', MentorProfileSchema, { method: 'PUT', body }),
  );

export const useSuggestions = (isEnabled: boolean) =>
  useQuery({
    queryKey: [...mentorshipKey, 'suggestions'],
    queryFn: ({ signal }) => apiRequest('/api/mentorship/suggestions', SuggestionListSchema, { signal }),
    enabled: isEnabled,
  });

export const useDismissSuggestion = () =>
  useMentorshipMutation((mentorId: string) =>
    apiRequestNoContent(`/api/mentorship/suggestions/${id(mentorId)}/dismiss`, { method: 'POST', body: {} }),
  );

export const useRequests = () =>
  useQuery({
    queryKey: [...mentorshipKey, 'requests'],
    queryFn: ({ signal }) => apiRequest('/api/mentorship/requests', MentorshipRequestListSchema, { signal }),
  });

export const useRequest = (requestId: string) =>
  useQuery({
    queryKey: [...mentorshipKey, 'requests', requestId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/mentorship/requests/${id(requestId)}`, MentorshipRequestSchema, { signal }),
  });

export const useSendRequest = () =>
  useMentorshipMutation((body: z.input<typeof CreateMentorshipRequestBodySchema>) =>
    apiRequest('/api/mentorship/requests', MentorshipRequestSchema, { method: 'POST', body }),
  );

export const useAnswerRequest = (requestId: string) =>
  useMentorshipMutation((accept: boolean) =>
    apiRequest(`/api/mentorship/requests/${id(requestId)}/answer`, MentorshipRequestSchema, {
      method: 'POST',
      body: { accept },
    }),
  );

export const useWithdrawRequest = (requestId: string) =>
  useMentorshipMutation(() =>
    apiRequest(`/api/mentorship/requests/${id(requestId)}/withdraw`, MentorshipRequestSchema, {
      method: 'POST',
      body: {},
    }),
  );

export const useMentorships = () =>
  useQuery({
    queryKey: [...mentorshipKey, 'mentorships'],
    queryFn: ({ signal }) => apiRequest('/api/mentorship/mentorships', MentorshipListSchema, { signal }),
  });

export const useMentorship = (mentorshipId: string) =>
  useQuery({
    queryKey: [...mentorshipKey, 'mentorships', mentorshipId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}`, MentorshipSchema, { signal }),
  });

export const useSaveAgreement = (mentorshipId: string) =>
  useMentorshipMutation((body: z.infer<typeof AgreementBodySchema>) =>
    apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}/agreement`, MentorshipSchema, {
      method: 'PUT',
      body,
    }),
  );

export const useNotes = (mentorshipId: string) =>
  useQuery({
    queryKey: [...mentorshipKey, 'mentorships', mentorshipId, 'notes'],
    queryFn: ({ signal }) =>
      apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}/notes`, NoteListSchema, { signal }),
  });

export const useAddNote = (mentorshipId: string) =>
  useMentorshipMutation((body: { body: string }) =>
    apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}/notes`, NoteListSchema, { method: 'POST', body }),
  );

export const useScheduleConversation = (mentorshipId: string) =>
  useMentorshipMutation((body: { startsAt: string; minutes: number; topic: string; where: string }) =>
    apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}/conversations`, MentorshipSchema, {
      method: 'POST',
      body,
    }),
  );

export const useCloseMentorship = (mentorshipId: string) =>
  useMentorshipMutation((body: { reflection: string }) =>
    apiRequest(`/api/mentorship/mentorships/${id(mentorshipId)}/close`, MentorshipSchema, { method: 'POST', body }),
  );

export const useReviewQueue = () =>
  useQuery({
    queryKey: [...mentorshipKey, 'review'],
    queryFn: ({ signal }) => apiRequest('/api/admin/mentorship/review', ReviewQueueSchema, { signal }),
  });

export const useSetReviewRequired = () =>
  useMentorshipMutation((reviewRequired: boolean) =>
    apiRequest('/api/admin/mentorship/review/settings', ReviewQueueSchema, {
      method: 'PUT',
      body: { reviewRequired },
    }),
  );

export const useDecideReview = () =>
  useMentorshipMutation((body: z.infer<typeof ReviewDecisionBodySchema>) =>
    apiRequest('/api/admin/mentorship/review/decisions', ReviewQueueSchema, { method: 'PUT', body }),
  );
