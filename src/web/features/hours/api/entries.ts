import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type HourEntryBody,
  type HourEntryList,
  HourEntryListSchema,
  type SavedHourEntry,
  SavedHourEntrySchema,
} from '#contracts/hours.js';
import { apiRequest, apiRequestNoContent } from '#web/lib/api-client.js';
import { hoursKey } from './query-keys.js';

export function listEntries(page: number, signal?: AbortSignal): Promise<HourEntryList> {
  return apiRequest(`/api/hours/entries?page=${page}&pageSize=25`, HourEntryListSchema, { signal });
}

export function useEntries(page: number) {
  return useQuery({
    queryKey: [...hoursKey, 'entries', page],
    queryFn: ({ signal }) => listEntries(page, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Creates an entry with an Idempotency-Key chosen once per form submission: if the connection drops and the
 * browser (or the person) sends it again, the server returns the first entry instead of logging it twice.
 */
export function createEntry({
  body,
  idempotencyKey,
}: {
  body: HourEntryBody;
  idempotencyKey: string;
}): Promise<SavedHourEntry> {
  return apiRequest('/api/hours/entries', SavedHourEntrySchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function updateEntry({ id, body }: { id: string; body: HourEntryBody }): Promise<SavedHourEntry> {
  return apiRequest(`/api/hours/entries/${encodeURIComponent(id)}`, SavedHourEntrySchema, { method: 'PUT', body });
}

export function deleteEntry(id: string): Promise<void> {
  return apiRequestNoContent(`/api/hours/entries/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

function useHoursMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: hoursKey }) });
}

export const useCreateEntry = () => useHoursMutation(createEntry);
export const useUpdateEntry = () => useHoursMutation(updateEntry);
export const useDeleteEntry = () => useHoursMutation(deleteEntry);
