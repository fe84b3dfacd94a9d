import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '#web/lib/api-client.js';
import { boardKeys } from './keys.js';

// Only what a "prepares for" picker needs from the atlas.
const CareerOptionsSchema = z.object({ items: z.array(z.object({ id: z.string(), title: z.string() })) });
export type CareerOption = z.infer<typeof CareerOptionsSchema>['items'][number];

export async function listCareerOptions(signal?: AbortSignal): Promise<CareerOption[]> {
  const body = await apiRequest('/api/careers?curated=true&pageSize=100', CareerOptionsSchema, { signal });
  return [...body.items].sort((a, b) => a.title.localeCompare(b.title));
}

export function useCareerOptions() {
  return useQuery({
    queryKey: boardKeys.careerOptions,
    queryFn: ({ signal }) => listCareerOptions(signal),
    staleTime: 10 * 60_000,
  });
}
