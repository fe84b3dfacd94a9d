import { useQuery } from '@tanstack/react-query';
import { type ApplicationList, ApplicationListSchema } from '#contracts/board.js';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

export function listMyApplications(signal?: AbortSignal): Promise<ApplicationList> {
  return apiRequest('/api/me/applications', ApplicationListSchema, { signal });
}

export function useMyApplications() {
  return useQuery({ queryKey: boardKeys.myApplications, queryFn: ({ signal }) => listMyApplications(signal) });
}
