import { useQuery } from '@tanstack/react-query';
import { type PlaceList, PlaceListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listPlaces(signal?: AbortSignal): Promise<PlaceList> {
  return apiRequest('/api/places', PlaceListSchema, { signal });
}

export function usePlaces() {
  return useQuery({ queryKey: boardKeys.places, queryFn: ({ signal }) => listPlaces(signal), staleTime: Infinity });
}
