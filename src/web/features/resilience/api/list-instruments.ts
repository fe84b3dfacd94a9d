import { useQuery } from '@tanstack/react-query';
import { type InstrumentList, InstrumentListSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function listInstruments(signal?: AbortSignal): Promise<InstrumentList> {
  return apiRequest('/api/resilience/instruments', InstrumentListSchema, { signal });
}

export function useInstruments() {
  return useQuery({
    queryKey: [...resilienceKey, 'instruments'],
    queryFn: ({ signal }) => listInstruments(signal),
    staleTime: 10 * 60_000,
  });
}
