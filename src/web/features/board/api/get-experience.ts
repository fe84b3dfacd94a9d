import { useQuery } from '@tanstack/react-query';
import { type ExperienceRecord, ExperienceRecordSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function getExperience(signal?: AbortSignal): Promise<ExperienceRecord> {
  return apiRequest('/api/me/experience', ExperienceRecordSchema, { signal });
}

export function useExperience() {
  return useQuery({ queryKey: boardKeys.experience, queryFn: ({ signal }) => getExperience(signal) });
}
