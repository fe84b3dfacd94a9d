import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AttendanceBody,
  AttendeeListSchema,
  CeLogSchema,
  type CeRenewalGoal,
  type EventBody,
  EventDetailSchema,
  EventListSchema,
  FeedAddressSchema,
  MyEventsSchema,
  type OccurrenceChangeBody,
} from '#contracts/events.js';
import { apiRequest } from '#web/lib/api-client.js';

/** Every events query starts with this key, so any change refreshes them all. */
export const eventsKey = ['events'] as const;
const enc = encodeURIComponent;

function useEventsMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: eventsKey }) });
}

export const useEventSearch = (params: URLSearchParams) =>
  useQuery({
    queryKey: [...eventsKey, 'search', params.toString()],
    queryFn: ({ signal }) => apiRequest(`/api/events?${params.toString()}`, EventListSchema, { signal }),
  });

export const useEvent = (id: string) =>
  useQuery({
    queryKey: [...eventsKey, 'event', id],
    queryFn: ({ signal }) => apiRequest(`/api/events/${enc(id)}`, EventDetailSchema, { signal }),
    retry: false,
  });

export const useMyEvents = () =>
  useQuery({
    queryKey: [...eventsKey, 'mine'],
    queryFn: ({ signal }) => apiRequest('/api/events/mine', MyEventsSchema, { signal }),
  });

export const usePendingEvents = () =>
  useQuery({
    queryKey: [...eventsKey, 'pending'],
    queryFn: ({ signal }) => apiRequest('/api/admin/events/pending', EventListSchema, { signal }),
  });

export const useRegister = () =>
  useEventsMutation((id: string) =>
    apiRequest(`/api/events/${enc(id)}/registration`, EventDetailSchema, { method: 'POST', body: {} }),
  );

export const useCancelRegistration = () =>
  useEventsMutation((registrationId: string) =>
    apiRequest(`/api/events/registrations/${enc(registrationId)}`, EventDetailSchema, { method: 'DELETE' }),
  );

export const useClaim = () =>
  useEventsMutation((token: string) =>
    apiRequest('/api/events/claim', EventDetailSchema, { method: 'POST', body: { token } }),
  );

export const useRotateFeed = () =>
  useEventsMutation(() => apiRequest('/api/events/feed/rotate', FeedAddressSchema, { method: 'POST', body: {} }));

export const useCreateEvent = () =>
  useEventsMutation((body: EventBody) => apiRequest('/api/events', EventDetailSchema, { method: 'POST', body }));

export const useReviewEvent = () =>
  useEventsMutation(({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
    apiRequest(`/api/admin/events/${enc(id)}/review`, EventListSchema, { method: 'POST', body: { decision } }),
  );

export const useAttendees = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...eventsKey, 'attendees', id],
    queryFn: ({ signal }) => apiRequest(`/api/events/${enc(id)}/attendees`, AttendeeListSchema, { signal }),
    enabled,
  });

export const useMarkAttendance = (id: string) =>
  useEventsMutation((body: AttendanceBody) =>
    apiRequest(`/api/events/${enc(id)}/attendance`, AttendeeListSchema, { method: 'POST', body }),
  );

export const useCeLog = () =>
  useQuery({
    queryKey: [...eventsKey, 'ce-log'],
    queryFn: ({ signal }) => apiRequest('/api/events/ce-log', CeLogSchema, { signal }),
  });

export const useSaveCeGoal = () =>
  useEventsMutation((body: CeRenewalGoal) =>
    apiRequest('/api/events/ce-log/goal', CeLogSchema, { method: 'PUT', body }),
  );

/** Move, retitle or cancel one date of a recurring event, named by its original wall-clock start. */
export const useChangeOccurrence = (id: string) =>
  useEventsMutation(({ occurrence, body }: { occurrence: string; body: Partial<OccurrenceChangeBody> }) =>
    apiRequest(`/api/events/${enc(id)}/occurrences/${enc(occurrence)}`, EventDetailSchema, { method: 'PUT', body }),
  );

export const useRestoreOccurrence = (id: string) =>
  useEventsMutation((occurrence: string) =>
    apiRequest(`/api/events/${enc(id)}/occurrences/${enc(occurrence)}`, EventDetailSchema, { method: 'DELETE' }),
  );
