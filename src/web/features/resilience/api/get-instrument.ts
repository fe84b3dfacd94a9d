import { useQuery } from '@tanstack/react-query';
import { type InstrumentDetail, InstrumentDetailSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { resilienceKey } from './query-keys.js';

export function getInstrument(id: string, signal?: AbortSignal): Promise<InstrumentDetail> {
  return apiRequest(`/api/resilience/instruments/${encodeURIComponent(id)}`, InstrumentDetailSchema, { signal });
}

export function useInstrument(id: string | undefined) {
  return useQuery({
    queryKey: [...resilienceKey, 'instrument', id],
    queryFn: ({ signal }) => getInstrument(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
}
