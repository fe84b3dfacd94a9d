import { useQuery } from '@tanstack/react-query';
import {
  type HoursCharts,
  HoursChartsSchema,
  type HoursProgress,
  type HoursProgressCompare,
  HoursProgressCompareSchema,
  HoursProgressSchema,
  type ProgressBasis,
} from '#contracts/hours.js';
import { apiRequest } from '#web/lib/api-client.js';
import { hoursKey } from './query-keys.js';

export function getProgress(asOf: string, basis: ProgressBasis, signal?: AbortSignal): Promise<HoursProgress> {
  return apiRequest(`/api/hours/progress?asOf=${asOf}&basis=${basis}`, HoursProgressSchema, { signal });
}

export function useProgress(asOf: string, basis: ProgressBasis, isEnabled: boolean) {
  return useQuery({
    queryKey: [...hoursKey, 'progress', asOf, basis],
    queryFn: ({ signal }) => getProgress(asOf, basis, signal),
    enabled: isEnabled,
  });
}

export function compareProgress(ruleSets: string[], asOf: string, signal?: AbortSignal): Promise<HoursProgressCompare> {
  const ids = ruleSets.map(encodeURIComponent).join(',');
  return apiRequest(`/api/hours/compare?ruleSets=${ids}&asOf=${asOf}`, HoursProgressCompareSchema, { signal });
}

export function useCompare(ruleSets: string[], asOf: string) {
  return useQuery({
    queryKey: [...hoursKey, 'compare', ruleSets.join(','), asOf],
    queryFn: ({ signal }) => compareProgress(ruleSets, asOf, signal),
    enabled: ruleSets.length > 1,
  });
}

export function getCharts(asOf: string, signal?: AbortSignal): Promise<HoursCharts> {
  return apiRequest(`/api/hours/charts?asOf=${asOf}&weeks=12&months=12`, HoursChartsSchema, { signal });
}

export function useCharts(asOf: string) {
  return useQuery({ queryKey: [...hoursKey, 'charts', asOf], queryFn: ({ signal }) => getCharts(asOf, signal) });
}
