import { useQuery } from '@tanstack/react-query';
import { type LatestAssessmentResponse, LatestAssessmentResponseSchema } from '#contracts/matching.js';
import { apiRequest } from '#web/lib/api-client.js';

export const latestAssessmentQueryKey = ['assessment', 'latest'] as const;

export function getLatestAssessment(signal?: AbortSignal): Promise<LatestAssessmentResponse> {
  return apiRequest('/api/assessments/latest', LatestAssessmentResponseSchema, { signal });
}

/** The signed-in person's latest saved assessment; only asked for when someone is signed in. */
export function useLatestAssessment(isSignedIn: boolean) {
  return useQuery({
    queryKey: latestAssessmentQueryKey,
    queryFn: ({ signal }) => getLatestAssessment(signal),
    enabled: isSignedIn,
  });
}
