import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type PlaceSuggestions, PlaceSuggestionsSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function suggestPlaces(q: string, signal?: AbortSignal): Promise<PlaceSuggestions> {
  return apiRequest(`/api/places/suggestions?${new URLSearchParams({ q })}`, PlaceSuggestionsSchema, { signal });
}

/** US places and ZIP codes that start with what was typed (from two characters on). */
export function usePlaceSuggestions(typed: string) {
  const q = typed.trim().toLowerCase();
  return useQuery({
    queryKey: boardKeys.placeSuggestions(q),
    queryFn: ({ signal }) => suggestPlaces(q, signal),
    enabled: q.length >= 2,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
