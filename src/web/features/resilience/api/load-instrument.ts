import { type InstrumentDetail, InstrumentDetailSchema } from '#contracts/checkin.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { resilienceKey } from './query-keys.js';

/** Admin only: the body is the instrument file as parsed JSON; the server validates it field by field. */
export function loadInstrument(instrument: unknown): Promise<InstrumentDetail> {
  return apiRequest('/api/admin/instruments', InstrumentDetailSchema, { method: 'POST', body: instrument });
}

export function useLoadInstrument() {
  return useInvalidatingMutation(loadInstrument, [resilienceKey]);
}
